import type { WerkzaamDocument } from '../model';
import { documentRecord } from '../records';
import { writeRecord } from '../records/define';
import { stringifyKeepingNumbers } from './rawNumber';

/**
 * The document as file text: arrays for cards/links/assumptions, known keys in the order
 * of the record declarations (../records), then unknown keys (kept from the file) sorted,
 * 2-space indent, trailing newline. Same document → same bytes, so files diff well in
 * version control (test/format/savedBytes.test.ts pins them).
 */
export function serializeDocument(doc: WerkzaamDocument): string {
  // U+FFFD is written as an escape, as files have always had it (older versions of the
  // loader took a raw one for binary data), so saved files keep their bytes.
  // Numbers of unknown keys are written as the file had them (./rawNumber.ts).
  return `${stringifyKeepingNumbers(toFile(doc), 2).replace(/\uFFFD/g, '\\ufffd')}\n`;
}

/** The file-shaped plain object (what JSON.parse of serializeDocument gives). */
export function toFile(doc: WerkzaamDocument): Record<string, unknown> {
  return writeRecord(documentRecord, doc);
}
