import type { Id } from '../../../shared/model';
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
 */
const text = (ctx: ActionContext) => translator(versionStrings, ctx.ui.get().language);
const hasVersion = (ctx: ActionContext, value: unknown) => typeof value === 'string' && ctx.editor.document.versions.some((v) => v.id === value);
const hasVersions = (ctx: ActionContext) => ctx.editor.document.versions.length > 0;
const versionOf = (ctx: ActionContext, id: unknown) => {
  const version = ctx.editor.document.versions.find((v) => v.id === id);
  if (!version) throw new Error(`no version "${String(id)}"`);
  return version;
};

const askName = (ctx: ActionContext, id: Id | null, defaults: VersionNameChoice) =>
  new Promise<VersionNameChoice | null>((resolve) => ctx.ui.set({ dialog: { kind: 'versionName', id, defaults, resolve } }));

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
  },
  'versions.panel': {
    perform: ({ ui }) => ui.set({ versionsOpen: !ui.get().versionsOpen }),
    checked: ({ ui }) => ui.get().versionsOpen,
  },
  'versions.compare': {
    perform: (ctx, id) => {
      versionOf(ctx, id);
      ctx.ui.set({ comparingVersion: id as Id, versionsOpen: true });
    },
    enabled: hasVersions,
  },
  'versions.endCompare': {
    perform: ({ ui }) => ui.set({ comparingVersion: null }),
    enabled: ({ ui }) => ui.get().comparingVersion !== null,
  },
  'versions.restore': {
    perform: (ctx, id) => {
      const version = versionOf(ctx, id);
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
    enabled: hasVersions,
  },
  'versions.delete': {
    perform: async (ctx, id) => {
      const version = versionOf(ctx, id);
      const sure = await new Promise<boolean>((resolve) => ctx.ui.set({ dialog: { kind: 'deleteVersion', label: version.label, resolve } }));
      if (!sure || !hasVersion(ctx, version.id)) return;
      ctx.editor.apply(deleteVersion(ctx.editor.document, version.id), { name: 'deleteVersion', history: false });
      if (ctx.ui.get().comparingVersion === version.id) ctx.ui.set({ comparingVersion: null });
    },
    enabled: hasVersions,
  },
};
