import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { documentArb } from '../support/arbitraries';
import { attempt, stepArb } from '../support/commandSteps';
import { CommandError } from '../../shared/commands';
import { emptyDocument } from '../../shared/model';
import { MODEL_LIMITS } from '../../shared/records/limits';

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

/**
 * The same at the limits (issue #10, D1): a theory one step from each of them, and steps
 * that try to go past: indicators on a full card, an authors list, a link's assumptions,
 * a text at the length limit, coordinates at and past the bound. Whatever the editor
 * accepts still saves to a file that loads back equal; what it refuses leaves no trace.
 */
describe('editor → save → load, at the limits', () => {
  const start = (() => {
    const editor = new Editor(emptyDocument('nl'));
    for (const stage of ['input', 'action', 'outcome'] as const) editor.run('addCard', { stage, title: stage });
    editor.run('connect', { from: 'c1', to: 'c2' });
    for (let i = 0; i < MODEL_LIMITS.indicatorsPerCard - 2; i++) editor.run('addIndicator', { cardId: 'c1' });
    for (let i = 0; i < MODEL_LIMITS.assumptionsPerLink + 5; i++) editor.run('addAssumption', { text: `a${i}` });
    editor.run('setLinkAssumptions', { id: 'l1', assumptions: Object.keys(editor.theory.assumptions).slice(0, MODEL_LIMITS.assumptionsPerLink - 2) });
    editor.run('updateTheory', { changes: { authors: Array.from({ length: MODEL_LIMITS.authors - 2 }, (_, i) => `Auteur ${i}`) } });
    return editor.document;
  })();
  const near = (limit: number) => fc.integer({ min: limit - 3, max: limit + 3 });
  const bound = MODEL_LIMITS.coordinate;
  const edgeStep = fc.oneof(
    fc.record({ name: fc.constant('addIndicator' as const), times: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ name: fc.constant('authors' as const), count: near(MODEL_LIMITS.authors) }),
    fc.record({ name: fc.constant('linkAssumptions' as const), count: near(MODEL_LIMITS.assumptionsPerLink) }),
    fc.record({ name: fc.constant('addAssumptionOnLink' as const), times: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ name: fc.constant('longText' as const), length: near(MODEL_LIMITS.text) }),
    fc.record({ name: fc.constant('move' as const), x: fc.oneof(fc.constantFrom(bound, -bound, bound + 1, 1e308, -1e308, Number.MAX_VALUE), fc.double({ min: -2 * bound, max: 2 * bound, noNaN: true })), y: fc.double({ min: -2 * bound, max: 2 * bound, noNaN: true }) }),
  );
  const tryRun = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  };

  it('whatever the editor accepts near the limits reopens equal', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(edgeStep, stepArb), { maxLength: 12 }), (steps) => {
        const editor = new Editor(start);
        const ids = Object.keys(start.theory.assumptions);
        for (const step of steps) {
          if (!('name' in step) || !('times' in step || 'count' in step || 'length' in step || 'x' in step)) {
            attempt(editor, step as Parameters<typeof attempt>[1]);
            continue;
          }
          const before = editor.document;
          tryRun(() => {
            switch (step.name) {
              case 'addIndicator':
                for (let i = 0; i < step.times; i++) editor.run('addIndicator', { cardId: 'c1' });
                break;
              case 'authors':
                editor.run('updateTheory', { changes: { authors: Array.from({ length: step.count }, (_, i) => `A${i}`) } });
                break;
              case 'linkAssumptions':
                if (editor.theory.links.l1) editor.run('setLinkAssumptions', { id: 'l1', assumptions: ids.slice(0, step.count).filter((id) => editor.theory.assumptions[id]) });
                break;
              case 'addAssumptionOnLink':
                for (let i = 0; i < step.times; i++) editor.run('addAssumption', { text: 'meer', linkId: 'l1' });
                break;
              case 'longText':
                editor.run('updateCard', { id: Object.keys(editor.theory.cards)[0] ?? 'c1', changes: { description: 'é'.repeat(step.length) } });
                break;
              case 'move':
                editor.run('moveCards', { moves: [{ id: Object.keys(editor.theory.cards)[0] ?? 'c1', position: { x: step.x, y: step.y } }] });
                break;
            }
          });
          // A refused step leaves the document as it was (a partly run multi-step may keep its accepted steps).
          if (editor.document !== before) expect(editor.canUndo()).toBe(true);
        }
        const text = serializeDocument(editor.document);
        const result = parseDocument(text);
        if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
        expect(result.document).toEqual(editor.document);
      }),
      { numRuns: 60 },
    );
  });
});
