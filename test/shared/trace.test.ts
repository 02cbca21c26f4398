import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument, type StageKey } from '../../shared/model';
import { traceThrough } from '../../shared/trace';
import { templateByName } from '../../shared/templates';

/** input c1, c2 → action c3 → outcome c4, c5 → impact c6; c7 an unlinked action; c8 → c3 from another action. */
function chain(): Editor {
  const e = new Editor(emptyDocument('nl'));
  const stages: StageKey[] = ['input', 'input', 'action', 'outcome', 'outcome', 'impact', 'action', 'action'];
  for (const stage of stages) e.run('addCard', { stage });
  for (const [from, to] of [['c1', 'c3'], ['c2', 'c3'], ['c3', 'c4'], ['c3', 'c5'], ['c4', 'c6'], ['c5', 'c6'], ['c8', 'c3']]) e.run('connect', { from: from!, to: to! });
  return e;
}

describe('traceThrough', () => {
  it('a card in the middle: everything upstream and downstream of it, and the links between; the rest is off', () => {
    const e = chain();
    const trace = traceThrough(e.theory, ['c4']);
    expect([...trace.cards].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c6', 'c8']);
    expect([...trace.links].sort()).toEqual(['l1', 'l2', 'l3', 'l5', 'l7']);
    expect(trace.inputs.sort()).toEqual(['c1', 'c2']);
    expect(trace.impacts).toEqual(['c6']);
    // c1→c3→c4→c6 and c2→c3→c4→c6 (c8 is an action, not an input).
    expect(trace.paths).toBe(2);
  });

  it('an input: all it leads to; an impact: all that leads to it; an unlinked card: itself only', () => {
    const e = chain();
    expect([...traceThrough(e.theory, ['c1']).cards].sort()).toEqual(['c1', 'c3', 'c4', 'c5', 'c6']);
    expect(traceThrough(e.theory, ['c1']).paths).toBe(2);
    const impact = traceThrough(e.theory, ['c6']);
    expect([...impact.cards].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c8']);
    expect(impact.paths).toBe(4);
    const alone = traceThrough(e.theory, ['c7']);
    expect([...alone.cards]).toEqual(['c7']);
    expect(alone.links.size).toBe(0);
    expect(alone.paths).toBe(0);
  });

  it('a loop through the trace is followed without hanging; its paths are not counted', () => {
    const e = chain();
    e.run('connect', { from: 'c6', to: 'c3' });
    const trace = traceThrough(e.theory, ['c4']);
    expect(trace.cards.has('c5')).toBe(true); // c3 → c5 lies downstream through the loop back
    expect(trace.paths).toBeNull();
  });

  it('several cards: the union; unknown ids are ignored', () => {
    const e = chain();
    const trace = traceThrough(e.theory, ['c7', 'c5', 'nope']);
    expect(trace.through).toEqual(['c7', 'c5']);
    expect(trace.cards.has('c7') && trace.cards.has('c1') && trace.cards.has('c6')).toBe(true);
    expect(trace.cards.has('c4')).toBe(false);
    expect(trace.paths).toBeNull();
    expect(traceThrough(e.theory, []).cards.size).toBe(0);
  });

  it('in the KdG template, tracing collective impact lights the collaboration chain and not the shop-floor one', () => {
    const { theory } = templateByName('kdg-aio')!.create('nl');
    const trace = traceThrough(theory, ['c23']);
    const titles = [...trace.cards].map((id) => theory.cards[id]!.title);
    expect(titles).toContain('Samenwerking tussen organisaties');
    expect(titles).not.toContain('Arbeidsmatige ondersteuning op de werkvloer');
    expect(trace.paths).toBeGreaterThan(0);
  });

  it('a long chain (5,000 cards in a row) is traced without a stack overflow', () => {
    const e = new Editor(emptyDocument('nl'));
    const doc = e.document;
    const theory = structuredClone(doc.theory);
    for (let i = 1; i <= 5000; i++) theory.cards[`c${i}`] = { ...structuredClone(Object.values(chain().theory.cards)[0]!), id: `c${i}`, stage: i === 1 ? 'input' : i === 5000 ? 'impact' : 'outcome' };
    for (let i = 1; i < 5000; i++) theory.links[`l${i}`] = { id: `l${i}`, from: `c${i}`, to: `c${i + 1}`, rationale: '', evidence: '', assumptions: [], origins: [] };
    expect(traceThrough(theory, ['c2500']).paths).toBe(1);
  });
});
