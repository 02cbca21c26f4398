import { cardRecord, indicatorRecord, linkRecord } from '../../shared/records';
import { newRecord } from '../../shared/records/define';
import { emptyDocument, STAGES, AIO_KEYS, type WerkzaamDocument } from '../../shared/model';
import { CARD_GAP_Y, CARD_HEIGHT, LANE_TOP, laneCardX } from '../../shared/layout';

/**
 * A large, realistic-shaped theory for benchmarks: cards spread over the five stages,
 * each linked forward to one or two cards of the next stage (≈ 1.3 links per card, like
 * the benchmarks of issue #9). Deterministic (seeded).
 */
export function generateTheory(cardCount: number, seed = 1): WerkzaamDocument {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const doc = emptyDocument('nl', '2026-01-01T00:00:00.000Z');
  const theory = doc.theory;
  theory.title = `Benchmark theory (${cardCount} cards)`;
  const perStage: string[][] = STAGES.map(() => []);
  for (let i = 0; i < cardCount; i++) {
    const s = Math.min(STAGES.length - 1, Math.floor((i / cardCount) * STAGES.length));
    const stage = STAGES[s]!;
    const id = `c${i + 1}`;
    const row = perStage[s]!.length;
    perStage[s]!.push(id);
    theory.cards[id] = newRecord(cardRecord, {
      id,
      stage,
      title: `Kaart ${i + 1}: ${stage} met een titel van gewone lengte`,
      description: 'Een beschrijving van een paar zinnen, zoals in een echte programmatheorie. '.repeat(2),
      aio: AIO_KEYS.filter(() => random() < 0.4),
      position: { x: laneCardX(stage), y: LANE_TOP + row * (CARD_HEIGHT + CARD_GAP_Y) },
      indicators:
        stage === 'outcome'
          ? [newRecord(indicatorRecord, { id: `${id}-i1`, name: 'Zelfvertrouwen', definition: 'MPE-score', unit: 'score', baseline: '3', target: '4', source: 'MPE', frequency: 'jaarlijks', owner: 'onderzoeker' })]
          : [],
    });
  }
  let l = 0;
  for (let s = 0; s < STAGES.length - 1; s++) {
    const next = perStage[s + 1]!;
    if (next.length === 0) continue;
    for (const from of perStage[s]!) {
      // One link forward, a second to another card for most: ≈ 1.3 links per card overall.
      const targets = new Set([next[Math.floor(random() * next.length)]!]);
      if (random() < 0.65) targets.add(next[Math.floor(random() * next.length)]!);
      for (const to of targets) {
        const id = `l${++l}`;
        theory.links[id] = newRecord(linkRecord, { id, from, to, rationale: random() < 0.7 ? 'Omdat dit daartoe leidt.' : '' });
      }
    }
  }
  return doc;
}
