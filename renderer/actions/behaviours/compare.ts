import { NO_DECISIONS, type CardRef } from '../../../shared/compare/match';
import { chooseTitle, confirmGroup, rejectGroup, repairGroup } from '../../../shared/compare/decisions';
import { theoryInputs } from '../../../shared/compare/inputs';
import { bindMatches, matchesFileOf, parseMatches, serializeMatches } from '../../../shared/compare/matchesFile';
import { mergeTheories } from '../../../shared/merge/merge';
import { parseDocument, describeProblemIn } from '../../../shared/format/parse';
import { translator } from '../../../shared/i18n/core';
import { versionStrings } from '../../../shared/i18n/versions';
import type { MatchDecisions } from '../../../shared/compare/match';
import { derivedComparison, followSelection } from '../../compare/derived';
import { openAsNew } from '../../state/openAsNew';
import type { ActionContext } from '../context';
import type { Behaviours } from './types';

/**
 * The comparison view of theories (issue #12): the open theory and one or more files read
 * through the Platform (never opened as the document), matches proposed, the user's
 * decisions kept in the UI state, and a merge that opens as a new theory.
 */
const text = (ctx: ActionContext) => translator(versionStrings, ctx.ui.get().language);

function current(ctx: ActionContext) {
  const state = ctx.ui.get().comparison;
  if (!state) return null;
  const derived = derivedComparison(state);
  const item = state.selected ? derived.byId.get(state.selected) : undefined;
  return { state, derived, item };
}

/** The item in focus, when it is a match (not a card of one theory alone). */
const focusedMatch = (ctx: ActionContext) => {
  const c = current(ctx);
  return c?.item && c.item.kind !== 'unique' ? c : null;
};

function decide(ctx: ActionContext, decide: (decisions: MatchDecisions) => MatchDecisions) {
  const c = current(ctx);
  if (!c) return;
  const decisions = decide(c.state.decisions);
  const next = { ...c.state, decisions };
  ctx.ui.set({ comparison: { ...next, selected: followSelection(c.item, derivedComparison(next)) } });
}

export const compareBehaviours: Behaviours<'compare.'> = {
  'compare.open': {
    perform: async (ctx) => {
      let file;
      try {
        file = await ctx.platform.openFile();
      } catch (error) {
        return ctx.ui.set({ dialog: { kind: 'error', message: text(ctx)('compareOpenFailed', { name: '' }), details: [error instanceof Error ? error.message : String(error)] } });
      }
      if (!file) return;
      const language = ctx.ui.get().language;
      const parsed = parseDocument(file.text);
      if (!parsed.ok) {
        return ctx.ui.set({ dialog: { kind: 'error', message: text(ctx)('compareOpenFailed', { name: file.name }), details: parsed.problems.map(describeProblemIn(language)) } });
      }
      const open = ctx.ui.get().comparison;
      // The open theory takes part unless it has no cards (a new, empty theory): then the view starts with the file alone, and asks for another.
      const chosen = { file: file.name, document: parsed.document };
      const files = open
        ? [...open.inputs.map((i) => ({ file: i.file ?? i.key, document: i.document })), chosen]
        : Object.keys(ctx.editor.theory.cards).length > 0
          ? [{ file: ctx.session.state.name, document: ctx.editor.document }, chosen]
          : [chosen];
      const inputs = theoryInputs(files);
      const decisions = open?.decisions ?? NO_DECISIONS;
      const derived = derivedComparison({ inputs, decisions });
      ctx.ui.set({ comparison: { inputs, decisions, selected: derived.comparison.items.find((i) => i.kind !== 'unique')?.id ?? null }, selection: { cards: [], links: [] } });
    },
  },
  'compare.confirm': {
    perform: (ctx) => {
      const c = focusedMatch(ctx)!;
      decide(ctx, (d) => confirmGroup(d, c.item!.cards, c.item!.titlesDiffer ? c.item!.title : undefined));
    },
    enabled: (ctx) => focusedMatch(ctx) !== null,
  },
  'compare.reject': {
    perform: (ctx) => decide(ctx, (d) => rejectGroup(d, focusedMatch(ctx)!.item!)),
    enabled: (ctx) => focusedMatch(ctx) !== null,
  },
  // value: the card to pair the focused item with ({ theory, card }); without one, the keyboard goes to the first "Pair with" list.
  'compare.repair': {
    perform: (ctx, value) => {
      const c = current(ctx)!;
      if (!value) return void document.querySelector<HTMLElement>('.comparison-detail select')?.focus();
      const card = value as CardRef;
      decide(ctx, (d) => repairGroup(d, c.item!, card));
    },
    enabled: (ctx) => Boolean(current(ctx)?.item),
  },
  'compare.title': {
    perform: (ctx, title) => decide(ctx, (d) => chooseTitle(d, focusedMatch(ctx)!.item!, String(title))),
    enabled: (ctx) => focusedMatch(ctx) !== null,
  },
  // The matches file `werkzaam merge --matches` reads: every match, its status, the rejected pairs.
  'compare.saveMatches': {
    perform: async (ctx) => {
      const c = current(ctx)!;
      const file = matchesFileOf(c.state.inputs, c.derived.proposal.groups, c.state.decisions);
      await ctx.session.exportFile('json', serializeMatches(file), 'matches.json');
    },
    enabled: (ctx) => current(ctx) !== null,
  },
  // A matches file read back (the one Save matches… writes and `werkzaam merge --matches` reads): its confirmed matches and rejected pairs replace the decisions.
  'compare.loadMatches': {
    perform: async (ctx) => {
      const c = current(ctx)!;
      const language = ctx.ui.get().language;
      let file;
      try {
        file = await ctx.platform.openFile();
      } catch (error) {
        return ctx.ui.set({ dialog: { kind: 'error', message: text(ctx)('matchesLoadFailed', { name: '' }), details: [error instanceof Error ? error.message : String(error)] } });
      }
      if (!file) return;
      const failed = (problems: { path: string; message: string }[]) =>
        ctx.ui.set({ dialog: { kind: 'error', message: text(ctx)('matchesLoadFailed', { name: file.name }), details: problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)) } });
      const parsed = parseMatches(file.text, language);
      if (!parsed.ok) return failed(parsed.problems);
      const now = ctx.ui.get().comparison ?? c.state;
      const bound = bindMatches(parsed.file, now.inputs, language);
      if (!bound.ok) return failed(bound.problems);
      const next = { ...now, decisions: bound.decisions };
      const derived = derivedComparison(next);
      ctx.ui.set({
        comparison: { ...next, selected: followSelection(now.selected ? derivedComparison(now).byId.get(now.selected) : undefined, derived) },
        toast: text(ctx)('matchesLoaded', { name: file.name, confirmed: bound.decisions.confirmed.length, rejected: bound.decisions.rejected.length }),
      });
    },
    enabled: (ctx) => current(ctx) !== null,
  },
  'compare.merge': {
    perform: async (ctx) => {
      const c = current(ctx)!;
      const confirmed = c.derived.proposal.groups.filter((g) => g.status === 'confirmed');
      const merged = mergeTheories(c.state.inputs, confirmed, { now: new Date().toISOString() });
      if (!(await openAsNew(ctx, merged, 'merge'))) return;
      ctx.ui.set({ comparison: null, toast: text(ctx)('merged', { n: c.state.inputs.length, cards: Object.keys(merged.theory.cards).length }) });
    },
    enabled: (ctx) => (current(ctx)?.state.inputs.length ?? 0) >= 2,
  },
  'compare.close': {
    perform: ({ ui }) => ui.set({ comparison: null }),
    enabled: (ctx) => current(ctx) !== null,
  },
};
