/**
 * Text from a theory file must not drive the terminal that shows it: an ESC starts ANSI/OSC
 * sequences (colours, window titles, hyperlinks, on some terminals clipboard writes), a
 * carriage return or backspace overwrites what was printed, C1 controls (U+009B is a
 * one-character CSI) do the same, and bidi overrides (U+202E) make a line read differently
 * from what it holds. Every line the CLI prints goes through `terminalSafe`.
 *
 * Each such character becomes the six characters `\uXXXX`: visible and unambiguous in a
 * message, and inside a JSON string (`--json`) the very escape JSON uses for it, so the
 * output stays valid JSON that reads back to the original text.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
