import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../shared/format/parse';
import { serializeDocument } from '../../shared/format/serialize';
import { Editor } from '../../shared/editor';
import { fragmentOf } from '../../shared/clipboard';
import { isCanonicalNumber } from '../../shared/format/rawNumber';

/**
 * Issue #10, D9: numbers in keys this version does not know are written back as the file
 * had them: JSON.parse would turn 12345678901234567890 into …567000 and -1e-400 into 0.
 */
const NUMBERS = ['12345678901234567890', '-1e-400', '1.0', '1E2', '0.10', '-0', '9007199254740993', '1e-7', '3.141592653589793238'];

const file = (value: string) => `{
  "format": "werkzaam",
  "version": 1,
  "theory": {
    "title": "Getallen",
    "cards": [
      {
        "id": "c1",
        "stage": "input",
        "title": "Kaart",
        "position": { "x": 30.0, "y": 112, "zIndex": ${value} },
        "meting": { "waarde": ${value}, "reeks": [1, ${value}, { "diep": ${value} }] }
      }
    ],
    "budget": ${value}
  },
  "tool": { "build": ${value} }
}`;

describe('numbers in unknown keys keep their text (D9)', () => {
  it.each(NUMBERS)('%s is written back as it was, wherever it is in unknown keys', (value) => {
    const saved = serializeDocument(loadDocument(file(value)));
    expect(saved).toContain(`"zIndex": ${value}`);
    expect(saved).toContain(`"waarde": ${value}`);
    expect(saved).toMatch(new RegExp(`"reeks": \\[\\s*1,\\s*${value.replace(/[.+-]/g, '\\$&')},\\s*\\{\\s*"diep": ${value.replace(/[.+-]/g, '\\$&')}`));
    expect(saved).toContain(`"budget": ${value}`);
    expect(saved).toContain(`"build": ${value}`);
    // Saved again: the same bytes.
    expect(serializeDocument(loadDocument(saved))).toBe(saved);
  });

  it('a known field is the number it is (x 30.0 is saved as 30)', () => {
    const saved = serializeDocument(loadDocument(file('12345678901234567890')));
    expect(saved).toContain('"x": 30,');
  });

  it('the text survives editing, undo and duplicating the card', () => {
    const editor = new Editor(loadDocument(file('12345678901234567890')));
    editor.run('updateCard', { id: 'c1', changes: { title: 'Andere titel' } });
    editor.run('moveCards', { moves: [{ id: 'c1', position: { x: 30, y: 400 } }] });
    editor.undo();
    const { created } = editor.run('pasteFragment', { fragment: fragmentOf(editor.theory, ['c1']) });
    const saved = serializeDocument(editor.document);
    expect(saved.match(/"waarde": 12345678901234567890/g)).toHaveLength(2);
    expect(created).toHaveLength(1);
  });

  it('tells canonical numbers apart cheaply and exactly', () => {
    for (const n of ['0', '7', '-12', '123456789012345', '1.5', '1e+21', '-0.5', '1e-7']) expect(isCanonicalNumber(n)).toBe(true);
    for (const n of NUMBERS.filter((n) => n !== '1e-7')) expect(isCanonicalNumber(n)).toBe(false);
  });
});
