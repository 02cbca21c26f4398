import Fuse from 'fuse.js';
import { STAGES, type StageKey } from '../model';

/**
 * What a spreadsheet column holds. A stage column's cells are cards; the others attach
 * to the card (or the link into the card) in the nearest stage column to their left.
 */
export const COLUMN_ROLES = [...STAGES, 'description', 'indicator', 'assumption', 'external', 'rationale', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export function isColumnRole(value: string): value is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(value);
}

export function isStageRole(role: ColumnRole): role is StageKey {
  return (STAGES as readonly string[]).includes(role);
}

/**
 * Header words per role, Dutch and English (shared/domain.md, "Words that mean the same",
 * and the list). Written as people write them; `normalise` makes the comparison.
 * A longer phrase wins over a shorter one it contains: "Intermediate outcomes" is an outcome,
 * "Intermediate results" an intermediate result.
 */
const SYNONYMS: Record<Exclude<ColumnRole, 'ignore'>, readonly string[]> = {
  input: ['input', 'inputs', 'resources', 'resource', 'middelen', 'partners', 'inzet', 'benodigdheden', 'investeringen'],
  action: ['actions', 'action', 'acties', 'actie', 'activities', 'activity', 'activiteiten', 'activiteit', 'strategy', 'strategies', 'strategie', 'strategieën', 'interventies', 'interventie', 'interventions', 'intervention'],
  intermediate: ['intermediate results', 'intermediate result', 'outputs', 'output', 'tussenresultaten', 'tussenresultaat', 'prestaties', 'prestatie', 'directe resultaten'],
  outcome: ['outcomes', 'outcome', 'effecten', 'effect', 'uitkomsten', 'uitkomst', 'short-term', 'short term', 'short-term outcomes', 'immediate outcomes', 'intermediate outcomes', 'medium-term outcomes', 'medium term', 'tussentijdse effecten', 'korte termijn', 'middellange termijn', 'korte termijn effecten'],
  impact: ['impact', 'impacts', 'long-term outcomes', 'long term outcomes', 'long-term', 'long term', 'lange termijn', 'lange termijn effecten', 'maatschappelijk effect', 'maatschappelijke effecten', 'maatschappelijke impact', 'end goal', 'einddoel', 'doel', 'doelen', 'goal', 'goals'],
  description: ['description', 'descriptions', 'beschrijving', 'beschrijvingen', 'omschrijving', 'toelichting', 'details', 'explanation'],
  indicator: ['indicator', 'indicators', 'indicatoren', 'kpi', 'kpis', 'meetpunt', 'meetpunten'],
  assumption: ['assumption', 'assumptions', 'aanname', 'aannames', 'assumptie', 'assumpties', 'veronderstelling', 'veronderstellingen'],
  external: ['external factor', 'external factors', 'externe factor', 'externe factoren', 'context', 'risks', 'risico', "risico's", 'risicos'],
  rationale: ['rationale', 'why', 'waarom', 'onderbouwing', 'reasoning', 'because'],
};

/** Headers that name a step of a path but no stage ("Stap 1", "Step 2"): stages follow their order. */
const STEP_WORDS = ['stap', 'step', 'schakel', 'niveau', 'level', 'fase', 'stage', 'kolom', 'column'];

/** Lower case, accents off, punctuation and runs of space as one space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type MatchKind = 'exact' | 'contains' | 'fuzzy' | 'step' | 'none';

export interface HeaderMatch {
  role: ColumnRole;
  how: MatchKind;
  /** The synonym that matched (for the preview: "matched 'activiteiten'"). */
  word?: string;
}

interface Entry {
  role: Exclude<ColumnRole, 'ignore'>;
  word: string;
  norm: string;
}

const ENTRIES: Entry[] = (Object.keys(SYNONYMS) as Exclude<ColumnRole, 'ignore'>[]).flatMap((role) =>
  SYNONYMS[role].map((word) => ({ role, word, norm: normalise(word) })),
);
// Longest first, so the most specific phrase a header contains is the one found.
const BY_LENGTH = [...ENTRIES].sort((a, b) => b.norm.length - a.norm.length);
const EXACT = new Map(ENTRIES.map((e) => [e.norm, e] as const));
// Typos ("Activitieten", "Outcoms"): a fuzzy match on the whole header, strict enough
// that an unrelated word ("Budget") stays unmatched.
const FUZZY = new Fuse(ENTRIES, { keys: ['norm'], includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 4 });

/** The role a header most likely means. */
export function matchHeader(header: string): HeaderMatch {
  const norm = normalise(header);
  if (norm === '') return { role: 'ignore', how: 'none' };
  const exact = EXACT.get(norm);
  if (exact) return { role: exact.role, how: 'exact', word: exact.word };
  const padded = ` ${norm} `;
  const contained = BY_LENGTH.find((e) => padded.includes(` ${e.norm} `));
  if (contained) return { role: contained.role, how: 'contains', word: contained.word };
  const words = norm.split(' ');
  if (STEP_WORDS.includes(words[0]!) && words.length <= 2 && (words.length === 1 || /^\d+$/.test(words[1]!))) {
    return { role: 'ignore', how: 'step' };
  }
  if (norm.length >= 4) {
    const [best] = FUZZY.search(norm);
    if (best && (best.score ?? 1) <= 0.3) return { role: best.item.role, how: 'fuzzy', word: best.item.word };
  }
  return { role: 'ignore', how: 'none' };
}

/**
 * A role as typed on the command line (`--map "Doelen=impact"`): a role key, or any word
 * the header matcher knows ("Activiteiten", "aanname", "negeer"/"ignore").
 */
export function parseRole(text: string): ColumnRole | undefined {
  const norm = normalise(text);
  if (isColumnRole(norm)) return norm;
  if (['negeer', 'negeren', 'skip', 'overslaan', 'none', 'geen'].includes(norm)) return 'ignore';
  if (['beschrijving', 'description', 'descriptions'].includes(norm)) return 'description';
  const match = EXACT.get(norm);
  return match?.role;
}
