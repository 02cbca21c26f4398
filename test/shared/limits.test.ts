import { describe, expect, it } from 'vitest';
import { CommandError, runCommand } from '../../shared/commands';
import { Editor } from '../../shared/editor';
import { emptyDiff } from '../../shared/diff';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { LIMITS } from '../../shared/format/limits';
import { MODEL_LIMITS } from '../../shared/records/limits';
import { describeCommandError } from '../../shared/i18n/commandErrors';
import { byteLength, fileBytes, knownBytes } from '../../shared/limitCheck';
import { clipboardTextToFragment, fragmentToClipboardText } from '../../shared/clipboard';
import { generateTheory } from '../bench/generate';

/**
 * Issue #10, D1 and D6: the editor refuses every change the reader would refuse on
 * reopening, with the reader's own numbers, and what it accepts always saves to a file
 * that parses.
 */
function refused(run: () => unknown): CommandError {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('the change was not refused');
}

const reopens = (doc: WerkzaamDocument) => {
  const result = parseDocument(serializeDocument(doc));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.document;
};

function withCards(n: number): Editor {
  const editor = new Editor(emptyDocument('en'));
  for (let i = 0; i < n; i++) editor.run('addCard', { stage: 'input', title: `card ${i}` });
  return editor;
}

describe('limits of one record (the declarations’ own schema)', () => {
  it(`a card takes ${MODEL_LIMITS.indicatorsPerCard} indicators and refuses the next, in both languages`, () => {
    const editor = withCards(1);
    for (let i = 0; i < MODEL_LIMITS.indicatorsPerCard; i++) editor.run('addIndicator', { cardId: 'c1' });
    const error = refused(() => editor.run('addIndicator', { cardId: 'c1' }));
    expect(error.code).toBe('too-many-indicators');
    expect(describeCommandError(error, 'en')).toBe('a card can have at most 200 indicators.');
    expect(describeCommandError(error, 'nl')).toBe('een kaart kan hoogstens 200 indicatoren hebben.');
    expect(editor.theory.cards.c1!.indicators).toHaveLength(200);
    reopens(editor.document);
  });

  it(`a theory takes ${MODEL_LIMITS.authors} authors and refuses ${MODEL_LIMITS.authors + 1}`, () => {
    const editor = withCards(0);
    const authors = (n: number) => Array.from({ length: n }, (_, i) => `Auteur ${i}`);
    editor.run('updateTheory', { changes: { authors: authors(1000) } });
    const error = refused(() => editor.run('updateTheory', { changes: { authors: authors(1001) } }));
    expect(error.code).toBe('too-many-authors');
    expect(describeCommandError(error, 'nl')).toBe('een theorie kan hoogstens 1.000 auteurs hebben.');
    expect(editor.theory.authors).toHaveLength(1000);
    reopens(editor.document);
  });

  it(`a link rests on at most ${MODEL_LIMITS.assumptionsPerLink} assumptions, by setLinkAssumptions or addAssumption`, () => {
    const editor = withCards(2);
    editor.run('connect', { from: 'c1', to: 'c2' });
    const ids: string[] = [];
    for (let i = 0; i <= MODEL_LIMITS.assumptionsPerLink; i++) ids.push(editor.run('addAssumption', { text: `a${i}` }).created[0]!);
    expect(refused(() => editor.run('setLinkAssumptions', { id: 'l1', assumptions: ids })).code).toBe('too-many-link-assumptions');
    editor.run('setLinkAssumptions', { id: 'l1', assumptions: ids.slice(0, 1000) });
    expect(refused(() => editor.run('addAssumption', { text: 'one more', linkId: 'l1' })).code).toBe('too-many-link-assumptions');
    expect(editor.theory.links.l1!.assumptions).toHaveLength(1000);
    reopens(editor.document);
  });

  it('a coordinate past the bound is refused by move, add and paste (D6), and by the reader with its location', () => {
    const editor = withCards(1);
    for (const position of [{ x: 1e308, y: 0 }, { x: 0, y: -1e308 }, { x: MODEL_LIMITS.coordinate + 1, y: 0 }]) {
      expect(refused(() => editor.run('moveCards', { moves: [{ id: 'c1', position }] })).code).toBe('bad-position');
      expect(refused(() => editor.run('addCard', { stage: 'input', position })).code).toBe('bad-position');
    }
    const fragment = clipboardTextToFragment(fragmentToClipboardText(editor.theory, ['c1']))!;
    fragment.cards[0]!.position = { x: 30, y: 1e308 };
    expect(refused(() => editor.run('pasteFragment', { fragment })).code).toBe('bad-position');
    editor.run('moveCards', { moves: [{ id: 'c1', position: { x: 30, y: MODEL_LIMITS.coordinate } }] });
    reopens(editor.document);

    const text = serializeDocument(editor.document).replace(`"y": ${MODEL_LIMITS.coordinate}`, '"y": 1e308');
    const result = parseDocument(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'out-of-range', path: 'theory.cards[0].position.y' });
    expect(result.problems[0]!.message).toBe('the number 1e+308 lies off the canvas (a coordinate lies between -10,000,000 and 10,000,000)');
  });
});

describe('limits of the whole theory', () => {
  it(`${MODEL_LIMITS.cards.toLocaleString('en')} cards: one more card, a paste past the limit and an import diff are refused; deleting is not`, () => {
    const editor = new Editor(generateTheory(MODEL_LIMITS.cards));
    const error = refused(() => editor.run('addCard', { stage: 'input', title: 'one too many' }));
    expect(error.code).toBe('too-many-cards');
    expect(describeCommandError(error, 'en')).toBe('a theory can hold at most 20,000 cards; this would make 20,001.');
    const fragment = clipboardTextToFragment(fragmentToClipboardText(editor.theory, ['c1', 'c2']))!;
    expect(refused(() => editor.run('pasteFragment', { fragment })).code).toBe('too-many-cards');
    const diff = emptyDiff('import');
    diff.added.card = { extra1: { ...editor.theory.cards.c1!, id: 'extra1' } };
    expect(refused(() => editor.apply(diff, { name: 'import' })).code).toBe('too-many-cards');
    expect(Object.keys(editor.theory.cards)).toHaveLength(MODEL_LIMITS.cards);
    expect(editor.canUndo()).toBe(false);
    editor.run('deleteCards', { ids: ['c1'] });
    editor.run('addCard', { stage: 'input', title: 'fits again' });
    // Counts are carried along by each change's diff, not recounted: full again after that add,
    // room for one after its undo, full after the card added in its place.
    expect(refused(() => editor.run('addCard', { stage: 'input', title: 'one too many again' })).code).toBe('too-many-cards');
    editor.undo();
    editor.run('addCard', { stage: 'input', title: 'in its place' });
    expect(describeCommandError(refused(() => editor.run('addLinkedCard', { from: 'c2' })), 'en')).toBe('a theory can hold at most 20,000 cards; this would make 20,001.');
    expect(Object.keys(editor.theory.cards)).toHaveLength(MODEL_LIMITS.cards);
  });

  it('grows towards the file size limit by commands, refuses the change that would pass it, and saves a file that reopens', () => {
    const editor = withCards(0);
    const text = 'x'.repeat(MODEL_LIMITS.text);
    let error: CommandError | undefined;
    for (let i = 0; i < 400 && !error; i++) {
      try {
        editor.run('addCard', { stage: 'outcome', title: `c${i}`, description: text });
      } catch (e) {
        if (!(e instanceof CommandError)) throw e;
        error = e;
      }
    }
    expect(error?.code).toBe('too-large');
    expect(describeCommandError(error!, 'en')).toMatch(/^the file would become too large \(20\.\d+ MB; the limit is 20\.\d+ MB\)\.$/);
    const saved = serializeDocument(editor.document);
    expect(byteLength(saved)).toBeLessThanOrEqual(LIMITS.fileBytes);
    expect(byteLength(saved)).toBeGreaterThan(LIMITS.fileBytes - 2 * MODEL_LIMITS.text);
    reopens(editor.document);
    // Shrinking is always allowed, and the estimate carried through undo and redo still refuses.
    const last = Object.keys(editor.theory.cards).at(-1)!;
    editor.run('updateCard', { id: last, changes: { description: '' } });
    editor.undo();
    expect(refused(() => editor.run('addCard', { stage: 'outcome', description: text })).code).toBe('too-large');
    expect(fileBytes(editor.document)).toBe(byteLength(serializeDocument(editor.document)));
  });

  it('the running size estimate stays close to the real file through many kinds of change', () => {
    let doc = generateTheory(300);
    const first = Object.keys(doc.theory.cards);
    fileBytes(doc);
    const steps: [string, unknown][] = [
      ['updateCard', { id: first[0], changes: { title: 'é'.repeat(500), description: '\uFFFD' } }],
      ['addIndicator', { cardId: first[1] }],
      ['updateTheory', { changes: { authors: ['A', 'B', 'C'], title: 'Een langere titel' } }],
      ['deleteCards', { ids: first.slice(10, 40) }],
      ['addAssumption', { text: 'aanname', linkId: Object.keys(doc.theory.links).at(-1) }],
    ];
    for (const [name, args] of steps) doc = runCommand(doc, name as never, args as never).document;
    // The estimate is what refuses far from the limit; within a few bytes per change of the truth.
    const estimate = knownBytes(doc)!;
    expect(Math.abs(estimate - byteLength(serializeDocument(doc)))).toBeLessThan(64);
  });
});

describe('pasting hostile fragments (D7)', () => {
  const fragment = (card: string) => `{"kind":"werkzaam/fragment","version":1,"cards":[${card}],"links":[],"assumptions":[]}`;

  it('a number JSON cannot hold (1e400) is refused with a message, not read as 0', () => {
    const error = refused(() => clipboardTextToFragment(fragment('{"id":"c1","stage":"input","title":"x","position":{"x":1e400,"y":0}}')));
    expect(error.code).toBe('bad-number');
    expect(describeCommandError(error, 'nl')).toBe('de geplakte kaarten bevatten een getal dat te groot is om te bewaren.');
  });

  it('keyboard paste and Edit ▸ Paste (pasteText) tell a refused paste in a toast and do not throw', async () => {
    const { createUiStore } = await import('../../renderer/state/uiStore');
    const { pasteText } = await import('../../renderer/actions/clipboard');
    const editor = new Editor(emptyDocument('en'));
    const ui = createUiStore({ language: 'en' });
    const ctx = { editor, ui } as unknown as Parameters<typeof pasteText>[0];
    for (const card of [
      `{"id":"c1","stage":"input","title":"${'x'.repeat(MODEL_LIMITS.text + 1)}"}`,
      '{"id":"c1","stage":"input","title":"x","position":{"x":0,"y":1e400}}',
      '{"id":"c1","stage":"input","title":"x","position":{"x":0,"y":1e308}}',
    ]) {
      ui.set({ toast: null });
      expect(pasteText(ctx, fragment(card))).toBe(true);
      expect(ui.get().toast).toMatch(/^Not possible: /);
    }
    expect(Object.keys(editor.theory.cards)).toHaveLength(0);
  });
});
