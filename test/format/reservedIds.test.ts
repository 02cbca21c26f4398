import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/format/parse';
import { CommandError } from '../../shared/commands';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { isValidId } from '../../shared/ids';
import { buildReportModel, type TextMeasure } from '../../shared/report/index';
import { STAGE_LABELS } from '../../shared/i18n/domain';

/** Issue #10, D16: ids that a plain object already answers to are refused, and an empty stage is never a card. */
const NAMES = ['toLocaleString', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable', '__lookupSetter__'];

const file = (cardId: string, linkId = 'l1', assumptionId = 'a1') =>
  JSON.stringify({
    format: 'werkzaam',
    version: 1,
    theory: {
      title: 't',
      cards: [{ id: cardId, stage: 'input', title: 'A' }, { id: 'c2', stage: 'action', title: 'B' }],
      links: [{ id: linkId, from: cardId, to: 'c2', assumptions: [assumptionId] }],
      assumptions: [{ id: assumptionId, text: 'x' }],
    },
  });

describe('ids named after Object.prototype members (D16)', () => {
  it.each(NAMES)('"%s" is refused as a card, link or assumption id, with its path', (name) => {
    expect(isValidId(name)).toBe(false);
    for (const [text, path] of [
      [file(name), 'theory.cards[0].id'],
      [file('c1', name), 'theory.links[0].id'],
      [file('c1', 'l1', name), 'theory.assumptions[0].id'],
    ] as const) {
      const result = parseDocument(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems.find((p) => p.path === path)).toMatchObject({ code: 'bad-id', message: `"${name}" cannot be used as an id` });
    }
    const editor = new Editor(emptyDocument('en'));
    expect(() => editor.run('addCard', { id: name, stage: 'input' })).toThrow(CommandError);
  });

  it('the report’s checks table names an empty stage, even when a card has that stage’s key as its id', () => {
    const editor = new Editor(emptyDocument('nl'));
    editor.run('addCard', { id: 'action', stage: 'input', title: 'Kaart met id action' });
    const plain: TextMeasure = { width: (t, size) => t.length * size * 0.18, wrap: (t) => [t] };
    const model = buildReportModel(editor.document, { measure: plain, includeChecks: true });
    const table = model.sections.find((s) => s.id === 'checks')!.blocks.find((b) => b.kind === 'table');
    const rows = table && table.kind === 'table' ? table.rows : [];
    const emptyActions = rows.find((r) => r[1]!.includes(STAGE_LABELS.nl.action));
    expect(emptyActions?.[2]).toBe(STAGE_LABELS.nl.action);
  });
});
