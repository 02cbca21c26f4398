import type { WerkzaamDocument } from '../model';
import { documentRecord } from '../records';
import { writeRecord } from '../records/define';

/**
 * The document as file text: arrays for cards/links/assumptions, known keys in the order
 * of the record declarations (../records), then unknown keys (kept from the file) sorted,
 * 2-space indent, trailing newline. Same document → same bytes, so files diff well in
 * version control (test/format/savedBytes.test.ts pins them).
 */
export function serializeDocument(doc: WerkzaamDocument): string {
  // U+FFFD is what a mangled binary decodes to, so the loader refuses text holding it raw;
  // written as an escape, a replacement character someone typed or pasted still loads.
  return `${JSON.stringify(toFile(doc), null, 2).replace(/\uFFFD/g, '\\ufffd')}\n`;
}

/** The file-shaped plain object (what JSON.parse of serializeDocument gives). */
export function toFile(doc: WerkzaamDocument): Record<string, unknown> {
  return writeRecord(documentRecord, doc);
}
