import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffDocuments, isEmptyDiff, sameValue, type RecordDiff } from '../../shared/diff';
import { Editor } from '../../shared/editor';
import { runCommand, CommandError } from '../../shared/commands';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import type { Theory, WerkzaamDocument } from '../../shared/model';
import { templateByName } from '../../shared/templates';
import {
  compareVersions,
  deleteVersion,
  documentAt,
  editVersion,
  findVersion,
  restoreVersion,
  saveVersion,
  theoryAt,
  versionTheories,
} from '../../shared/versions/store';
import { documentArb } from '../support/arbitraries';
import { argsFor, stepArb, type Step } from '../support/commandSteps';

const meta = (label: string) => ({ label, author: 'Jan Depauw', note: `notitie bij ${label}`, created: '2026-12-01T10:00:00.000Z' });

function reopen(doc: WerkzaamDocument): WerkzaamDocument {
  const result = parseDocument(serializeDocument(doc));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.document;
}

function evolve(start: WerkzaamDocument, steps: Step[]): WerkzaamDocument {
  let doc = start;
  for (const step of steps) {
    try {
      doc = runCommand(doc, step.name, argsFor(doc, step) as never).document;
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  }
  return doc;
}

/** Equal as theories and in their file order. */
const expectSameTheory = (actual: Theory, expected: Theory) => {
  expect(sameValue(actual, expected)).toBe(true);
  for (const key of ['cards', 'links', 'assumptions'] as const) expect(Object.keys(actual[key])).toEqual(Object.keys(expected[key]));
};

describe('versions stored as diffs (property)', () => {
  it('every version restores exactly, after saving and reopening the file', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.array(stepArb, { maxLength: 8 }), { minLength: 1, maxLength: 5 }), (start, runs) => {
        let doc = start;
        const snapshots: Theory[] = [];
        runs.forEach((steps, i) => {
          doc = evolve(doc, steps);
          doc = applyDiff(doc, saveVersion(doc, meta(`v${i}`)).diff);
          snapshots.push(doc.theory);
        });
        const reopened = reopen(doc);
        expect(reopened.versions).toHaveLength(snapshots.length);
        snapshots.forEach((snapshot, i) => expectSameTheory(theoryAt(reopened, reopened.versions[i]!.id), snapshot));
        // Restoring any version gives its theory back (bookkeeping aside), and is undone by its inverse.
        for (const [i, snapshot] of snapshots.entries()) {
          const restored = applyDiff(reopened, restoreVersion(reopened, reopened.versions[i]!.id));
          expectSameTheory({ ...restored.theory, created: snapshot.created, modified: snapshot.modified }, snapshot);
          expect(restored.versions).toBe(reopened.versions);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the diff of a version with itself is empty; the diff from one version to another applied to the first gives the second', () => {
    fc.assert(
      fc.property(documentArb, fc.array(stepArb, { maxLength: 15 }), (start, steps) => {
        let doc = applyDiff(start, saveVersion(start, meta('a')).diff);
        doc = evolve(doc, steps);
        doc = applyDiff(doc, saveVersion(doc, meta('b')).diff);
        const [a, b] = doc.versions.map((v) => v.id) as [string, string];
        expect(isEmptyDiff(compareVersions(doc, a, a).diff)).toBe(true);
        expect(compareVersions(doc, b, b).changes).toEqual([]);
        const from = documentAt(doc, a);
        const to = documentAt(doc, b);
        expectSameTheory(applyDiff(from, diffDocuments(from, to)).theory, to.theory);
      }),
      { numRuns: 60 },
    );
  });

  it('deleting a version leaves every other version as it was', () => {
    fc.assert(
      fc.property(documentArb, fc.array(fc.array(stepArb, { maxLength: 6 }), { minLength: 2, maxLength: 4 }), fc.nat(3), (start, runs, pick) => {
        let doc = start;
        runs.forEach((steps, i) => {
          doc = evolve(doc, steps);
          doc = applyDiff(doc, saveVersion(doc, meta(`v${i}`)).diff);
        });
        const theories = versionTheories(doc.versions);
        const gone = pick % doc.versions.length;
        const after = reopen(applyDiff(doc, deleteVersion(doc, doc.versions[gone]!.id)));
        const kept = theories.filter((_, i) => i !== gone);
        expect(after.versions).toHaveLength(kept.length);
        kept.forEach((t, i) => expectSameTheory(theoryAt(after, after.versions[i]!.id), t));
      }),
      { numRuns: 40 },
    );
  });
});

describe('versions in the file', () => {
  const kdg = () => templateByName('kdg-aio')!.create('nl', '2026-11-30T09:00:00.000Z');

  it('keep the file small: a second version holds only what changed', () => {
    let doc = kdg();
    doc = applyDiff(doc, saveVersion(doc, meta('workshop 1')).diff);
    const one = serializeDocument(doc).length;
    doc = runCommand(doc, 'updateCard', { id: 'c5', changes: { title: 'Ondersteuning op de werkvloer' } }).document;
    doc = applyDiff(doc, saveVersion(doc, meta('workshop 2')).diff);
    const two = serializeDocument(doc).length;
    expect(doc.versions[1]!.cards.map((c) => c.id)).toEqual(['c5']);
    expect(doc.versions[1]!.links).toEqual([]);
    // A card record carries its research tags (#11) since version 3: the bound grew with them.
    // …and each version keeps the theory's own fields, the instrument library (MPE, MBE) among them.
    expect(two - one).toBeLessThan(3_000);
  });

  it('a theory without versions is written as before: no empty versions list, no origins', () => {
    const text = serializeDocument(kdg());
    expect(text).not.toMatch(/"versions"|"origins"|"organisations"/);
  });

  it('saving a version is no undo step but makes the file unsaved; restoring is one undo step, and undo brings back what was there', () => {
    const editor = new Editor(kdg());
    editor.apply(saveVersion(editor.document, meta('voor de workshop')).diff, { history: false });
    editor.markUnsaved();
    expect(editor.canUndo()).toBe(false);
    expect(editor.dirty).toBe(true);
    const [v1] = editor.document.versions;
    editor.run('updateCard', { id: 'c5', changes: { title: 'Jobcoaching op de werkvloer' } });
    editor.run('deleteCards', { ids: ['c23'] });
    const changed = editor.document.theory;
    editor.apply(restoreVersion(editor.document, v1!.id), { name: 'restoreVersion' });
    expect(editor.theory.cards.c5!.title).toBe('Arbeidsmatige ondersteuning op de werkvloer');
    expect(editor.theory.cards.c23).toBeDefined();
    expect(editor.undoName).toBe('restoreVersion');
    editor.undo();
    expectSameTheory(editor.theory, changed);
    // The version list is never taken away by an undo.
    expect(editor.document.versions).toHaveLength(1);
  });

  it('compares two versions, or a version and now, field by field', () => {
    let doc = kdg();
    doc = applyDiff(doc, saveVersion(doc, meta('a')).diff);
    doc = runCommand(doc, 'updateCard', { id: 'c5', changes: { title: 'Jobcoaching' } }).document;
    doc = runCommand(doc, 'deleteCards', { ids: ['c23'] }).document;
    doc = runCommand(doc, 'addCard', { stage: 'outcome', title: 'Zelfstandig werken' }).document;
    const { changes } = compareVersions(doc, doc.versions[0]!.id, 'now');
    expect(changes).toContainEqual({ change: 'updated', type: 'card', id: 'c5', field: 'title', before: 'Arbeidsmatige ondersteuning op de werkvloer', after: 'Jobcoaching' });
    expect(changes.filter((c) => c.change === 'removed').map((c) => `${c.type}:${c.id}`)).toEqual(expect.arrayContaining(['card:c23', 'link:l22', 'link:l23']));
    expect(changes.filter((c) => c.change === 'added').map((c) => c.type)).toEqual(['card']);
    expect(changes.some((c) => c.type === 'theory')).toBe(false);
  });

  it('an id a saved version holds is not given to a new card, so a deleted card and a new one are told apart', () => {
    let doc = kdg();
    doc = applyDiff(doc, saveVersion(doc, meta('a')).diff);
    doc = runCommand(doc, 'deleteCards', { ids: ['c23'] }).document;
    const { document, result } = runCommand(doc, 'addCard', { stage: 'impact', title: 'Zelfstandig wonen' });
    expect(result.created).toEqual(['c24']);
    const { changes } = compareVersions(document, 'v1', 'now');
    expect(changes.filter((c) => c.type === 'card').map((c) => `${c.change} ${c.id}`)).toEqual(['removed c23', 'added c24']);
  });

  it('names and notes can be changed; a label finds the newest version of that name', () => {
    let doc = kdg();
    doc = applyDiff(doc, saveVersion(doc, meta('concept')).diff);
    doc = applyDiff(doc, saveVersion(doc, meta('concept')).diff);
    expect(findVersion(doc, 'concept')!.id).toBe('v2');
    doc = applyDiff(doc, editVersion(doc, 'v1', { label: 'eerste concept', note: 'na overleg' }));
    expect(reopen(doc).versions[0]).toMatchObject({ id: 'v1', label: 'eerste concept', note: 'na overleg', author: 'Jan Depauw' });
    expect(findVersion(doc, 'v1')!.label).toBe('eerste concept');
    expect(findVersion(doc, 'nope')).toBeUndefined();
  });
});

describe('reading versions from a file', () => {
  const withVersions = () => {
    let doc = templateByName('kdg-aio')!.create('nl');
    doc = applyDiff(doc, saveVersion(doc, meta('a')).diff);
    doc = runCommand(doc, 'deleteCards', { ids: ['c23'] }).document;
    doc = applyDiff(doc, saveVersion(doc, meta('b')).diff);
    return JSON.parse(serializeDocument(doc));
  };
  const problems = (file: unknown) => {
    const result = parseDocument(JSON.stringify(file));
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('accepts what it wrote', () => {
    expect(problems(withVersions())).toEqual([]);
  });

  it('refuses a version that removes what the version before does not have', () => {
    const file = withVersions();
    file.versions[1].removedCards.push('c99');
    expect(problems(file)).toEqual(['versions[1].removedCards[1]: this version removes "c99", which the version before it does not have']);
  });

  it('refuses a version whose links point at a card it does not hold', () => {
    const file = withVersions();
    // Version b removes c14, which link l13 (kept from version a) still points at.
    file.versions[1].removedCards.push('c14');
    expect(problems(file)).toEqual([
      'versions[1]: in this version, link "l13" joins card "c14", which the version does not hold',
      'versions[1]: in this version, link "l21" joins card "c14", which the version does not hold',
    ]);
  });

  it('refuses repeated version ids and an order that does not list what a version holds', () => {
    const file = withVersions();
    file.versions[1].id = file.versions[0].id;
    file.versions[0].cardOrder = ['c1', 'c2'];
    expect(problems(file)).toEqual([
      'versions[0].cardOrder: the order does not list exactly what this version holds',
      'versions[1].id: duplicate version id "v1" (also used by versions[0])',
    ]);
  });
});

it('saving a version changes the file record only, not the theory', () => {
  const doc = templateByName('kdg-aio')!.create('nl');
  const diff: RecordDiff = saveVersion(doc, meta('a')).diff;
  expect(Object.keys(diff.updated)).toEqual(['document']);
  expect(diff.added).toEqual({});
  expect(diff.removed).toEqual({});
});
