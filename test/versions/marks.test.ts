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
