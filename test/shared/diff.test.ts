import { describe, expect, it } from 'vitest';
import { applyDiff, diffDocuments, invertDiff } from '../../shared/diff';
import { listChanges } from '../../shared/diffListing';
import { Editor, type EditorChange } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { serializeDocument } from '../../shared/format/serialize';

function twoCards(): Editor {
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'input', title: 'Begeleiders' });
  e.run('addCard', { stage: 'action', title: 'Training' });
  e.run('addIndicator', { cardId: 'c1', indicator: { name: 'Uren' } });
  return e;
}

describe('listChanges', () => {
  it('names record type, id, field, before and after; an indicator is a record of its own under its card', () => {
    const e = twoCards();
    const before = e.document;
    e.run('updateCard', { id: 'c1', changes: { title: 'Coaches' } });
    e.run('updateIndicator', { cardId: 'c1', indicatorId: 'c1-i1', changes: { target: '40' } });
    e.run('addIndicator', { cardId: 'c2', indicator: { name: 'Deelnemers' } });
    e.run('connect', { from: 'c1', to: 'c2' });
    e.run('updateTheory', { changes: { title: 'AIO' } });
    const changes = listChanges(diffDocuments(before, e.document));
    expect(changes).toEqual([
      { change: 'updated', type: 'theory', id: 'theory', field: 'title', before: 'Naamloze theorie', after: 'AIO' },
      { change: 'updated', type: 'card', id: 'c1', field: 'title', before: 'Begeleiders', after: 'Coaches' },
      { change: 'updated', type: 'indicator', id: 'c1-i1', parent: { type: 'card', id: 'c1' }, field: 'target', before: '', after: '40' },
      { change: 'added', type: 'indicator', id: 'c2-i1', parent: { type: 'card', id: 'c2' }, after: expect.objectContaining({ name: 'Deelnemers' }) },
      { change: 'added', type: 'link', id: 'l1', after: expect.objectContaining({ from: 'c1', to: 'c2' }) },
    ]);
  });

  it('lists a removed card with its indicators, and unknown keys as fields named as in the file', () => {
    const e = twoCards();
    const before = e.document;
    e.run('deleteCards', { ids: ['c1'] });
    expect(listChanges(diffDocuments(before, e.document)).map((c) => [c.change, c.type, c.id])).toEqual([
      ['removed', 'card', 'c1'],
      ['removed', 'indicator', 'c1-i1'],
    ]);
    const withExtra = { ...before, extra: { plugin: 1 } };
    expect(listChanges(diffDocuments(before, withExtra))).toEqual([
      { change: 'updated', type: 'document', id: 'document', field: 'plugin', before: undefined, after: 1 },
    ]);
  });
});

describe('listChanges: records nested deeper', () => {
  it("lists an indicator's measurements and the theory's sticky notes as records of their own, field by field, with their chain of parents", () => {
    const e = twoCards();
    e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2025', value: '3,1', kind: 'baseline' } });
    e.run('addNote', { text: 'Vragen aan de financier' });
    const before = e.document;
    e.run('updateMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurementId: 'c1-i1-m1', changes: { value: '3,2' } });
    e.run('addMeasurement', { cardId: 'c1', indicatorId: 'c1-i1', measurement: { date: '2026', value: '3,6' } });
    e.run('updateNote', { id: e.document.theory.notes[0]!.id, text: 'Gevraagd' });
    const changes = listChanges(diffDocuments(before, e.document));
    const indicator = { type: 'indicator', id: 'c1-i1', parent: { type: 'card', id: 'c1' } };
    expect(changes).toEqual([
      { change: 'updated', type: 'note', id: e.document.theory.notes[0]!.id, parent: { type: 'theory', id: 'theory' }, field: 'text', before: 'Vragen aan de financier', after: 'Gevraagd' },
      { change: 'updated', type: 'measurement', id: 'c1-i1-m1', parent: indicator, field: 'value', before: '3,1', after: '3,2' },
      { change: 'added', type: 'measurement', id: 'c1-i1-m2', parent: indicator, after: expect.objectContaining({ date: '2026', value: '3,6' }) },
    ]);
    // A removed card takes its indicator and that one's measurements with it, each listed.
    const gone = e.document;
    e.run('deleteCards', { ids: ['c1'] });
    expect(listChanges(diffDocuments(gone, e.document)).map((c) => [c.change, c.type, c.id])).toEqual([
      ['removed', 'card', 'c1'],
      ['removed', 'indicator', 'c1-i1'],
      ['removed', 'measurement', 'c1-i1-m1'],
      ['removed', 'measurement', 'c1-i1-m2'],
    ]);
  });
});

describe('diffs and the editor', () => {
  it('listeners get the diff of each change; undo gets the inverse', () => {
    const e = twoCards();
    const heard: EditorChange[] = [];
    e.subscribe((change) => heard.push(change));
    e.run('updateCard', { id: 'c2', changes: { title: 'Groepstraining' } });
    e.undo();
    expect(heard.map((h) => h.kind)).toEqual(['run', 'undo']);
    expect(Object.keys(heard[0]!.diff.updated.card!)).toEqual(['c2']);
    expect(heard[0]!.diff.source).toBe('user');
    expect(heard[1]!.diff.updated.card!.c2![1].title).toBe('Training');
  });

  it('undo puts a deleted card back where it stood, so the saved file is byte-identical', () => {
    const e = twoCards();
    e.run('addCard', { stage: 'impact', title: 'Werk' });
    const text = serializeDocument(e.document);
    e.run('deleteCards', { ids: ['c2'] });
    e.undo();
    expect(Object.keys(e.theory.cards)).toEqual(['c1', 'c2', 'c3']);
    expect(serializeDocument(e.document)).toBe(text);
  });

  it('a remote diff applies without becoming an undo step of this user; an import is one undo step', () => {
    const e = twoCards();
    const other = twoCards();
    other.run('updateCard', { id: 'c1', changes: { title: 'Van elders' } });
    const steps = e.historySize.undo;
    e.apply({ ...diffDocuments(e.document, other.document), source: 'remote' });
    expect(e.theory.cards.c1!.title).toBe('Van elders');
    expect(e.historySize.undo).toBe(steps);
    const imported = { ...emptyDocument('nl'), theory: { ...emptyDocument('nl').theory, cards: { x1: { ...other.theory.cards.c1!, id: 'x1' } } } };
    const start = e.document;
    e.apply({ ...diffDocuments(e.document, { ...e.document, theory: { ...e.theory, cards: { ...e.theory.cards, ...imported.theory.cards } } }), source: 'import' });
    expect(e.historySize.undo).toBe(steps + 1);
    e.undo();
    expect(e.document).toEqual(start);
    expect(applyDiff(e.document, invertDiff(diffDocuments(start, e.document)))).toEqual(start);
  });
});
