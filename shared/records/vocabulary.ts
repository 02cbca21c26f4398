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

/** Psychological empowerment components (Zimmerman), as the KdG talk reads outcomes. */
export const EMPOWERMENT_COMPONENTS = ['intrapersonal', 'interactional', 'behavioural'] as const;
export type EmpowermentComponent = (typeof EMPOWERMENT_COMPONENTS)[number];

/** Empowerment dimensions (Jacobs, Braakman & Houweling 2005), as the Inholland report reads them. */
export const EMPOWERMENT_DIMENSIONS = ['powerFromWithin', 'powerWith', 'powerTo'] as const;
export type EmpowermentDimension = (typeof EMPOWERMENT_DIMENSIONS)[number];

/**
 * Rungs of the participation ladder, 1 (isolated) to 6 (paid work). Kept as the strings
 * "1"…"6" in the file: a declared list of fixed values is a list of strings.
 */
export const LADDER_RUNGS = ['1', '2', '3', '4', '5', '6'] as const;
export type LadderRung = (typeof LADDER_RUNGS)[number];

/** Which names the rungs go by: the Flemish ladder (the KdG talk) or the Dutch VNG ladder. */
export const LADDER_VARIANTS = ['flemish', 'vng'] as const;
export type LadderVariant = (typeof LADDER_VARIANTS)[number];

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
export const isEmpowermentComponent = isOneOf(EMPOWERMENT_COMPONENTS);
export const isLadderRung = isOneOf(LADDER_RUNGS);
