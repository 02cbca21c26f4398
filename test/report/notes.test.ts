import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../shared/report/build';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { runChecks } from '../../shared/checks';

/** A rough measure (the diagram's boxes only need some widths here). */
const measure = {
  width: (text: string, size: number) => text.length * size * 0.18,
  wrap: (text: string, width: number, size: number) => {
    const per = Math.max(1, Math.floor(width / (size * 0.18)));
    const lines: string[] = [];
    for (let i = 0; i < text.length; i += per) lines.push(text.slice(i, i + per));
    return lines.length ? lines : [''];
  },
};

/** Issue #14: sticky notes are the workshop's parking lot, kept in the file but not part of the theory. */
describe('sticky notes in the report', () => {
  const e = new Editor(emptyDocument('nl'));
  e.run('addCard', { stage: 'input', title: 'Begeleiders' });
  e.run('addCard', { stage: 'action', title: 'Coaching' });
  e.run('connect', { from: 'c1', to: 'c2', rationale: 'r' });
  const checksBefore = runChecks(e.theory);
  e.run('addNote', { text: 'Vervoer naar de training: wie betaalt?' });
  e.run('addNote', { text: '   ' });
  e.run('addNote', { text: 'Doet de gemeente mee?' });

  it('are left out of the report unless asked for', () => {
    const plain = buildReportModel(e.document, { measure });
    expect(plain.sections.map((s) => s.id)).not.toContain('notes');
    expect(JSON.stringify(plain)).not.toContain('Vervoer naar de training');
  });

  it('asked for, they are one section listing each note with text, in the report’s language', () => {
    const model = buildReportModel(e.document, { measure, includeNotes: true });
    const section = model.sections.find((s) => s.id === 'notes')!;
    expect(section.title).toBe('Parkeerplaats (plakbriefjes)');
    expect(section.blocks).toEqual([{ kind: 'list', items: ['Vervoer naar de training: wie betaalt?', 'Doet de gemeente mee?'] }]);
    expect(buildReportModel(e.document, { measure, includeNotes: true, language: 'en' }).sections.find((s) => s.id === 'notes')!.title).toBe('Parking lot (sticky notes)');
  });

  it('are not part of the chain: the checks and the diagram do not see them', () => {
    expect(runChecks(e.theory)).toEqual(checksBefore);
    const diagram = buildReportModel(e.document, { measure, includeNotes: true }).sections.find((s) => s.id === 'diagram')!;
    expect(JSON.stringify(diagram)).not.toContain('Vervoer');
  });
});
