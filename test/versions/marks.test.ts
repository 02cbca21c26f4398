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

describe('two saved versions compared, and links', () => {
  it('compares two saved versions whatever the theory is now, links marked changed, removed links with their ghost ends', async () => {
    const { ghostLinkEnds } = await import('../../shared/versions/marks');
    let doc = kdg();
    const v1 = saveVersion(doc, meta);
    doc = applyDiff(doc, v1.diff);
    doc = runCommand(doc, 'deleteLinks', { ids: ['l1'] }).document;
    doc = runCommand(doc, 'updateLink', { id: 'l2', changes: { rationale: 'Jobcoaches ondersteunen.' } }).document;
    const v2 = saveVersion(doc, { ...meta, label: 'na' });
    doc = applyDiff(doc, v2.diff);
    const later = runCommand(doc, 'deleteCards', { ids: ['c6'] }).document;
    const c = versionComparison(later, v1.id, v2.id);
    expect(c.to).toBe(v2.id);
    expect(c.links.get('l2')).toBe('changed');
    expect(c.removedLinks.map((l) => l.id)).toEqual(['l1']);
    // c6 went after V2: not a change between the two.
    expect(c.removedCards).toEqual([]);
    expect(versionComparison(doc, v1.id, v2.id).changes).toEqual(c.changes);
    // With now, c6 and its links are gone too.
    expect(versionComparison(later, v1.id).removedCards.map((x) => x.id)).toEqual(['c6']);
    // The ghost runs from the right edge of c1 to the left edge of c5, at mid height.
    const then = theoryAt(later, v1.id);
    const ends = ghostLinkEnds(c.removedLinks[0]!, then, theoryAt(later, v2.id))!;
    expect(ends.from.x).toBe(then.cards.c1!.position.x + 240);
    expect(ends.to).toEqual({ x: then.cards.c5!.position.x, y: then.cards.c5!.position.y + 48 });
  });

  it('a link change selects the link alone and shows both its cards; a removed card or link points at its ghost', () => {
    let doc = kdg();
    const v1 = saveVersion(doc, meta);
    doc = applyDiff(doc, v1.diff);
    doc = runCommand(doc, 'updateLink', { id: 'l2', changes: { rationale: 'Anders.' } }).document;
    doc = runCommand(doc, 'deleteLinks', { ids: ['l1'] }).document;
    doc = runCommand(doc, 'deleteCards', { ids: ['c2'] }).document;
    const then = theoryAt(doc, v1.id);
    const described = versionComparison(doc, v1.id).changes.map((ch) => describeChange(ch, then, doc.theory, 'en'));
    const link = described.find((d) => d.change === 'updated' && d.links[0] === 'l2')!;
    expect(link.cards).toEqual([]);
    expect(link.view).toEqual([then.links.l2!.from, then.links.l2!.to]);
    const removedLink = described.find((d) => d.change === 'removed' && d.ghost?.id === 'l1')!;
    expect(removedLink.ghost).toEqual({ type: 'link', id: 'l1' });
    expect(removedLink.view).toEqual(['c1', 'c5']);
    const removedCard = described.find((d) => d.change === 'removed' && d.ghost?.type === 'card')!;
    expect(removedCard.ghost).toEqual({ type: 'card', id: 'c2' });
    expect(removedCard.cards).toEqual([]);
  });
});

describe('an assumption in the change list', () => {
  it('selects the links that rest on it and shows their cards', () => {
    let doc = kdg();
    const v1 = saveVersion(doc, meta);
    doc = applyDiff(doc, v1.diff);
    const link = Object.values(doc.theory.links).find((l) => l.assumptions.length > 0)!;
    const id = link.assumptions[0]!;
    doc = runCommand(doc, 'updateAssumption', { id, changes: { text: 'Anders verwoord' } }).document;
    const then = theoryAt(doc, v1.id);
    const [entry] = versionComparison(doc, v1.id).changes.map((ch) => describeChange(ch, then, doc.theory, 'en'));
    const resting = Object.values(doc.theory.links).filter((l) => l.assumptions.includes(id));
    expect(entry!.links).toEqual(resting.map((l) => l.id));
    expect(entry!.links).toContain(link.id);
    expect(entry!.view).toEqual(resting.flatMap((l) => [l.from, l.to]));
  });
});
