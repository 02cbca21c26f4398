// @vitest-environment happy-dom
import '../renderer/setup';
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/format/serialize';
import { matchesFileOf, serializeMatches } from '../../shared/compare/matchesFile';
import { confirmGroup } from '../../shared/compare/decisions';
import { derivedComparison } from '../../renderer/compare/derived';
import { corpusInputs } from '../fixtures/compare/corpus';
import { renderWithServices } from '../renderer/render';

afterEach(cleanup);

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));

function setUp() {
  const rendered = renderWithServices(<div />);
  for (const input of corpusInputs()) rendered.platform.files.set(`${input.key}.werkzaam`, serializeDocument(input.document));
  const open = async (name: string) => {
    rendered.platform.nextOpen = name;
    act(() => void rendered.actions.run('compare.open'));
    await settle();
  };
  return { ...rendered, open };
}

describe('the comparison view actions (registry)', () => {
  it('from a new, empty theory, starts with the chosen file alone; merging waits for a second theory', async () => {
    const { ui, actions, open } = setUp();
    await open('kras.werkzaam');
    expect(ui.get().comparison!.inputs.map((i) => i.key)).toEqual(['kras']);
    expect(actions.isEnabled('compare.merge')).toBe(false);
    await open('vinac.werkzaam');
    expect(ui.get().comparison!.inputs.map((i) => i.key)).toEqual(['kras', 'vinac']);
    expect(actions.isEnabled('compare.merge')).toBe(true);
  });

  it('Load matches… puts back the decisions of a saved matches file; a file that is not one is refused with where it goes wrong', async () => {
    const { ui, platform, actions, open } = setUp();
    await open('stroom.werkzaam');
    await open('kras.werkzaam');
    const state = ui.get().comparison!;
    const groups = derivedComparison(state).proposal.groups;
    // Two matches confirmed, saved as the app saves them.
    const decisions = confirmGroup(confirmGroup(state.decisions, groups[0]!.cards), groups[1]!.cards);
    const file = matchesFileOf(state.inputs, derivedComparison({ ...state, decisions }).proposal.groups, decisions);
    platform.files.set('matches.json', serializeMatches(file));
    expect(derivedComparison(ui.get().comparison!).proposal.groups.filter((g) => g.status === 'confirmed')).toHaveLength(0);
    platform.nextOpen = 'matches.json';
    act(() => void actions.run('compare.loadMatches'));
    await settle();
    const loaded = derivedComparison(ui.get().comparison!).proposal.groups.filter((g) => g.status === 'confirmed');
    const key = (cards: readonly { theory: string; card: string }[]) => cards.map((c) => `${c.theory}/${c.card}`).sort().join(' ');
    expect(loaded.map((g) => key(g.cards)).sort()).toEqual([key(groups[0]!.cards), key(groups[1]!.cards)].sort());
    expect(loaded).toHaveLength(2);
    expect(ui.get().toast).toBe('Matches loaded from "matches.json": 2 confirmed, 0 rejected.');
    // A theory file is not a matches file: refused, the decisions stay.
    platform.nextOpen = 'kras.werkzaam';
    act(() => void actions.run('compare.loadMatches'));
    await settle();
    const dialog = ui.get().dialog;
    expect(dialog).toMatchObject({ kind: 'error', message: 'Could not load the matches in "kras.werkzaam"' });
    expect((dialog as { details: string[] }).details.length).toBeGreaterThan(0);
    expect(derivedComparison(ui.get().comparison!).proposal.groups.filter((g) => g.status === 'confirmed')).toHaveLength(2);
    // A matches file naming a card the theory does not have: the JSON path says where.
    const broken = JSON.parse(serializeMatches(file)) as { matches: { cards: { card: string }[] }[] };
    broken.matches[0]!.cards[0]!.card = 'nope';
    platform.files.set('broken.json', JSON.stringify(broken));
    platform.nextOpen = 'broken.json';
    act(() => void actions.run('compare.loadMatches'));
    await settle();
    expect((ui.get().dialog as { details: string[] }).details.some((d) => d.startsWith('matches[0].cards[0].card: '))).toBe(true);
  });
});
