import { describe, expect, it } from 'vitest';
import { buildReportModel, type Block, type DiagramModel, type TextMeasure } from '../../shared/report/index';
import { Editor } from '../../shared/editor';
import { emptyDocument, type WerkzaamDocument } from '../../shared/model';
import { generateTheory } from '../bench/generate';

/** A measure with no font at all (0.5 em per character): the model needs no PDF library. */
const plain: TextMeasure = {
  width: (text, size) => text.length * size * 0.5 * 0.3528,
  wrap(text, width, size) {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next, size, false) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    return [...lines, line];
  },
};

function small(): WerkzaamDocument {
  const e = new Editor(emptyDocument('nl'));
  e.run('updateTheory', { changes: { title: 'Groepsaanpak', organisation: 'Stichting', authors: ['Zoë'], description: 'Korte samenvatting.' } });
  e.run('addCard', { stage: 'input', title: 'Trainers', aio: ['arbeidsmatig'] });
  e.run('addCard', { stage: 'action', title: 'Groepstraining' });
  e.run('addCard', { stage: 'outcome', title: 'Meer zelfvertrouwen' });
  e.run('connect', { from: 'c1', to: 'c2', rationale: 'Trainers geven de training' });
  e.run('connect', { from: 'c1', to: 'c3' });
  e.run('addIndicator', { cardId: 'c3', indicator: { name: 'MPE-score', source: 'MPE' } });
  e.run('addAssumption', { text: 'Deelnemers blijven komen', linkId: 'l1' });
  return e.document;
}

const blocksOf = (blocks: Block[], kind: Block['kind']) => blocks.filter((b) => b.kind === kind);

describe('report model', () => {
  it('describes the report as sections of typed blocks, in the report language', () => {
    const model = buildReportModel(small(), { measure: plain, date: new Date('2026-03-01'), includeChecks: true });
    expect(model.sections.map((s) => s.id)).toEqual(['diagram', 'narrative', 'indicators', 'assumptions', 'coverage', 'checks', 'instruments']);
    expect(model.properties).toMatchObject({ title: 'Groepsaanpak', author: 'Zoë', creator: 'Werkzaam' });
    expect(model.titlePage.facts.map((f) => f.label)).toEqual(['Organisatie', 'Auteurs', 'Datum', 'Omvang']);
    const narrative = model.sections.find((s) => s.id === 'narrative')!;
    expect(blocksOf(narrative.blocks, 'heading').map((b) => b.kind === 'heading' && b.stage)).toEqual(['input', 'action', 'outcome']);
    const entry = narrative.blocks.find((b) => b.kind === 'entry' && b.ref === '1.1');
    expect(entry).toMatchObject({ title: 'Trainers', relations: [{ text: expect.stringContaining('2.1 Groepstraining: Trainers geven de training'), notes: [expect.stringContaining('Deelnemers blijven komen')] }, { notes: [] }] });
    const indicators = model.sections.find((s) => s.id === 'indicators')!;
    expect(indicators.orientation).toBe('landscape');
    const table = indicators.blocks[0]!;
    expect(table.kind === 'table' && table.headers.length).toBe(9);
    expect(table.kind === 'table' && table.columns.length).toBe(9);
    expect(table.kind === 'table' && table.rows[0]!.slice(0, 2)).toEqual(['4.1 Meer zelfvertrouwen', 'MPE-score']);
    expect(model.page).toEqual({ header: 'Groepsaanpak', footer: 'Stichting', pageNumber: 'pagina {page} van {pages}' });
    const en = buildReportModel(small(), { measure: plain, language: 'en', includeChecks: false });
    expect(en.sections.map((s) => s.title)).not.toContain('Open chain checks');
    expect(en.sections[1]!.title).toBe('Narrative per stage');
  });

  it('lays the diagram out as boxes inside their lanes that never overlap, with arrows from box edge to box edge', () => {
    const doc = generateTheory(300);
    const model = buildReportModel(doc, { measure: plain });
    const diagram = (model.sections[0]!.blocks[0] as { diagram: DiagramModel }).diagram;
    expect(diagram.pages.length).toBeGreaterThan(1);
    expect(diagram.pointerRow).toBe(true);
    expect(diagram.pages.flatMap((p) => p.boxes.map((b) => b.id)).sort()).toEqual(Object.keys(doc.theory.cards).sort());
    for (const page of diagram.pages) {
      for (const box of page.boxes) {
        const lane = diagram.lanes.find((l) => l.stage === box.stage)!;
        expect(box.x).toBeGreaterThanOrEqual(lane.x);
        expect(box.x + box.w).toBeLessThanOrEqual(lane.x + lane.w + 1e-9);
        expect(box.y + box.h).toBeLessThanOrEqual(lane.y + lane.h);
      }
      for (const [i, a] of page.boxes.entries()) {
        for (const b of page.boxes.slice(i + 1)) {
          const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect(apart, `${a.ref} and ${b.ref}`).toBe(true);
        }
      }
      const boxes = new Map(page.boxes.map((b) => [b.id, b]));
      for (const arrow of page.arrows) {
        const from = boxes.get(arrow.from)!;
        const to = boxes.get(arrow.to)!;
        expect([from.x, from.x + from.w]).toContain(arrow.start[0]);
        expect(arrow.start[1]).toBeGreaterThan(from.y);
        expect(arrow.start[1]).toBeLessThan(from.y + from.h);
        expect([to.x, to.x + to.w]).toContain(arrow.head.at[0]);
        expect(arrow.segments.at(-1)!.to).toEqual(arrow.head.at);
      }
    }
    // A link to a card on another page is a pointer on both cards instead of an arrow.
    const pointers = diagram.pages.flatMap((p) => p.boxes.flatMap((b) => b.pointers));
    expect(pointers.some((p) => p.direction === 'out')).toBe(true);
    expect(pointers.some((p) => p.direction === 'in')).toBe(true);
  });
});
