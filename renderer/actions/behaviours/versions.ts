import type { Id } from '../../../shared/model';
import { CommandError } from '../../../shared/commands';
import { translator } from '../../../shared/i18n/core';
import { versionStrings } from '../../../shared/i18n/versions';
import { deleteVersion, editVersion, restoreVersion, saveVersion } from '../../../shared/versions/store';
import type { VersionNameChoice } from '../../state/uiStore';
import type { ActionContext } from '../context';
import type { Behaviours } from './types';

/**
 * Versions inside the file (issue #12). Saving, renaming and deleting a version change the
 * file's list of versions, not the theory: no undo step (an undo must never take a saved
 * version away), but the file is unsaved. Restoring changes the theory: one undo step.
 * The version's id comes as the action's value (the panel's buttons pass it).
 *
 * A version opened read-only is shown on the canvas by renderer/versions/VersionViewer;
 * meanwhile the theory's editor is locked (every change refused with a message naming the
 * version), so no key, menu or drop changes the theory nobody sees.
 */
const text = (ctx: ActionContext) => translator(versionStrings, ctx.ui.get().language);
const hasVersion = (ctx: ActionContext, value: unknown) => typeof value === 'string' && ctx.editor.document.versions.some((v) => v.id === value);
const hasVersions = (ctx: ActionContext) => ctx.editor.document.versions.length > 0;
const viewing = (ctx: ActionContext) => ctx.ui.get().viewingVersion !== null;
const versionOf = (ctx: ActionContext, id: unknown) => {
  const version = ctx.editor.document.versions.find((v) => v.id === id);
  if (!version) throw new Error(`no version "${String(id)}"`);
  return version;
};

const askName = (ctx: ActionContext, id: Id | null, defaults: VersionNameChoice) =>
  new Promise<VersionNameChoice | null>((resolve) => ctx.ui.set({ dialog: { kind: 'versionName', id, defaults, resolve } }));

/** Back to the theory now: the editor takes changes again. */
function endView(ctx: ActionContext): void {
  ctx.editor.unlock();
  ctx.ui.set({ viewingVersion: null, comparingVersion: null, focusedGhost: null, selection: { cards: [], links: [] }, editingCardId: null });
}

/** Show a saved version read-only (and, with `from`, what changed since that older one). */
function view(ctx: ActionContext, id: Id, from: Id | null): void {
  const version = versionOf(ctx, id);
  ctx.editor.lock(() => new CommandError('read-only', `version "${version.label}" is read-only`, { label: version.label }));
  ctx.ui.set({ viewingVersion: version.id, comparingVersion: from, focusedGhost: null, versionsOpen: true, selection: { cards: [], links: [] }, editingCardId: null });
}

/** The value of versions.compareTwo: an older version and a later one, or now. */
export interface VersionPair {
  from: Id;
  to: Id | 'now';
}

const pairOf = (ctx: ActionContext, value: unknown): VersionPair | null => {
  if (!value || typeof value !== 'object') return null;
  const { from, to } = value as Partial<VersionPair>;
  if (!hasVersion(ctx, from) || (to !== 'now' && !hasVersion(ctx, to)) || from === to) return null;
  return { from: from!, to: to! };
};

export const versionBehaviours: Behaviours<'versions.'> = {
  'versions.save': {
    perform: async (ctx) => {
      const n = ctx.editor.document.versions.length + 1;
      const choice = await askName(ctx, null, { label: text(ctx)('defaultVersionName', { n }), note: '', author: '' });
      if (!choice) return;
      const { diff } = saveVersion(ctx.editor.document, { ...choice, created: new Date().toISOString() });
      ctx.editor.apply(diff, { name: 'saveVersion', history: false });
      ctx.ui.set({ versionsOpen: true, toast: text(ctx)('versionSaved', { label: choice.label }) });
    },
    enabled: (ctx) => !viewing(ctx),
  },
  'versions.panel': {
    perform: ({ ui }) => ui.set({ versionsOpen: !ui.get().versionsOpen }),
    checked: ({ ui }) => ui.get().versionsOpen,
  },
  'versions.compare': {
    perform: (ctx, id) => {
      versionOf(ctx, id);
      if (viewing(ctx)) endView(ctx);
      ctx.ui.set({ comparingVersion: id as Id, focusedGhost: null, versionsOpen: true });
    },
    enabled: hasVersions,
  },
  'versions.compareTwo': {
    perform: (ctx, value) => {
      const pair = pairOf(ctx, value);
      if (!pair) return void ctx.ui.set({ toast: text(ctx)('sameVersion') });
      // The later side is on the canvas: a saved version read-only, or the theory now.
      if (pair.to === 'now') {
        if (viewing(ctx)) endView(ctx);
        ctx.ui.set({ comparingVersion: pair.from, focusedGhost: null, versionsOpen: true });
      } else view(ctx, pair.to, pair.from);
    },
    enabled: (ctx) => ctx.editor.document.versions.length > 1 || (hasVersions(ctx) && !viewing(ctx)),
  },
  'versions.endCompare': {
    perform: ({ ui }) => ui.set({ comparingVersion: null, focusedGhost: null }),
    enabled: ({ ui }) => ui.get().comparingVersion !== null,
  },
  'versions.view': {
    perform: (ctx, id) => view(ctx, versionOf(ctx, id).id, null),
    enabled: hasVersions,
  },
  'versions.endView': {
    perform: endView,
    enabled: viewing,
  },
  'versions.restore': {
    perform: (ctx, id) => {
      const version = versionOf(ctx, id);
      // Restoring the version shown read-only: back to the theory, which becomes that version.
      if (viewing(ctx)) endView(ctx);
      ctx.editor.apply(restoreVersion(ctx.editor.document, version.id), { name: 'restoreVersion' });
      ctx.ui.set({ toast: text(ctx)('restored', { label: version.label }) });
    },
    enabled: (ctx) => hasVersions(ctx),
  },
  'versions.rename': {
    perform: async (ctx, id) => {
      const version = versionOf(ctx, id);
      const choice = await askName(ctx, version.id, { label: version.label, note: version.note, author: version.author });
      if (!choice || !hasVersion(ctx, version.id)) return;
      ctx.editor.apply(editVersion(ctx.editor.document, version.id, choice), { name: 'renameVersion', history: false });
    },
    enabled: (ctx) => hasVersions(ctx) && !viewing(ctx),
  },
  'versions.delete': {
    perform: async (ctx, id) => {
      const version = versionOf(ctx, id);
      const sure = await new Promise<boolean>((resolve) => ctx.ui.set({ dialog: { kind: 'deleteVersion', label: version.label, resolve } }));
      if (!sure || !hasVersion(ctx, version.id)) return;
      ctx.editor.apply(deleteVersion(ctx.editor.document, version.id), { name: 'deleteVersion', history: false });
      if (ctx.ui.get().comparingVersion === version.id) ctx.ui.set({ comparingVersion: null });
    },
    enabled: (ctx) => hasVersions(ctx) && !viewing(ctx),
  },
};
