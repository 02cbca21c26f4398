import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { documentArb } from '../support/arbitraries';
import { attempt, stepArb } from '../support/commandSteps';

/**
 * Whatever the editor can make, the loader must take back: a saved file that cannot be
 * opened again is lost work. Random command sequences, then save → load.
 */
describe('editor → save → load', () => {
  it('every document the editor makes is saved as a file that loads back equal', () => {
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
        const editor = new Editor(start);
        for (const step of steps) attempt(editor, step);
        const text = serializeDocument(editor.document);
        const result = parseDocument(text);
        if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        expect(result.document).toEqual(editor.document);
      }),
      { numRuns: 150 },
    );
  });
});
