/**
 * The program-theory document model. Pure data: no DOM, no Electron, no React.
 *
 * In memory, cards, links and assumptions are records keyed by id (O(1) lookup and
 * undo patches proportional to the change); in the file they are arrays. The file
 * shape is fixed by the format reference in README.md and handled in ./format.
 */

export const FORMAT_NAME = 'werkzaam' as const;
/** The newest file-format version this build reads and writes. */
export const CURRENT_VERSION = 1 as const;

export const STAGES = ['input', 'action', 'intermediate', 'outcome', 'impact'] as const;
export type StageKey = (typeof STAGES)[number];

export const AIO_KEYS = ['arbeidsmatig', 'integraal', 'netwerk'] as const;
export type AioKey = (typeof AIO_KEYS)[number];

export const ASSUMPTION_STATUSES = ['untested', 'partly', 'confirmed', 'refuted'] as const;
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

/** An assumption is a belief about a link; an external factor is outside the programme's control. */
export const ASSUMPTION_KINDS = ['assumption', 'external'] as const;
export type AssumptionKind = (typeof ASSUMPTION_KINDS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Id = string;

/** Keys a file had that this version does not know; kept and written back unchanged. */
export type Extra = Record<string, unknown>;

export interface Position {
  x: number;
  y: number;
}

export interface Indicator {
  id: Id;
  name: string;
  definition: string;
  unit: string;
  baseline: string;
  target: string;
  /** Data source or measurement instrument (e.g. MPE). */
  source: string;
  frequency: string;
  /** Who measures it. */
  owner: string;
  extra?: Extra;
}

export interface Card {
  id: Id;
  stage: StageKey;
  title: string;
  description: string;
  aio: AioKey[];
  position: Position;
  indicators: Indicator[];
  notes: string;
  extra?: Extra;
}

export interface Link {
  id: Id;
  from: Id;
  to: Id;
  /** Why does `from` lead to `to`? */
  rationale: string;
  /** Strength of, or source for, the evidence behind this link. */
  evidence: string;
  /** Ids of assumptions this link rests on. */
  assumptions: Id[];
  extra?: Extra;
}

export interface Assumption {
  id: Id;
  text: string;
  status: AssumptionStatus;
  kind: AssumptionKind;
  extra?: Extra;
}

export interface Theory {
  title: string;
  organisation: string;
  authors: string[];
  language: Language;
  description: string;
  /** A label the authors give this version of the theory, e.g. "2.1" or "werkversie mei". */
  revision: string;
  /** ISO 8601 timestamps; empty when unknown. */
  created: string;
  modified: string;
  cards: Record<Id, Card>;
  links: Record<Id, Link>;
  assumptions: Record<Id, Assumption>;
  extra?: Extra;
}

export interface WerkzaamDocument {
  format: typeof FORMAT_NAME;
  version: typeof CURRENT_VERSION;
  theory: Theory;
  extra?: Extra;
}

export function stageIndex(stage: StageKey): number {
  return STAGES.indexOf(stage);
}

export function isStage(value: unknown): value is StageKey {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isAioKey(value: unknown): value is AioKey {
  return typeof value === 'string' && (AIO_KEYS as readonly string[]).includes(value);
}

/** Own-property lookup: ids come from files, so never fall through to Object.prototype. */
export function getOwn<T>(record: Record<Id, T>, id: Id): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
}

export function emptyIndicator(id: Id): Indicator {
  return { id, name: '', definition: '', unit: '', baseline: '', target: '', source: '', frequency: '', owner: '' };
}

export function emptyTheory(language: Language = 'nl', now = ''): Theory {
  return {
    title: language === 'nl' ? 'Naamloze theorie' : 'Untitled theory',
    organisation: '',
    authors: [],
    language,
    description: '',
    revision: '',
    created: now,
    modified: now,
    cards: {},
    links: {},
    assumptions: {},
  };
}

export function emptyDocument(language: Language = 'nl', now = ''): WerkzaamDocument {
  return { format: FORMAT_NAME, version: CURRENT_VERSION, theory: emptyTheory(language, now) };
}

/** Cards in a stable reading order: by stage, then top to bottom, then by id. */
export function cardsInOrder(theory: Theory): Card[] {
  return Object.values(theory.cards).sort(
    (a, b) =>
      stageIndex(a.stage) - stageIndex(b.stage) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
}
