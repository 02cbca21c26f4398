import type { Language } from '../model';
import type { CommandError } from '../commands';
import { LOCALES, defineBundle, translator } from './core';
import { LIMITS } from '../format/limits';

/**
 * What a refused command means to the person who asked for it. The codes are CommandError's;
 * the English .message stays for logs and the CLI, these are for the editor's own messages.
 */
export const commandErrorStrings = defineBundle({
  nl: {
    'self-link': 'een kaart kan niet met zichzelf verbonden worden.',
    'duplicate-link': 'deze kaarten zijn al met elkaar verbonden.',
    'too-long': 'een tekst mag hoogstens {limit} tekens lang zijn.',
    'bad-position': 'die plek ligt buiten het canvas.',
    'missing-card': 'die kaart bestaat niet (meer).',
    'missing-link': 'die verbinding bestaat niet (meer).',
    'missing-assumption': 'die aanname bestaat niet (meer).',
    'missing-note': 'dat plakbriefje bestaat niet (meer).',
    'missing-indicator': 'die indicator bestaat niet (meer).',
    'bad-aio': 'dat is geen element van het AIO-model.',
    'bad-value': 'die waarde kan dit veld niet hebben.',
    'missing-instrument': 'dat meetinstrument bestaat niet (meer).',
    'missing-measurement': 'die meting bestaat niet (meer).',
    'bad-id': 'die naam kan niet als id dienen.',
    'duplicate-id': 'dat id is al in gebruik.',
    'too-many-authors': 'een theorie kan hoogstens {limit} auteurs hebben.',
    'too-many-indicators': 'een kaart kan hoogstens {limit} indicatoren hebben.',
    'too-many-link-assumptions': 'een verbinding kan op hoogstens {limit} aannames rusten.',
    'too-many-cards': 'een theorie kan hoogstens {limit} kaarten bevatten; dit zouden er {count} worden.',
    'too-many-links': 'een theorie kan hoogstens {limit} verbindingen bevatten; dit zouden er {count} worden.',
    'too-many-assumptions': 'een theorie kan hoogstens {limit} aannames bevatten; dit zouden er {count} worden.',
    'too-large': 'het bestand zou te groot worden ({size}; de grens is {limit}).',
    'bad-number': 'de geplakte kaarten bevatten een getal dat te groot is om te bewaren.',
    invalid: 'Werkzaam zou het bestand daarna niet meer kunnen openen ({where}: {detail}).',
    'read-only': 'u bekijkt versie "{label}", die alleen gelezen kan worden. Ga terug naar de theorie van nu om te wijzigen.',
    other: 'de wijziging is niet uitgevoerd.',
  },
  en: {
    'self-link': 'a card cannot be linked to itself.',
    'duplicate-link': 'these cards are already linked.',
    'too-long': 'a text may hold at most {limit} characters.',
    'bad-position': 'that place is off the canvas.',
    'missing-card': 'that card does not exist (any more).',
    'missing-link': 'that link does not exist (any more).',
    'missing-assumption': 'that assumption does not exist (any more).',
    'missing-note': 'that sticky note does not exist (any more).',
    'missing-indicator': 'that indicator does not exist (any more).',
    'bad-aio': 'that is not an element of the AIO model.',
    'bad-value': 'that value is not one this field can have.',
    'missing-instrument': 'that instrument does not exist (any more).',
    'missing-measurement': 'that measurement does not exist (any more).',
    'bad-id': 'that name cannot serve as an id.',
    'duplicate-id': 'that id is already in use.',
    'too-many-authors': 'a theory can have at most {limit} authors.',
    'too-many-indicators': 'a card can have at most {limit} indicators.',
    'too-many-link-assumptions': 'a link can rest on at most {limit} assumptions.',
    'too-many-cards': 'a theory can hold at most {limit} cards; this would make {count}.',
    'too-many-links': 'a theory can hold at most {limit} links; this would make {count}.',
    'too-many-assumptions': 'a theory can hold at most {limit} assumptions; this would make {count}.',
    'too-large': 'the file would become too large ({size}; the limit is {limit}).',
    'bad-number': 'the pasted cards hold a number too large to store.',
    invalid: 'Werkzaam could not open the file again afterwards ({where}: {detail}).',
    'read-only': 'you are looking at version "{label}", which is read-only. Go back to the current theory to make changes.',
    other: 'the change was not made.',
  },
});

type Key = keyof (typeof commandErrorStrings)['nl'];

export function describeCommandError(error: CommandError, language: Language): string {
  const key = (Object.hasOwn(commandErrorStrings.en, error.code) ? error.code : 'other') as Key;
  // Counts and limits come as numbers, shown in the reader's notation (20.000 / 20,000).
  const params: Record<string, string | number> = { limit: LIMITS.stringLength.toLocaleString(LOCALES[language]) };
  for (const [name, value] of Object.entries(error.params ?? {})) params[name] = localised(value, language);
  return translator(commandErrorStrings, language)(key, params);
}

function localised(value: string | number, language: Language): string | number {
  return typeof value === 'number' ? value.toLocaleString(LOCALES[language]) : value;
}
