/**
 * The fixed vocabularies of the model (see ../shared/domain.md): values a field may take.
 * Their labels in NL and EN are in ../i18n/domain.ts.
 */
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

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isStage = isOneOf(STAGES);
export const isAioKey = isOneOf(AIO_KEYS);
export const isAssumptionStatus = isOneOf(ASSUMPTION_STATUSES);
export const isAssumptionKind = isOneOf(ASSUMPTION_KINDS);
export const isLanguage = isOneOf(LANGUAGES);
