import { parseDocument, type FormatProblem } from '../../shared/format/parse';

/** The problems the reader finds in a file it must refuse (fails the test if it accepts it). */
export function problemsOf(text: string): FormatProblem[] {
  const result = parseDocument(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}
