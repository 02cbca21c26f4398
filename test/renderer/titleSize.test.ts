import { describe, expect, it } from 'vitest';
import { hasLongWord } from '../../renderer/canvas/titleSize';

describe('card titles with a word wider than the card', () => {
  it('are set smaller; ordinary titles keep the projector size', () => {
    expect(hasLongWord('Samenwerkingsafspraken tussen organisaties')).toBe(true);
    expect(hasLongWord('Ondersteuningsnetwerken')).toBe(true);
    expect(hasLongWord('Doelgroepmedewerkers met een afstand tot de arbeidsmarkt')).toBe(false);
    expect(hasLongWord('Job coaches')).toBe(false);
    expect(hasLongWord('')).toBe(false);
  });
});
