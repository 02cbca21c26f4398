import { describe, expect, it } from 'vitest';
import { TITLE_SIZE, titleFontSize } from '../../renderer/canvas/titleSize';

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
