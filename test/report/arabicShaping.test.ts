import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { guardShaping } from '../../shared/report/pdf/arabicShaping';

type Shape = Parameters<typeof guardShaping>[0];
const parser = (jsPDF.API as unknown as { __arabicParser__: { processArabic: Shape } }).__arabicParser__;
const api = jsPDF.API as unknown as { processArabic: Shape; events: [string, unknown][] };
const original = parser.processArabic;
const guarded = guardShaping(original);

// Latin, Arabic (letters, lam-alef for a ligature), spaces, and the "\s+" jsPDF splits on.
const piece = fc.constantFrom('Werk', 'ł', ' ', 'ل', 'ا', 'سلام', 'لا', '\\s+', 'é', '→', '', '5.1');
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const line = fc.oneof(text, fc.tuple(text, fc.integer(), fc.integer()));

describe('jsPDF’s Arabic shaping, skipped where it changes nothing', () => {
  it('is what every new document shapes with, in its text and width calls', () => {
    expect(api.processArabic).not.toBe(original);
    expect(api.events.some(([name, fn]) => name === 'preProcessText' && fn === original)).toBe(false);
    expect(api.events.some(([name]) => name === 'preProcessText')).toBe(true);
  });

  it('gives what jsPDF’s own gives, for a string and for a text call’s payload of one or many lines', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(guarded(s)).toEqual(original(s));
        expect(guarded({ text: s })).toEqual(original({ text: s }));
      }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (lines) => {
        expect(guarded({ text: structuredClone(lines) })).toEqual(original({ text: structuredClone(lines) }));
      }),
    );
  });

  it('shapes Arabic as before: the letters take their joined forms, lam-alef its ligature', () => {
    expect(guarded('سلام')).toBe(original('سلام'));
    expect(guarded('سلام')).not.toBe('سلام');
    expect(guarded('لا')).toBe('\ufefb');
  });
});
