import type { AioKey, AssumptionKind, AssumptionStatus, Language, StageKey } from '../model';
import type { EmpowermentComponent, EmpowermentDimension, LadderRung, LadderVariant } from '../records/vocabulary';

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

/** Zimmerman's components, in the words of the KdG talk (intra-persoonlijk, inter-persoonlijk, gedragscomponent). */
export const EMPOWERMENT_LABELS: Record<Language, Record<EmpowermentComponent, string>> = {
  nl: { intrapersonal: 'Intrapersoonlijk', interactional: 'Interpersoonlijk / interactioneel', behavioural: 'Gedragscomponent' },
  en: { intrapersonal: 'Intrapersonal', interactional: 'Interactional', behavioural: 'Behavioural' },
};

/** What each component is about (domain.md), for hints beside the choice. */
export const EMPOWERMENT_HINTS: Record<Language, Record<EmpowermentComponent, string>> = {
  nl: { intrapersonal: 'zelfvertrouwen, zelfeffectiviteit', interactional: 'kritisch bewustzijn, hulpbronnen aanspreken', behavioural: 'participatie' },
  en: { intrapersonal: 'self-confidence, self-efficacy', interactional: 'critical awareness, using resources', behavioural: 'participation' },
};

/** Short marks for badges and matrix headers, readable in black and white. */
export const EMPOWERMENT_MARKS: Record<Language, Record<EmpowermentComponent, string>> = {
  nl: { intrapersonal: 'Intra', interactional: 'Inter', behavioural: 'Gedrag' },
  en: { intrapersonal: 'Intra', interactional: 'Inter', behavioural: 'Behav' },
};

/** Jacobs, Braakman & Houweling (2005), as the Inholland report names them. */
export const DIMENSION_LABELS: Record<Language, Record<EmpowermentDimension, string>> = {
  nl: { powerFromWithin: 'Power from within (kracht van binnenuit)', powerWith: 'Power with', powerTo: 'Power to' },
  en: { powerFromWithin: 'Power from within', powerWith: 'Power with', powerTo: 'Power to' },
};

/** A rung by its number alone (the declaration's value labels); its name depends on the theory's ladder. */
export const RUNG_LABELS: Record<Language, Record<LadderRung, string>> = {
  nl: { 1: 'Trede 1', 2: 'Trede 2', 3: 'Trede 3', 4: 'Trede 4', 5: 'Trede 5', 6: 'Trede 6' },
  en: { 1: 'Rung 1', 2: 'Rung 2', 3: 'Rung 3', 4: 'Rung 4', 5: 'Rung 5', 6: 'Rung 6' },
};

/** The rungs' names per ladder (domain.md: the Flemish variant of the KdG talk, the Dutch VNG variant). */
export const RUNG_NAMES: Record<LadderVariant, Record<Language, Record<LadderRung, string>>> = {
  flemish: {
    nl: {
      1: 'Geïsoleerd leven',
      2: 'Sociale contacten buitenshuis',
      3: 'Arbeidsmatige activiteiten (AMA), vrijwilligerswerk',
      4: '(Tijdelijke) activeringstrajecten',
      5: 'Betaald werk met ondersteuning',
      6: 'Betaald werk zonder ondersteuning',
    },
    en: {
      1: 'Isolated life',
      2: 'Social contacts outside the home',
      3: 'Work-like activities (AMA), volunteering',
      4: '(Temporary) activation programmes',
      5: 'Paid work with support',
      6: 'Paid work without support',
    },
  },
  vng: {
    nl: {
      1: 'Geïsoleerd',
      2: 'Sociale contacten buitenshuis',
      3: 'Deelname aan georganiseerde activiteiten',
      4: 'Onbetaald werk',
      5: 'Betaald werk met ondersteuning',
      6: 'Betaald werk',
    },
    en: {
      1: 'Isolated',
      2: 'Social contacts outside the home',
      3: 'Taking part in organised activities',
      4: 'Unpaid work',
      5: 'Paid work with support',
      6: 'Paid work',
    },
  },
};

export const LADDER_VARIANT_LABELS: Record<Language, Record<LadderVariant, string>> = {
  nl: { flemish: 'Vlaamse participatieladder', vng: 'Participatieladder van de VNG (Nederland)' },
  en: { flemish: 'Flemish participation ladder', vng: 'Dutch participation ladder (VNG)' },
};

/** "Trede 3: Arbeidsmatige activiteiten (AMA), vrijwilligerswerk" in the theory's ladder. */
export function rungName(rung: LadderRung, variant: LadderVariant, language: Language): string {
  return `${RUNG_LABELS[language][rung]}: ${RUNG_NAMES[variant][language][rung]}`;
}

export const ASSUMPTION_STATUS_LABELS: Record<Language, Record<AssumptionStatus, string>> = {
  nl: { untested: 'Niet getoetst', partly: 'Deels bevestigd', confirmed: 'Bevestigd', refuted: 'Weerlegd' },
  en: { untested: 'Untested', partly: 'Partly confirmed', confirmed: 'Confirmed', refuted: 'Refuted' },
};

export const ASSUMPTION_KIND_LABELS: Record<Language, Record<AssumptionKind, string>> = {
  nl: { assumption: 'Aanname', external: 'Externe factor' },
  en: { assumption: 'Assumption', external: 'External factor' },
};

export const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };
