import { describe, expect, it } from 'vitest';
import { describeProblemIn, parseDocument } from '../../shared/format/parse';
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

describe('repeats in lists of distinct values (D9)', () => {
  const base = {
    format: 'werkzaam',
    version: 1,
    theory: {
      title: 't',
      cards: [{ id: 'c1', stage: 'input', title: 'A' }, { id: 'c2', stage: 'action', title: 'B', aio: ['arbeidsmatig', 'netwerk', 'arbeidsmatig'] }],
      links: [{ id: 'l1', from: 'c1', to: 'c2', assumptions: ['a1', 'a2', 'a1'] }],
      assumptions: [{ id: 'a1', text: 'x' }, { id: 'a2', text: 'y' }],
    },
  };

  it('a repeated AIO element and a repeated link assumption are refused where they are, not dropped without a word', () => {
    const result = parseDocument(JSON.stringify(base));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'duplicate-entry', path: 'theory.cards[1].aio[2]', message: '"arbeidsmatig" is listed twice (also at theory.cards[1].aio[0])' }),
        expect.objectContaining({ code: 'duplicate-entry', path: 'theory.links[0].assumptions[2]', message: '"a1" is listed twice (also at theory.links[0].assumptions[0])' }),
      ]),
    );
    const nl = result.problems.map(describeProblemIn('nl'));
    expect(nl.some((m) => m.includes('"arbeidsmatig" staat twee keer in de lijst (ook op theory.cards[1].aio[0])'))).toBe(true);
  });

  it('the same file without the repeats loads', () => {
    const fixed = structuredClone(base);
    fixed.theory.cards[1]!.aio = ['arbeidsmatig', 'netwerk'];
    fixed.theory.links[0]!.assumptions = ['a1', 'a2'];
    expect(parseDocument(JSON.stringify(fixed)).ok).toBe(true);
  });
});
