import { describe, expect, it } from 'vitest';
import { decodeText } from '../../shared/import/decodeText';
import { decodeText as fromIndex } from '../../shared/import/index';

describe('decodeText: a CSV as Excel writes it', () => {
  it('reads UTF-8 with or without a BOM, else Windows-1252 (older Dutch Excel)', () => {
    const utf8 = new TextEncoder().encode('indicator;waarde\nZelfvertrouwen – café;3,1\n');
    expect(decodeText(utf8)).toBe('indicator;waarde\nZelfvertrouwen – café;3,1\n');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('indicator;waarde\nZelfvertrouwen – café;3,1\n');
    // "café 3,1" in Windows-1252: é is 0xE9, not valid UTF-8.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x33, 0x2c, 0x31]))).toBe('café 3,1');
  });

  it('reads the Windows-1252 bytes 0x80–0x9F as their characters in Node too (an en dash, quotes, the euro sign)', () => {
    // "Zelfvertrouwen – “hoog” €5": 0x96 en dash, 0x93/0x94 quotes, 0x80 euro; 0xE9 keeps it from being UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode('Zelfvertrouwen '), 0x96, 0x20, 0x93, 0x68, 0x6f, 0x6f, 0x67, 0x94, 0x20, 0x80, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes)).toBe('Zelfvertrouwen – “hoog” €5 café');
    // The five bytes Windows-1252 leaves unassigned stay what the Encoding standard makes of them.
    expect(decodeText(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xe9]))).toBe('\u0081\u008d\u008f\u0090\u009dé');
  });

  it('is the one rule: the spreadsheet import reads with the same function', () => {
    expect(fromIndex).toBe(decodeText);
  });
});
