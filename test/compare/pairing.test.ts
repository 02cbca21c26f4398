import { describe, expect, it } from 'vitest';
import { proposeMatches } from '../../shared/compare/match';
import { compareTheories } from '../../shared/compare/model';
import { pairOptions } from '../../shared/compare/pairing';
import { comparisonCounts } from '../../shared/compare/counts';
import { theoryInputs } from '../../shared/compare/inputs';
import { repairGroup } from '../../shared/compare/decisions';
import { corpusInputs } from '../fixtures/compare/corpus';

const two = () => corpusInputs().filter((i) => i.key === 'stroom' || i.key === 'kras');

describe('re-pairing in the comparison view', () => {
  it("offers every card of the theory, the item's own card first, then the likeliest", () => {
    const inputs = two();
    const { groups, candidates } = proposeMatches(inputs);
    const item = compareTheories(inputs, groups).items.find((i) => i.kind !== 'unique')!;
    const own = item.cards.find((c) => c.theory === 'kras')!.card;
    const options = pairOptions(inputs, candidates, item, 'kras');
    expect(options).toHaveLength(Object.keys(inputs.find((i) => i.key === 'kras')!.document.theory.cards).length);
    expect(options[0]!.card).toBe(own);
    const rest = options.slice(1).map((o) => o.score);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it('choosing another card confirms the new pair, and the old pair is not proposed again', () => {
    const inputs = two();
    const { groups, candidates } = proposeMatches(inputs);
    const item = compareTheories(inputs, groups).items.find((i) => i.kind !== 'unique')!;
    const other = pairOptions(inputs, candidates, item, 'kras')[1]!;
    const decisions = repairGroup({ confirmed: [], rejected: [] }, item, { theory: 'kras', card: other.card });
    const again = compareTheories(inputs, proposeMatches(inputs, decisions).groups);
    const stroom = item.cards.find((c) => c.theory === 'stroom')!.card;
    const now = again.items.find((i) => i.cards.some((c) => c.theory === 'stroom' && c.card === stroom))!;
    expect(now.status).toBe('confirmed');
    expect(now.cards.find((c) => c.theory === 'kras')!.card).toBe(other.card);
    expect(comparisonCounts(again).confirmed).toBe(1);
  });

  it('counts what is shared by all, by some, and unique; confirmed; links not every theory has', () => {
    const inputs = corpusInputs().filter((i) => i.key !== 'kdg');
    const { groups } = proposeMatches(inputs);
    const comparison = compareTheories(inputs, groups);
    const counts = comparisonCounts(comparison);
    expect(counts.all + counts.some + counts.unique).toBe(comparison.items.length);
    expect(counts.all).toBeGreaterThan(0);
    expect(counts.some).toBeGreaterThan(0);
    expect(counts.unique).toBeGreaterThan(0);
    expect(counts.linksDiffer).toBe(comparison.links.filter((l) => l.absent.length > 0).length);
  });
});

describe('theories read from files', () => {
  it('are keyed by file name, made unique, and named after their organisation, title or file', () => {
    const doc = corpusInputs()[1]!.document;
    const untitled = { ...doc, theory: { ...doc.theory, organisation: '', title: '' } };
    const inputs = theoryInputs([
      { file: '/a/stroom.werkzaam', document: doc },
      { file: 'C:\\b\\stroom.werkzaam', document: { ...doc, theory: { ...doc.theory, organisation: '' } } },
      { file: 'x.json', document: untitled },
    ]);
    expect(inputs.map((i) => i.key)).toEqual(['stroom', 'stroom-2', 'x']);
    expect(inputs.map((i) => i.name)).toEqual([doc.theory.organisation, doc.theory.title, 'x']);
  });
});
