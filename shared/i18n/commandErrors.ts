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
    'missing-indicator': 'die indicator bestaat niet (meer).',
    'bad-aio': 'dat is geen element van het AIO-model.',
    'bad-id': 'die naam kan niet als id dienen.',
    'duplicate-id': 'dat id is al in gebruik.',
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
    'missing-indicator': 'that indicator does not exist (any more).',
    'bad-aio': 'that is not an element of the AIO model.',
    'bad-id': 'that name cannot serve as an id.',
    'duplicate-id': 'that id is already in use.',
    other: 'the change was not made.',
  },
});

type Key = keyof (typeof commandErrorStrings)['nl'];

export function describeCommandError(error: CommandError, language: Language): string {
  const key = (Object.hasOwn(commandErrorStrings.en, error.code) ? error.code : 'other') as Key;
  return translator(commandErrorStrings, language)(key, { limit: LIMITS.stringLength.toLocaleString(LOCALES[language]) });
}
