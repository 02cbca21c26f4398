import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffDocuments, invertDiff, isEmptyDiff, squashDiffs, type RecordDiff } from '../../shared/diff';
import { listChanges } from '../../shared/diffListing';
import { runCommand, CommandError } from '../../shared/commands';
import { serializeDocument } from '../../shared/format/serialize';
import type { WerkzaamDocument } from '../../shared/model';
import { documentArb } from '../support/arbitraries';
import { argsFor, stepArb, type Step } from '../support/commandSteps';

/** A document and what random commands make of it, with the diff of each command. */
function evolve(start: WerkzaamDocument, steps: Step[]): { end: WerkzaamDocument; diffs: RecordDiff[] } {
  let doc = start;
  const diffs: RecordDiff[] = [];
  for (const step of steps) {
    try {
      const outcome = runCommand(doc, step.name, argsFor(doc, step) as never);
      doc = outcome.document;
      if (!isEmptyDiff(outcome.diff)) diffs.push(outcome.diff);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  }
  return { end: doc, diffs };
}

/** Equal as documents and byte for byte as files (so record order is kept too). */
function expectSame(actual: WerkzaamDocument, expected: WerkzaamDocument): void {
  expect(actual).toEqual(expected);
  expect(serializeDocument(actual)).toBe(serializeDocument(expected));
}

/** Two documents: one made from the other by commands (shared records), or two unrelated ones. */
const pairArb = fc.oneof(
  fc.tuple(documentArb, fc.array(stepArb, { maxLength: 25 })).map(([a, steps]) => [a, evolve(a, steps).end] as const),
  fc.tuple(documentArb, documentArb),
  // The same records in another order (an outside tool rewrote the file).
  documentArb.map((a) => {
    const reversed = Object.fromEntries(Object.entries(a.theory.cards).reverse());
    return [a, { ...a, theory: { ...a.theory, cards: reversed } }] as const;
  }),
);

describe('record diffs (property)', () => {
  it('applyDiff(a, diffDocuments(a, b)) is b, and the inverse brings a back', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const diff = diffDocuments(a, b);
        expectSame(applyDiff(a, diff), b);
        expectSame(applyDiff(b, invertDiff(diff)), a);
      }),
      { numRuns: 200 },
    );
  });

  it('a document diffed with itself (or with a copy of itself) is empty', () => {
    fc.assert(
      fc.property(documentArb, (a) => {
        expect(isEmptyDiff(diffDocuments(a, a))).toBe(true);
        const copy = structuredClone(a);
        expect(isEmptyDiff(diffDocuments(a, copy))).toBe(true);
        expect(listChanges(diffDocuments(a, copy))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('each command diff, and their squash, take the start to the end and back', () => {
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 25 }), (start, steps) => {
        const { end, diffs } = evolve(start, steps);
        expectSame(diffs.reduce(applyDiff, start), end);
        expectSame([...diffs].reverse().map((d) => invertDiff(d)).reduce(applyDiff, end), start);
        const squashed = squashDiffs(start, diffs);
        expectSame(applyDiff(start, squashed), end);
        expectSame(applyDiff(end, invertDiff(squashed)), start);
        // The squash says the same as comparing the two documents.
        const sorted = (d: RecordDiff) => listChanges(d).map((c) => JSON.stringify(c)).sort();
        expect(sorted(squashed)).toEqual(sorted(diffDocuments(start, end)));
      }),
      { numRuns: 150 },
    );
  });
});
