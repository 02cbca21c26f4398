import { describe, expect, it } from 'vitest';
import { STAGES, emptyDocument } from '../../shared/model';
import { summarise } from '../../shared/summary';
import { templateByName } from '../../shared/templates';

describe('summarise', () => {
  it('one box per stage, in chain order, listing its cards top to bottom with the AIO elements the stage covers', () => {
    const { theory } = templateByName('kdg-aio')!.create('nl');
    const summary = summarise(theory);
    expect(summary.map((s) => s.stage)).toEqual([...STAGES]);
    expect(summary.reduce((n, s) => n + s.cards.length, 0)).toBe(Object.keys(theory.cards).length);
    for (const box of summary) {
      const ys = box.cards.map((c) => theory.cards[c.id]!.position.y);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      for (const c of box.cards) expect(theory.cards[c.id]!.stage).toBe(box.stage);
    }
    expect(summary.find((s) => s.stage === 'input')!.aio).toEqual(['arbeidsmatig', 'integraal', 'netwerk']);
    expect(summary.find((s) => s.stage === 'impact')!.aio).toEqual(['arbeidsmatig', 'netwerk']);
  });

  it('an empty theory has five empty boxes', () => {
    expect(summarise(emptyDocument('en').theory).map((s) => [s.stage, s.cards.length, s.aio.length])).toEqual(STAGES.map((s) => [s, 0, 0]));
  });
});
