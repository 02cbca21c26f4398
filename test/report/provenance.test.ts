import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../shared/report/build';
import type { ListBlock, TableBlock, TextMeasure } from '../../shared/report/model';
import { loadDocument } from '../../shared/format/parse';
import { applyDiff } from '../../shared/diff';
import { runCommand } from '../../shared/commands';
import { saveVersion } from '../../shared/versions/store';
import { proposeMatches } from '../../shared/compare/match';
import { mergeTheories } from '../../shared/merge/merge';
import { corpusInputs } from '../fixtures/compare/corpus';

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
const kdg = () => loadDocument(readFileSync(join(__dirname, '../fixtures/valid/kdg-aio.werkzaam'), 'utf8'));

describe('the report of issue #12', () => {
  it('"Changes since version X": every change since it, in the language of the report; nothing asked, no section', () => {
    let doc = kdg();
    doc = applyDiff(doc, saveVersion(doc, { label: 'mei', author: '', note: '', created: '2026-05-01T10:00:00Z' }).diff);
    doc = runCommand(doc, 'updateCard', { id: 'c5', changes: { title: 'Jobcoaching' } }).document;
    const model = buildReportModel(doc, { measure: plain, language: 'nl', changesSince: 'mei' });
    const section = model.sections.find((s) => s.id === 'changes')!;
    expect(section.title).toBe('Wijzigingen sinds versie "mei"');
    const list = section.blocks.find((b) => b.kind === 'list') as ListBlock;
    expect(list.items).toEqual(['"Jobcoaching": titel gewijzigd: "Arbeidsmatige ondersteuning op de werkvloer" → "Jobcoaching"']);
    expect(buildReportModel(doc, { measure: plain }).sections.some((s) => s.id === 'changes')).toBe(false);
    expect(() => buildReportModel(doc, { measure: plain, changesSince: 'juni' })).toThrow(/no version "juni"/);
  });

  it('a generic theory lists its organisations and the cards each contributed', () => {
    const inputs = corpusInputs().filter((i) => i.key !== 'kdg');
    const merged = mergeTheories(inputs, proposeMatches(inputs).groups);
    const model = buildReportModel(merged, { measure: plain, language: 'en' });
    const section = model.sections.find((s) => s.id === 'organisations')!;
    expect(model.sections[0]!.id).toBe('organisations');
    const table = section.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.rows.map((r) => r[0])).toEqual(['KRAS', 'Stroom Maatwerk', 'VINAC+']);
    for (const [i, org] of merged.theory.organisations.entries()) {
      const own = Object.values(merged.theory.cards).filter((c) => c.origins.some((o) => o.organisation === org.id));
      expect(table.rows[i]![2]).toBe(String(own.length));
      expect(Number(table.rows[i]![3])).toBeLessThanOrEqual(own.length);
    }
    const lists = section.blocks.filter((b) => b.kind === 'list') as ListBlock[];
    expect(lists).toHaveLength(3);
    // A theory that was not merged has no such section.
    expect(buildReportModel(kdg(), { measure: plain }).sections.some((s) => s.id === 'organisations')).toBe(false);
  });
});
