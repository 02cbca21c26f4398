import type { AioKey, AssumptionKind, AssumptionStatus, Language, StageKey } from '../model';

/** Names from the research (see ../shared/domain.md); used by the canvas, the PDF and the CLI. */
export const STAGE_LABELS: Record<Language, Record<StageKey, string>> = {
  nl: {
    input: 'Input',
    action: 'Acties',
    intermediate: 'Tussenresultaten',
    outcome: 'Outcomes',
    impact: 'Impact',
  },
  en: {
    input: 'Input',
    action: 'Actions',
    intermediate: 'Intermediate results',
    outcome: 'Outcomes',
    impact: 'Impact',
  },
};

export const STAGE_HINTS: Record<Language, Record<StageKey, string>> = {
  nl: {
    input: 'Middelen: mensen, geld, partners, kennis, de situatie van de doelgroep',
    action: 'Wat de organisatie doet: trainingen, coaching, netwerkmomenten',
    intermediate: 'Directe, telbare resultaten van de acties',
    outcome: 'Veranderingen bij mensen, van korte naar lange termijn',
    impact: 'Blijvende maatschappelijke verandering',
  },
  en: {
    input: 'Resources: staff, money, partners, knowledge, the target group’s situation',
    action: 'What the organisation does: trainings, coaching, network meetings',
    intermediate: 'Direct, countable results of the actions',
    outcome: 'Changes in people, from short to long term',
    impact: 'Lasting societal change',
  },
};

export const AIO_LABELS: Record<Language, Record<AioKey, string>> = {
  nl: {
    arbeidsmatig: 'Arbeidsmatige focus',
    integraal: 'Integrale aanpak',
    netwerk: 'Ondersteuningsnetwerken',
  },
  en: {
    arbeidsmatig: 'Work-oriented focus',
    integraal: 'Integrated approach',
    netwerk: 'Support networks',
  },
};

/** One-letter marks shown on cards next to the shape, so AIO tags read in black and white. */
export const AIO_MARKS: Record<AioKey, string> = { arbeidsmatig: 'A', integraal: 'I', netwerk: 'O' };

export const ASSUMPTION_STATUS_LABELS: Record<Language, Record<AssumptionStatus, string>> = {
  nl: { untested: 'Niet getoetst', partly: 'Deels bevestigd', confirmed: 'Bevestigd', refuted: 'Weerlegd' },
  en: { untested: 'Untested', partly: 'Partly confirmed', confirmed: 'Confirmed', refuted: 'Refuted' },
};

export const ASSUMPTION_KIND_LABELS: Record<Language, Record<AssumptionKind, string>> = {
  nl: { assumption: 'Aanname', external: 'Externe factor' },
  en: { assumption: 'Assumption', external: 'External factor' },
};

export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };
