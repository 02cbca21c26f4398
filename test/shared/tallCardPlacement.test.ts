import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument, type Card, type Theory } from '../../shared/model';
import { CARD_GAP_Y, CARD_HEIGHT, cardRect, rectsOverlap } from '../../shared/layout';
import { cardHeightFor, estimatedHeights } from '../../shared/cardSize';
import { fragmentOf } from '../../shared/clipboard';

/**
 * Cards grow to fit their title on the canvas (issue #14). A new card, a linked card or a
 * pasted copy placed as if every card were 96 px tall touched a card with a four-line title
 * and overlapped one with five or more lines.
 */
const LONG = 'Doelgroepmedewerkers met een afstand tot de arbeidsmarkt, hun begeleiders, hun netwerk en de organisaties die hen ondersteunen in hun eigen buurt';

function overlaps(theory: Theory): [string, string][] {
  const heights = estimatedHeights(Object.values(theory.cards));
  const cards = Object.values(theory.cards);
  const found: [string, string][] = [];
  for (const [i, a] of cards.entries()) {
    for (const b of cards.slice(i + 1)) if (rectsOverlap(cardRect(a, heights), cardRect(b, heights), CARD_GAP_Y / 2)) found.push([a.id, b.id]);
  }
  return found;
}

const tall = (e: Editor): Card => {
  e.run('addCard', { stage: 'action', title: LONG });
  return Object.values(e.document.theory.cards).find((c) => c.title === LONG)!;
};

describe('placement counts a card as tall as its title makes it', () => {
  it('the title used here makes a card much taller than the standard', () => {
    expect(cardHeightFor(LONG)).toBeGreaterThan(CARD_HEIGHT + CARD_GAP_Y);
  });

  it('a new card at the bottom of a lane keeps clear of a tall card above it', () => {
    const e = new Editor(emptyDocument('nl'));
    const above = tall(e);
    e.run('addCard', { stage: 'action', title: 'Nieuw' });
    const added = Object.values(e.document.theory.cards).find((c) => c.title === 'Nieuw')!;
    expect(added.position.y).toBeGreaterThanOrEqual(above.position.y + cardHeightFor(LONG) + CARD_GAP_Y);
    expect(overlaps(e.document.theory)).toEqual([]);
  });

  it('a card dropped onto a tall card, a linked card and a pasted copy overlap nothing', () => {
    const e = new Editor(emptyDocument('nl'));
    const big = tall(e);
    e.run('addCard', { stage: 'action', title: 'Erop', position: { x: big.position.x, y: big.position.y + cardHeightFor(LONG) - 60 } });
    e.run('addCard', { stage: 'input', title: 'Bron', position: { x: 12, y: big.position.y } });
    const source = Object.values(e.document.theory.cards).find((c) => c.title === 'Bron')!;
    e.run('addLinkedCard', { from: source.id, title: 'Gevolg' });
    e.run('pasteFragment', { fragment: fragmentOf(e.document.theory, [big.id]) });
    e.run('pasteFragment', { fragment: fragmentOf(e.document.theory, [big.id]) });
    expect(Object.keys(e.document.theory.cards)).toHaveLength(6);
    expect(overlaps(e.document.theory)).toEqual([]);
  });
});
