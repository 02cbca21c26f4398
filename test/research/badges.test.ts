import { describe, expect, it } from 'vitest';
import { progressBadge, researchBadges } from '../../shared/research/badges';

describe('research badges on a card (#11)', () => {
  it('names the empowerment components by their short marks in the vocabulary’s order, with the full names as the label', () => {
    expect(researchBadges({ empowerment: ['behavioural', 'intrapersonal'], rungs: [] }, 'nl')).toEqual({
      empowerment: { mark: 'Intra·Gedrag', label: 'Empowermentcomponenten: Intrapersoonlijk, Gedragscomponent' },
      rungs: null,
    });
    expect(researchBadges({ empowerment: ['interactional'], rungs: [] }, 'en').empowerment).toEqual({ mark: 'Inter', label: 'Empowerment components: Interactional' });
  });

  it('joins neighbouring rungs into a run and keeps the others apart, in order', () => {
    const mark = (rungs: ('1' | '2' | '3' | '4' | '5' | '6')[], language: 'nl' | 'en' = 'nl') => researchBadges({ empowerment: [], rungs }, language).rungs?.mark;
    expect(mark(['3'])).toBe('T3');
    expect(mark(['5', '4'])).toBe('T4–5');
    expect(mark(['6', '2', '3', '4'])).toBe('T2–4, T6');
    expect(mark(['1', '3', '5'], 'en')).toBe('R1, R3, R5');
    expect(researchBadges({ empowerment: [], rungs: ['5', '3'] }, 'en').rungs?.label).toBe('Participation-ladder rungs: Rung 3, Rung 5');
  });

  it('has no badge for a card without research tags', () => {
    expect(researchBadges({ empowerment: [], rungs: [] }, 'en')).toEqual({ empowerment: null, rungs: null });
  });

  it('gives each progress a shape of its own (black and white) and a sentence in the language', () => {
    const marks = (['toward', 'away', 'mixed'] as const).map((p) => progressBadge(p, 'en').mark);
    expect(new Set(marks).size).toBe(3);
    expect(progressBadge('toward', 'en')).toEqual({ mark: '▲', label: 'Indicators moving toward their target' });
    expect(progressBadge('away', 'nl')).toEqual({ mark: '▼', label: 'Indicatoren gaan van hun streefwaarde af' });
  });
});
