import { emptyDocument, type Language, type WerkzaamDocument } from './model';

/**
 * Starting points for a new theory. Only the empty one exists now; templates from the
 * research (the AIO program theory, the IJmond group approach) are added here later, each
 * a function of language so its text comes out in the theory's language.
 */
export interface TemplateDef {
  name: string;
  label: Record<Language, string>;
  description: Record<Language, string>;
  create(language: Language, now?: string): WerkzaamDocument;
}

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
];

export function templateByName(name: string): TemplateDef | undefined {
  return TEMPLATES.find((t) => t.name === name);
}
