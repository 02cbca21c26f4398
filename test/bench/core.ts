/**
 * `npm run bench:core`: how fast the domain core is on large theories. Prints a table of
 * median and p95 times per operation; it asserts nothing (speed is measured, not tested).
 */
import { performance } from 'node:perf_hooks';
import { Editor } from '../../shared/editor';
import { runChecks } from '../../shared/checks';
import { parseDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { generateTheory } from './generate';
import { runCommand } from '../../shared/commands';
import { clipboardTextToFragment, fragmentOf, fragmentToClipboardText } from '../../shared/clipboard';

interface Row {
  operation: string;
  cards: number;
  runs: number;
  medianMs: string;
  p95Ms: string;
}

function measure(operation: string, cards: number, runs: number, fn: () => void): Row {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { operation, cards, runs, medianMs: at(0.5).toFixed(3), p95Ms: at(0.95).toFixed(3) };
}

const rows: Row[] = [];
for (const size of [100, 1000, 5000]) {
  const doc = generateTheory(size);
  const text = serializeDocument(doc);
  const runs = size >= 5000 ? 10 : 30;
  rows.push(measure('serialize', size, runs, () => serializeDocument(doc)));
  rows.push(measure('parse + validate', size, runs, () => {
    const result = parseDocument(text);
    if (!result.ok) throw new Error(result.problems[0]?.message);
  }));
  rows.push(measure('chain checks', size, runs, () => runChecks(doc.theory)));

  const editor = new Editor(doc);
  const first = Object.keys(doc.theory.cards)[0]!;
  rows.push(measure('command: rename card', size, runs * 5, () => {
    editor.run('updateCard', { id: first, changes: { title: `t${Math.random()}` } });
  }));
  rows.push(measure('command: move card + undo', size, runs * 5, () => {
    editor.run('moveCards', { moves: [{ id: first, position: { x: 40, y: Math.random() * 1000 } }] });
    editor.undo();
  }));
  rows.push(measure('command: delete card (and links) + undo', size, runs, () => {
    editor.run('deleteCards', { ids: [first] });
    editor.undo();
  }));
  rows.push(measure('command: add card + undo', size, runs * 5, () => {
    editor.run('addCard', { stage: 'outcome', title: 'Nieuw' });
    editor.undo();
  }));
}

// Issue #10 D2 and D8: loading cards without positions, and paste/duplicate of many cards,
// must be linear. Run once each (the sizes are large); `--no-large` skips them.
if (!process.argv.includes('--no-large')) {
  for (const size of [5000, 10000, 20000]) {
    const doc = generateTheory(size);
    const file = JSON.parse(serializeDocument(doc)) as { theory: { cards: Record<string, unknown>[] } };
    for (const card of file.theory.cards) delete card.position;
    const text = JSON.stringify(file, null, 2);
    rows.push(measure('parse, no positions (D2)', size, 2, () => {
      const result = parseDocument(text);
      if (!result.ok) throw new Error(result.problems[0]?.message);
    }));
  }
  const target = generateTheory(1000, 2);
  for (const size of [3000, 5000, 10000, 19000]) {
    const source = generateTheory(size, 3);
    const fragment = clipboardTextToFragment(fragmentToClipboardText(source.theory, Object.keys(source.theory.cards)))!;
    rows.push(measure('paste into 1,000 cards (D8)', size, 2, () => {
      runCommand(target, 'pasteFragment', { fragment });
    }));
  }
  for (const size of [5000, 10000]) {
    const doc = generateTheory(size, 4);
    const all = Object.keys(doc.theory.cards);
    rows.push(measure('duplicate all cards (D8)', size, 2, () => {
      runCommand(doc, 'pasteFragment', { fragment: fragmentOf(doc.theory, all) });
    }));
  }
}

console.table(rows);
