import { collectionSize, type RecordDiff } from './diff';
import type { WerkzaamDocument } from './model';
import { RECORDS, validateRecord, type DeclaredType, type RecordIssue } from './records';
import { writeRecord, type AnyDecl } from './records/define';
import { MODEL_LIMITS } from './records/limits';
import { LIMITS, formatSizeAndLimit } from './format/limits';
import { serializeDocument } from './format/serialize';

/**
 * The editor's side of the reader's limits (issue #10, D1): a change the reader would
 * refuse on reopening is refused before it gets into the document. The rules are the record
 * declarations' own schemas (validateRecord), their collection maxima (cards, links,
 * assumptions) and the reader's file size, so the two cannot drift apart.
 *
 * A change that shrinks a document already over a limit is let through: deleting must
 * always be possible, whatever the document came from.
 */
export interface LimitViolation {
  /** A CommandError code (shared/i18n/commandErrors.ts). */
  code: string;
  params: Record<string, string | number>;
  /** In English, for logs and the CLI. */
  message: string;
}

/** Room left for what a save adds (the created/modified timestamps), so a document at the limit still saves within it. */
const SAVE_SLACK = 64;
/** Below the limit by more than this, the running estimate of the file size is trusted; nearer, the file is measured. */
const MARGIN = 1024 * 1024;

export function checkChange(before: WerkzaamDocument, after: WerkzaamDocument, diff: RecordDiff): LimitViolation | null {
  return recordViolation(diff) ?? countViolation(before, after, diff) ?? sizeViolation(before, after, diff);
}

const COLLECTION_TYPES = ['card', 'link', 'assumption'] as const;

function recordViolation(diff: RecordDiff): LimitViolation | null {
  for (const type of COLLECTION_TYPES) {
    for (const record of Object.values(diff.added[type] ?? {})) {
      const issue = validateRecord(type, record)[0];
      if (issue) return describeIssue(type, issue);
    }
    for (const [before, after] of Object.values(diff.updated[type] ?? {})) {
      // A move changes position and stage only, both checked by the command: a drag of a
      // thousand cards need not validate a thousand records per frame.
      if (onlyMoved(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>)) continue;
      const issue = validateRecord(type, after)[0];
      if (issue) return describeIssue(type, issue);
    }
  }
  const theory = diff.updated.theory?.theory;
  if (theory) {
    const issue = validateRecord('theory', theory[1])[0];
    if (issue) return describeIssue('theory', issue);
  }
  return null;
}

function onlyMoved(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  for (const key of Object.keys(after)) {
    if (before[key] !== after[key] && key !== 'position' && key !== 'stage') return false;
  }
  return true;
}

function describeIssue(type: DeclaredType, issue: RecordIssue): LimitViolation {
  const [first] = issue.path;
  const tooMany = (code: string, limit: number, what: string): LimitViolation => ({
    code,
    params: { limit },
    message: `${what} may hold at most ${limit.toLocaleString('en')}.`,
  });
  if (issue.code === 'too_big') {
    if (type === 'theory' && first === 'authors') return tooMany('too-many-authors', MODEL_LIMITS.authors, 'A theory’s list of authors');
    if (type === 'card' && first === 'indicators' && issue.path.length === 1) return tooMany('too-many-indicators', MODEL_LIMITS.indicatorsPerCard, 'A card’s indicators');
    if (type === 'link' && first === 'assumptions') return tooMany('too-many-link-assumptions', MODEL_LIMITS.assumptionsPerLink, 'A link’s assumptions');
  }
  if (first === 'position') return { code: 'bad-position', params: {}, message: 'That place is off the canvas.' };
  const where = issue.path.join('.');
  return { code: 'invalid', params: { where, detail: issue.message }, message: `${type} ${where}: ${issue.message}` };
}

const COUNTED = { card: 'cards', link: 'links', assumption: 'assumptions' } as const;

function countViolation(before: WerkzaamDocument, after: WerkzaamDocument, diff: RecordDiff): LimitViolation | null {
  for (const type of COLLECTION_TYPES) {
    if (!diff.added[type]) continue;
    const key = COUNTED[type];
    const limit = (RECORDS.theory.fields[key] as { max: number }).max;
    // Counted once per document, then carried along by each diff (collectionSize).
    const count = collectionSize(after.theory[key]);
    if (count > limit && count > collectionSize(before.theory[key])) {
      return {
        code: `too-many-${key}`,
        params: { limit, count },
        message: `A theory holds at most ${limit.toLocaleString('en')} ${key}; this change would make ${count.toLocaleString('en')}.`,
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// File size. Measuring the whole file after every keystroke would cost a serialisation of
// the theory per change; instead each document carries an estimate, moved along by the
// bytes of the records a diff changes (each as the file indents it). Near the limit the
// file is measured exactly.

const sizes = new WeakMap<WerkzaamDocument, { bytes: number; exact: boolean }>();

/** Bytes of a text as UTF-8. */
export function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** The bytes of the file `serializeDocument` writes for this document. */
export function fileBytes(doc: WerkzaamDocument): number {
  const known = sizes.get(doc);
  if (known?.exact) return known.bytes;
  const bytes = byteLength(serializeDocument(doc));
  sizes.set(doc, { bytes, exact: true });
  return bytes;
}

/** The size this module holds for a document (estimated or measured), if any: for tests. */
export function knownBytes(doc: WerkzaamDocument): number | undefined {
  return sizes.get(doc)?.bytes;
}

/** The bytes one record takes in the file, at the indentation the file gives it (two spaces per level). */
function recordBytes(decl: AnyDecl, record: unknown, indent: number): number {
  const text = JSON.stringify(writeRecord(decl, record as never), null, 2);
  let lines = 1;
  let fffd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c === 0xfffd) fffd++;
  }
  // Each line is indented; a record in a list is followed by ",\n"; U+FFFD is written as an escape.
  return byteLength(text) + lines * indent + 2 + fffd * 3;
}

function estimate(before: WerkzaamDocument, diff: RecordDiff): number {
  let bytes = sizes.get(before)?.bytes ?? fileBytes(before);
  for (const type of COLLECTION_TYPES) {
    const decl = RECORDS[type] as AnyDecl;
    for (const r of Object.values(diff.added[type] ?? {})) bytes += recordBytes(decl, r, 6);
    for (const r of Object.values(diff.removed[type] ?? {})) bytes -= recordBytes(decl, r, 6);
    for (const [b, a] of Object.values(diff.updated[type] ?? {})) bytes += recordBytes(decl, a, 6) - recordBytes(decl, b, 6);
  }
  const theory = diff.updated.theory?.theory;
  if (theory) bytes += recordBytes(RECORDS.theory, theory[1], 2) - recordBytes(RECORDS.theory, theory[0], 2);
  // The file root without the theory (saved versions, unknown root keys).
  const root = diff.updated.document?.document;
  // In memory form: close to the file's (the exact measurement near the limit settles it).
  if (root) bytes += byteLength(JSON.stringify(root[1], null, 2)) - byteLength(JSON.stringify(root[0], null, 2));
  return bytes;
}

/** `next` is `previous` with `diff` applied (undo, redo, an applied diff): carry the size estimate along. */
export function advanceSize(previous: WerkzaamDocument, next: WerkzaamDocument, diff: RecordDiff): void {
  if (previous === next || sizes.has(next) || !sizes.has(previous)) return;
  sizes.set(next, { bytes: estimate(previous, diff), exact: false });
}

function sizeViolation(before: WerkzaamDocument, after: WerkzaamDocument, diff: RecordDiff): LimitViolation | null {
  const guess = estimate(before, diff);
  const limit = LIMITS.fileBytes - SAVE_SLACK;
  if (guess < limit - MARGIN) {
    sizes.set(after, { bytes: guess, exact: false });
    return null;
  }
  const bytes = fileBytes(after);
  if (bytes <= limit || bytes <= fileBytes(before)) return null;
  const shown = formatSizeAndLimit(bytes, LIMITS.fileBytes);
  return {
    code: 'too-large',
    params: shown,
    message: `This change would make the file too large (${shown.size}; the limit is ${shown.limit}).`,
  };
}
