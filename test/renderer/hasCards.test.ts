import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import type { Theory } from '../../shared/model';
import { hasCards } from '../../renderer/panels/hasCards';
import { generateTheory } from '../bench/generate';

/** The theory with its cards behind a proxy that counts how often their ids are listed. */
function counted(theory: Theory) {
  const listed = { times: 0 };
  const cards = new Proxy(theory.cards, {
    ownKeys(target) {
      listed.times++;
      return Reflect.ownKeys(target);
    },
  });
  return { theory: { ...theory, cards }, listed };
}

describe('whether the theory has cards (the empty-canvas hint, asked on every edit)', () => {
  it('lists the cards once, not on every rename, undo and redo; follows the first card and the last going', () => {
    const e = new Editor(generateTheory(1000));
    const first = counted(e.theory);
    expect(hasCards(first.theory)).toBe(true);
    let listed = 0;
    const id = Object.keys(e.theory.cards)[0]!;
    for (const step of [
      () => e.run('updateCard', { id, changes: { title: 'Hernoemd' } }),
      () => e.undo(),
      () => e.redo(),
    ]) {
      step();
      const now = counted(e.theory);
      expect(hasCards(now.theory)).toBe(true);
      listed += now.listed.times;
    }
    expect(listed).toBe(0);
    // The card it remembered gone: the ids are listed again, and the answer is still right.
    e.run('deleteCards', { ids: [id] });
    expect(hasCards(e.theory)).toBe(true);
    e.run('deleteCards', { ids: Object.keys(e.theory.cards) });
    expect(hasCards(e.theory)).toBe(false);
    e.run('addCard', { stage: 'input', title: 'Eerste', position: { x: 30, y: 120 } });
    expect(hasCards(e.theory)).toBe(true);
  });
});
