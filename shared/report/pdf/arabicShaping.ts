import { jsPDF } from 'jspdf';

/**
 * jsPDF shapes Arabic (the contextual letter forms) in every text and width call, walking
 * each string letter by letter whatever its script: 0.18 s of a 1,000-card report in Latin.
 * Its shaping leaves a string without a letter of the ranges it shapes as it was (the
 * ranges of its own isArabicLetter; its ligatures are all of Arabic forms), except that it
 * turns a literal "\s+" into a space (it splits words on that string, not on the pattern).
 * Such a string skips it here, and comes out in the form jsPDF's would have given. jsPDF
 * has no option for this: its hook (jsPDF.API.processArabic, and the preProcessText handler
 * every new document subscribes) is swapped for a guarded one, once, before any document
 * is made (jspdf is pinned; test/report/arabicShaping.test.ts compares the two).
 */
const SHAPED = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]|\\s\+/;

type Line = string | [string, ...unknown[]];
type Payload = { text: string | Line[] };
type Shape = (input: string | Payload) => string | Payload;

const plain = (line: unknown): line is string => typeof line === 'string' && !SHAPED.test(line);

/** What jsPDF's shaping makes of lines it leaves alone: each line in an array of its own (with its position, if it had one). */
function unshaped(lines: Line[]): Line[] | null {
  const out: Line[] = [];
  for (const line of lines) {
    if (Array.isArray(line)) {
      if (!plain(line[0])) return null;
      out.push([line[0], line[1], line[2]]);
    } else {
      if (!plain(line)) return null;
      out.push([line]);
    }
  }
  return out;
}

export function guardShaping(shape: Shape): Shape {
  return (input) => {
    if (typeof input === 'string') return plain(input) ? input : shape(input);
    const { text } = input;
    if (typeof text === 'string') return plain(text) ? input : shape(input);
    const lines = Array.isArray(text) ? unshaped(text) : null;
    if (!lines) return shape(input);
    input.text = lines;
    return input;
  };
}

const api = jsPDF.API as unknown as { processArabic?: Shape; events: [string, unknown][] };
const shape = api.processArabic;
if (shape) {
  const guarded = guardShaping(shape);
  api.processArabic = guarded;
  for (const entry of api.events) if (entry[0] === 'preProcessText' && entry[1] === shape) entry[1] = guarded;
}
