import { describe, expect, it } from 'vitest';
import { fitStage, presentationStages, PRESENTATION_FIT } from '../../shared/presentation';
import { templateByName } from '../../shared/templates';
import { textWidth } from '../../shared/textWidth';

/**
 * The list box of the last stage at 1024×768 with four stages beside it as numbers, as
 * measured in Chromium (test/e2e/templates.e2e.ts checks the real thing).
 */
const LAST_STAGE_1024 = { width: 660, height: 638 };

const EIGHT = [
  'Trainers werken gelijkwaardig en uitnodigend',
  'Trede 3: training ‘Voel je sterk’',
  'Trede 3: training ‘Maak je plan’',
  'Trede 3: training ‘Blik op jezelf’',
  'Trede 4: training ‘Voel je sterk’',
  'Trede 4: training ‘Kijk op werk’',
  'Trede 5 en 6: training ‘Sterk naar werk’',
  'Individuele gesprekken met een coach, naast of na de groepstraining',
];

describe('presentationStages', () => {
  it('step 0 shows Input; each step adds the next stage; the last one is current', () => {
    const { theory } = templateByName('kdg-aio')!.create('nl');
    expect(presentationStages(theory, 0).map((s) => [s.stage, s.current, s.cards.length])).toEqual([['input', true, 4]]);
    const all = presentationStages(theory, 4);
    expect(all.map((s) => s.stage)).toEqual(['input', 'action', 'intermediate', 'outcome', 'impact']);
    expect(all.map((s) => s.current)).toEqual([false, false, false, false, true]);
    // Cards in reading order (top to bottom).
    for (const s of all) expect(s.cards.map((c) => c.position.y)).toEqual([...s.cards.map((c) => c.position.y)].sort((a, b) => a - b));
    expect(presentationStages(theory, 99).length).toBe(5);
  });
});

describe('fitStage', () => {
  it('eight titles of ordinary length in the room a 1024×768 screen gives the last stage: at least 24 px', () => {
    // What the presentation leaves the stage on show at 1024×768 with four stages beside it (measured in Chromium).
    const fit = fitStage(EIGHT.map((title, i) => ({ title, number: `5.${i + 1}`, trailing: 35 })), LAST_STAGE_1024);
    expect(fit.fits).toBe(true);
    expect(fit.fontSize).toBeGreaterThanOrEqual(24);
  });

  it('one column while it holds the titles at 24 px or more, so arrows come in from the left without crossing a card', () => {
    expect(fitStage(EIGHT.slice(0, 4), { width: 600, height: 560 }).columns).toBe(1);
    const crowded = fitStage(EIGHT, { width: 700, height: 400 });
    expect(crowded.columns).toBeGreaterThan(1);
    expect(crowded.rows).toBe(Math.ceil(8 / crowded.columns));
  });

  it('the size chosen is the largest that fits: 2 px more would not', () => {
    const box = { width: 520, height: 560 };
    const fit = fitStage(EIGHT, box);
    const bigger = fitStage(EIGHT, box, { ...PRESENTATION_FIT, max: fit.fontSize + 2, min: fit.fontSize + 2, floor: fit.fontSize + 2, maxColumns: fit.columns });
    expect(bigger.fits).toBe(false);
  });

  it('never breaks a word: a long Dutch compound gets a size at which it fits its column', () => {
    const word = 'Ondersteuningsnetwerken';
    const fit = fitStage([word, 'Doelgroepmedewerkers'], { width: 300, height: 400 });
    expect(fit.fits).toBe(true);
    const column = (300 - (fit.columns - 1) * PRESENTATION_FIT.gap) / fit.columns - 2 * PRESENTATION_FIT.padX;
    expect(textWidth(word, fit.fontSize)).toBeLessThanOrEqual(column);
    expect(textWidth(word, fit.fontSize + 2)).toBeGreaterThan(column);
  });

  it('too much for the room: the smallest size, marked as not fitting (the list scrolls)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Kaart ${i} met een titel van gewone lengte voor een workshop`);
    const fit = fitStage(many, { width: 400, height: 300 });
    expect(fit).toMatchObject({ fontSize: PRESENTATION_FIT.floor, fits: false });
  });

  it('room is kept for the AIO marks after a title', () => {
    const title = 'Trede 3: training ‘Voel je sterk’';
    const plain = fitStage([title], { width: 420, height: 120 });
    const marked = fitStage([{ title, trailing: 90 }], { width: 420, height: 120 });
    expect(marked.fontSize).toBeLessThanOrEqual(plain.fontSize);
  });
});
