import { AIO_KEYS, type AioKey } from '../model';
import { AIO_LABELS } from '../i18n/domain';
import { normalise } from './headers';

/** AIO elements as people tag or write them: the key, the Dutch and English names, and their short forms. */
const AIO_WORDS = new Map<string, AioKey>();
for (const key of AIO_KEYS) {
  for (const word of [key, AIO_LABELS.nl[key], AIO_LABELS.en[key]]) AIO_WORDS.set(normalise(word), key);
}
for (const [word, key] of [
  ['arbeidsmatige focus', 'arbeidsmatig'],
  ['werkgerichte focus', 'arbeidsmatig'],
  ['work oriented', 'arbeidsmatig'],
  ['integraal werken', 'integraal'],
  ['integrated', 'integraal'],
  ['netwerken', 'netwerk'],
  ['ondersteuningsnetwerk', 'netwerk'],
  ['opbouwen van ondersteuningsnetwerken', 'netwerk'],
  ['support network', 'netwerk'],
  ['building support networks', 'netwerk'],
] as const) {
  AIO_WORDS.set(normalise(word), key);
}

export function aioOf(text: string): AioKey | undefined {
  return AIO_WORDS.get(normalise(text));
}
