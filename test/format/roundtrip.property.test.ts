import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { KEY_ORDER } from '../../shared/format/schema';
import { documentArb } from '../support/arbitraries';

function load(text: string) {
  const result = parseDocument(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.document;
}

/** What each known key defaults to when a file leaves it out. */
const DEFAULTS: Record<string, unknown> = { language: 'nl', status: 'untested', kind: 'assumption' };
const REQUIRED = new Set(['title', 'id', 'stage', 'from', 'to']);

/** Leave out every known optional key that holds its default, as a hand-written file would. */
function stripDefaults(object: Record<string, unknown>, known: readonly string[]): void {
  for (const key of known) {
    if (REQUIRED.has(key)) continue;
    const value = object[key];
    const isDefault = value === '' || (Array.isArray(value) && value.length === 0) || (key in DEFAULTS && value === DEFAULTS[key]);
    if (isDefault) delete object[key];
  }
}

describe('save → load', () => {
  it('is the identity for random valid documents, and saving again gives the same bytes', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = serializeDocument(doc);
        const loaded = load(text);
        expect(loaded).toEqual(doc);
        expect(serializeDocument(loaded)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('a file that leaves out every default loads to the same document', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const file = JSON.parse(serializeDocument(doc));
        for (const card of file.theory.cards) {
          stripDefaults(card, KEY_ORDER.card);
          // Generated indicator ids follow the default pattern, so they can go too.
          card.indicators?.forEach((indicator: Record<string, unknown>, n: number) => {
            if (indicator.id === `${card.id}-i${n + 1}`) delete indicator.id;
            stripDefaults(indicator, KEY_ORDER.indicator);
          });
        }
        for (const link of file.theory.links) stripDefaults(link, KEY_ORDER.link);
        for (const assumption of file.theory.assumptions) stripDefaults(assumption, KEY_ORDER.assumption);
        stripDefaults(file.theory, KEY_ORDER.theory);
        // Escaped like the serializer does: a raw U+FFFD would read as binary data.
        expect(load(JSON.stringify(file).replace(/\uFFFD/g, '\\ufffd'))).toEqual(doc);
      }),
      { numRuns: 100 },
    );
  });
});
