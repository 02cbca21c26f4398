import { describe, expect, it } from 'vitest';
import { TITLE_SIZE, cardHeightFor, titleFontSize } from '../../shared/cardSize';
import { CARD_HEIGHT } from '../../shared/layout';
import { wrapText } from '../../shared/textWidth';

describe('card titles with a word wider than the card', () => {
  it('are set just small enough for the word; ordinary titles keep the projector size', () => {
    const compound = titleFontSize('Samenwerkingsafspraken tussen organisaties');
    expect(compound).not.toBeNull();
    expect(compound!).toBeLessThan(TITLE_SIZE);
    expect(compound!).toBeGreaterThanOrEqual(13.5);
    expect(titleFontSize('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt')).toBeNull();
    expect(titleFontSize('Job coaches')).toBeNull();
    expect(titleFontSize('')).toBeNull();
    // A word that would need a tiny size is left to wrap at the smallest readable size.
    expect(titleFontSize('x'.repeat(200))).toBe(11);
  });
});

describe('card heights', () => {
  it('keep the standard 96 px for up to two lines and grow by whole lines beyond, in 8 px steps', () => {
    expect(cardHeightFor('Job coaches')).toBe(CARD_HEIGHT);
    expect(cardHeightFor('')).toBe(CARD_HEIGHT);
    const three = cardHeightFor('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt');
    expect(three).toBeGreaterThan(CARD_HEIGHT);
    const long = cardHeightFor('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt, hun begeleiders, hun netwerk en de organisaties die hen ondersteunen');
    expect(long).toBeGreaterThan(three);
    for (const h of [three, long]) expect(h % 8).toBe(0);
    // Room for every line at the title's size above the 43 px of borders, padding and footer.
    const lines = wrapText('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt', 211, TITLE_SIZE, 99).length;
    expect(three - 43).toBeGreaterThanOrEqual(lines * TITLE_SIZE * 1.2);
  });
});
