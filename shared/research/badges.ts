import type { Card, Language } from '../model';
import { EMPOWERMENT_COMPONENTS, LADDER_RUNGS } from '../records/vocabulary';
import { cardRecord } from '../records/card';
import { labelOf } from '../records/define';
import { EMPOWERMENT_LABELS, EMPOWERMENT_MARKS, RUNG_LABELS } from '../i18n/domain';
import { translator } from '../i18n/core';
import { measurementStrings } from '../i18n/measurements';
import type { CardProgress } from './series';

/** A small mark on a card: what it shows, and its full name (for a tooltip and screen readers). */
export interface Badge {
  mark: string;
  label: string;
}

/** The letter of a rung in each language: T(rede) 3, R(ung) 3. */
const RUNG_LETTER: Record<Language, string> = { nl: 'T', en: 'R' };

/**
 * A card's research tags as two marks (issue #11), short enough for a card's footer beside
 * the AIO marks: its empowerment components ("Intra·Gedrag", in the vocabulary's order) and
 * its ladder rungs, runs of neighbours joined ("T3–5", "T4–5", "T2, T5"). Null where a card has
 * none. The rungs go by number (their names depend on the theory's ladder: the inspector has them).
 */
export function researchBadges(card: Pick<Card, 'empowerment' | 'rungs'>, language: Language): { empowerment: Badge | null; rungs: Badge | null } {
  const components = EMPOWERMENT_COMPONENTS.filter((c) => card.empowerment.includes(c));
  const empowerment = components.length
    ? {
        mark: components.map((c) => EMPOWERMENT_MARKS[language][c]).join('·'),
        label: `${labelOf(cardRecord, 'empowerment', language)}: ${components.map((c) => EMPOWERMENT_LABELS[language][c]).join(', ')}`,
      }
    : null;
  const rungs = LADDER_RUNGS.filter((r) => card.rungs.includes(r));
  const runs: string[] = [];
  for (let i = 0; i < rungs.length; ) {
    let j = i;
    while (j + 1 < rungs.length && Number(rungs[j + 1]) === Number(rungs[j]) + 1) j++;
    runs.push(j > i ? `${rungs[i]}–${rungs[j]}` : `${rungs[i]}`);
    i = j + 1;
  }
  const rungBadge = rungs.length
    ? {
        mark: runs.map((run) => `${RUNG_LETTER[language]}${run}`).join(', '),
        label: `${labelOf(cardRecord, 'rungs', language)}: ${rungs.map((r) => RUNG_LABELS[language][r]).join(', ')}`,
      }
    : null;
  return { empowerment, rungs: rungBadge };
}

/**
 * The progress mark of a card whose indicators moved (shared/research/series.ts cardProgress):
 * a shape that reads in black and white, up for toward the target, down for away, both for mixed.
 */
export const PROGRESS_MARKS: Record<CardProgress, string> = { toward: '▲', away: '▼', mixed: '▲▼' };

export function progressBadge(progress: CardProgress, language: Language): Badge {
  return { mark: PROGRESS_MARKS[progress], label: translator(measurementStrings, language)(`progress_${progress}`) };
}
