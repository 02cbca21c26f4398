import { describe, expect, it } from 'vitest';
import { applyDiff } from '../../shared/diff';
import { runCommand } from '../../shared/commands';
import { loadDocument } from '../../shared/format/parse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WerkzaamDocument } from '../../shared/model';
import { saveVersion, theoryAt } from '../../shared/versions/store';
import { versionComparison } from '../../shared/versions/marks';
import { describeChange } from '../../shared/versions/describe';
import { changeLine, diffFiles } from '../../shared/versions/fileDiff';

const kdg = () => loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));
const meta = { label: 'voor', author: '', note: '', created: '2026-12-02T00:00:00Z' };

function changed(): { doc: WerkzaamDocument; id: string } {
  let doc = kdg();
  const saved = saveVersion(doc, meta);
  doc = applyDiff(doc, saved.diff);
  doc = runCommand(doc, 'updateCard', { id: 'c5', changes: { title: 'Jobcoaching' } }).document;
  doc = runCommand(doc, 'deleteCards', { ids: ['c2'] }).document;
  const added = runCommand(doc, 'addCard', { stage: 'impact', title: 'Minder uitval' });
  doc = added.document;
  return { doc, id: saved.id };
}

describe('a version compared with now (the canvas marks)', () => {
  it('marks changed and added cards, keeps removed cards and links as they were, lists every change', () => {
    const { doc, id } = changed();
    const c = versionComparison(doc, id);
    expect(c.cards.get('c5')).toBe('changed');
    const added = [...c.cards].filter(([, m]) => m === 'added').map(([k]) => k);
    expect(added).toHaveLength(1);
    expect(doc.theory.cards[added[0]!]!.title).toBe('Minder uitval');
    expect(c.cards.has('c6')).toBe(false);
    expect(c.removedCards.map((r) => r.id)).toEqual(['c2']);
    expect(c.removedCards[0]!.title).toBe(theoryAt(doc, id).cards.c2!.title);
    // c2's link went with it.
    expect(c.removedLinks.length).toBeGreaterThan(0);
    expect(c.removedLinks.every((l) => l.from === 'c2' || l.to === 'c2')).toBe(true);
    // The file's own bookkeeping is not a change.
    expect(c.changes.some((ch) => ch.type === 'theory' && ch.field === 'modified')).toBe(false);
    // The same question gives the same object (every card on the canvas reads it).
    expect(versionComparison(doc, id)).toBe(c);
  });

  it('a version compared with the theory it was saved from has no changes', () => {
    let doc = kdg();
    const saved = saveVersion(doc, meta);
    doc = applyDiff(doc, saved.diff);
    const c = versionComparison(doc, saved.id);
    expect(c.changes).toEqual([]);
    expect(c.cards.size + c.removedCards.length).toBe(0);
  });

  it('describes each change in the UI language, naming the card and what to select', () => {
    const { doc, id } = changed();
    const then = theoryAt(doc, id);
    const c = versionComparison(doc, id);
    const en = c.changes.map((ch) => describeChange(ch, then, doc.theory, 'en'));
    const nl = c.changes.map((ch) => describeChange(ch, then, doc.theory, 'nl'));
    const title = en.find((e) => e.change === 'updated' && e.cards[0] === 'c5')!;
    expect(title.text).toBe('"Jobcoaching": title changed');
    expect(title.detail).toBe('"Arbeidsmatige ondersteuning op de werkvloer" → "Jobcoaching"');
    expect(nl.find((e) => e.change === 'updated' && e.cards[0] === 'c5')!.text).toBe('"Jobcoaching": titel gewijzigd');
    const removed = en.find((e) => e.change === 'removed' && e.text.startsWith('Card'))!;
    expect(removed.text).toBe(`Card removed: "${then.cards.c2!.title}"`);
    // A removed card is not on the canvas to select.
    expect(removed.cards).toEqual([]);
    expect(en.some((e) => e.text === 'Card added: "Minder uitval"' && e.cards.length === 1)).toBe(true);
    expect(en.some((e) => e.text.startsWith('Link removed: ') && e.text.includes(' → '))).toBe(true);
  });
});

describe('measurements and sticky notes in a version comparison', () => {
  it('names a measurement by its date and value, its indicator and card, and selects that card; a note by its text', () => {
    let doc = runCommand(kdg(), 'addIndicator', { cardId: 'c5', indicator: { name: 'Werkattitude' } }).document;
    const indicatorId = doc.theory.cards.c5!.indicators.at(-1)!.id;
    doc = runCommand(doc, 'addMeasurement', { cardId: 'c5', indicatorId, measurement: { date: '2025-03', value: '3,1', kind: 'baseline' } }).document;
    const saved = saveVersion(doc, meta);
    doc = applyDiff(doc, saved.diff);
    const baselineId = doc.theory.cards.c5!.indicators.at(-1)!.measurements[0]!.id;
    doc = runCommand(doc, 'updateMeasurement', { cardId: 'c5', indicatorId, measurementId: baselineId, changes: { value: '3,2' } }).document;
    doc = runCommand(doc, 'addMeasurement', { cardId: 'c5', indicatorId, measurement: { date: '2025-09', value: '3,6' } }).document;
    doc = runCommand(doc, 'addNote', { text: 'Navragen bij IGEMO' }).document;
    const then = theoryAt(doc, saved.id);
    const en = versionComparison(doc, saved.id).changes.map((ch) => describeChange(ch, then, doc.theory, 'en'));
    expect(en.map((e) => e.text)).toEqual([
      'Sticky note added: "Navragen bij IGEMO"',
      '"2025-03: 3,2" ("Werkattitude", "Arbeidsmatige ondersteuning op de werkvloer"): value changed',
      'Measurement added: "2025-09: 3,6" ("Werkattitude", "Arbeidsmatige ondersteuning op de werkvloer")',
    ]);
    expect(en[1]!.detail).toBe('"3,1" → "3,2"');
    expect(en.slice(1).map((e) => e.cards)).toEqual([['c5'], ['c5']]);
  });
});

describe('werkzaam diff lines for nested records', () => {
  it('writes the chain of parents in a measurement\'s line', () => {
    const before = runCommand(kdg(), 'addIndicator', { cardId: 'c5', indicator: { name: 'Werkattitude' } }).document;
    const indicatorId = before.theory.cards.c5!.indicators.at(-1)!.id;
    const after = runCommand(before, 'addMeasurement', { cardId: 'c5', indicatorId, measurement: { date: '2025-09', value: '3,6' } }).document;
    const lines = diffFiles(before, after).map(changeLine);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^added measurement card/c5/indicator/${indicatorId}/${indicatorId}-m1: \\{.*"value":"3,6"`));
  });
});
