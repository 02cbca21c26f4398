import { emptyDocument, type Language, type WerkzaamDocument } from './model';
import { buildDocument, type TemplateSpec } from './templates/build';
import { EXAMPLES } from './templates/examples';
import { KDG_AIO } from './templates/kdgAio';
import { IJMOND_GROUPS } from './templates/ijmondGroups';

/**
 * Starting points for a new theory, listed by `werkzaam templates` and offered in the
 * New dialog. Each makes a real document in the file format, in the language asked for
 * (Dutch text from the seeds, or its English translation).
 */
export interface TemplateDef {
  name: string;
  label: Record<Language, string>;
  description: Record<Language, string>;
  create(language: Language, now?: string): WerkzaamDocument;
  /** The bilingual source, for templates written from the research (absent for Empty). */
  spec?: TemplateSpec;
}

const fromSpec = (spec: TemplateSpec) => (language: Language, now = '') => buildDocument(spec, language, now);

export const TEMPLATES: readonly TemplateDef[] = [
  {
    name: 'empty',
    label: { nl: 'Lege theorie', en: 'Empty theory' },
    description: {
      nl: 'Vijf lege fasen: Input, Acties, Tussenresultaten, Outcomes, Impact.',
      en: 'Five empty stages: Input, Actions, Intermediate results, Outcomes, Impact.',
    },
    create: (language, now = '') => emptyDocument(language, now),
  },
  {
    name: 'examples',
    label: { nl: 'Leeg, met voorbeelden', en: 'Empty, with examples' },
    description: {
      nl: 'Eén voorbeeldkaart per fase met uitleg wat erin hoort, om over te typen.',
      en: 'One example card per stage that says what goes there, to type over.',
    },
    create: fromSpec(EXAMPLES),
    spec: EXAMPLES,
  },
  {
    name: 'kdg-aio',
    label: { nl: 'AIO-programmatheorie (KdG)', en: 'AIO program theory (KdG)' },
    description: {
      nl: 'De generieke programmatheorie uit het KdG-onderzoek bij vier Antwerpse organisaties: ondersteuningsnetwerken en empowerment, met de drie elementen van het AIO-model.',
      en: 'The generic program theory from the KdG research with four Antwerp organisations: support networks and empowerment, with the three elements of the AIO model.',
    },
    create: fromSpec(KDG_AIO),
    spec: KDG_AIO,
  },
  {
    name: 'ijmond-groepen',
    label: { nl: 'Groepstrainingen per trede (IJmond Werkt!)', en: 'Group trainings per rung (IJmond Werkt!)' },
    description: {
      nl: 'Het groepsaanbod per trede van de participatieladder naar het Inholland-rapport over IJmond Werkt!, met uitkomsten volgens power from within, power with en power to.',
      en: 'The group offer per rung of the participation ladder after the Inholland report on IJmond Werkt!, with outcomes read as power from within, power with and power to.',
    },
    create: fromSpec(IJMOND_GROUPS),
    spec: IJMOND_GROUPS,
  },
];

export function templateByName(name: string): TemplateDef | undefined {
  return TEMPLATES.find((t) => t.name === name);
}
