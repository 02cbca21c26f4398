import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { documentArb } from '../support/arbitraries';

describe('save → load', () => {
  it('is the identity for random valid documents', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const text = serializeDocument(doc);
        const result = parseDocument(text);
        if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        expect(result.document).toEqual(doc);
        expect(serializeDocument(result.document)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
