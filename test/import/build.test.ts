import { describe, expect, it } from 'vitest';
import { buildMerge, buildNewTheory } from '../../shared/import/build';
import { openImport, proposeSettings, runImport } from '../../shared/import/index';
import { loadDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { applyDiff } from '../../shared/diff';
import { Editor } from '../../shared/editor';
import type { ImportResult } from '../../shared/import/types';
import { fixture, ok } from './support';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

async function imported(name: string): Promise<ImportResult> {
  const opened = await openImport(name, fixture(name));
  if (!opened.ok) throw new Error('open');
  const proposed = proposeSettings(opened.source);
  if (!proposed.ok) throw new Error('settings');
  return ok(runImport(opened.source, proposed.settings));
}
const kdg = () => loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));

describe('an import becomes a theory', () => {
  it('as a new theory that saves and reopens as it is', async () => {
    const result = await imported('paden-en.csv');
    const built = buildNewTheory(result, { title: 'paden-en', language: 'en', now: '2026-12-01T10:00:00.000Z' });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const theory = built.document.theory;
    expect(theory.title).toBe('paden-en');
    expect(theory.language).toBe('en');
    expect(Object.keys(theory.cards)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
    expect(Object.values(theory.links).map((l) => `${l.from}-${l.to}`)).toEqual(['c1-c2', 'c2-c3', 'c3-c4', 'c1-c5', 'c5-c3', 'c6-c7', 'c7-c8']);
    expect(theory.links.l1!.assumptions).toEqual(['a1']);
    expect(theory.assumptions.a1).toEqual({ id: 'a1', text: 'Participants attend regularly', status: 'untested', kind: 'assumption' });
    // Cards without a source position stack in their lane, in file order.
    const inputs = Object.values(theory.cards).filter((c) => c.stage === 'input');
    expect(inputs.map((c) => c.position.y)).toEqual([112, 232, 352]);
    expect(loadDocument(serializeDocument(built.document))).toEqual(built.document);
  });

  it('takes the title a Kumu backup names', async () => {
    const built = buildNewTheory(await imported('kumu-backup.json'), { title: 'kumu-backup', language: 'nl' });
    expect(built.ok && built.document.theory.title).toBe('Stroomwijzer map');
  });

  it('into the open theory as one undoable step with source import, below its cards, with fresh ids', async () => {
    const doc = kdg();
    const editor = new Editor(doc);
    const result = await imported('logicamodel-nl.csv');
    const merged = buildMerge(editor.document, result);
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    expect(merged.diff.source).toBe('import');
    editor.apply(merged.diff, { name: 'import' });
    const after = editor.document.theory;
    expect(Object.keys(after.cards)).toHaveLength(Object.keys(doc.theory.cards).length + result.cards.length);
    expect(Object.keys(after.links)).toHaveLength(Object.keys(doc.theory.links).length + result.links.length);
    for (const [id, card] of Object.entries(doc.theory.cards)) expect(after.cards[id]).toBe(card);
    const lowest = Math.max(...Object.values(doc.theory.cards).map((c) => c.position.y));
    const added = Object.values(after.cards).filter((c) => !(c.id in doc.theory.cards));
    expect(Math.min(...added.filter((c) => c.stage === 'input').map((c) => c.position.y))).toBeGreaterThan(lowest);
    expect(editor.lastStep?.name).toBe('import');
    editor.undo();
    expect(editor.document).toEqual(doc);
    editor.redo();
    expect(editor.document.theory).toEqual(after);
    expect(applyDiff(doc, merged.diff)).toEqual(merged.document);
  });

  it('keeps positions and ids a source gives, moved below the open theory and renamed where taken', async () => {
    const doc = kdg();
    const result = await imported('kumu-backup.json');
    result.cards[0]!.id = Object.keys(doc.theory.cards)[0];
    result.cards[1]!.id = 'brand-new';
    const merged = buildMerge(doc, result);
    if (!merged.ok) throw new Error('merge');
    const added = Object.values(merged.document.theory.cards).filter((c) => !(c.id in doc.theory.cards));
    expect(added.map((c) => c.id)).toContain('brand-new');
    expect(added).toHaveLength(5);
    const shifted = added.find((c) => c.title === 'Werkgeversnetwerk')!.position.y - added.find((c) => c.title === 'Jobcoach')!.position.y;
    expect(shifted).toBe(-300);
  });

  it('goes through the file reader: what the reader refuses is refused, with its message', async () => {
    const result = await imported('paden-en.csv');
    result.cards[0]!.title = 'x'.repeat(100_001);
    const built = buildNewTheory(result, { title: 't', language: 'en' });
    expect(built.ok).toBe(false);
    expect(!built.ok && built.problems[0]).toMatchObject({ key: 'badTheory', params: { detail: expect.stringContaining('theory.cards[0].title: the text is too long') } });
  });

});
