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

  it('is the one rule: the spreadsheet import reads with the same function', () => {
    expect(fromIndex).toBe(decodeText);
  });
});
