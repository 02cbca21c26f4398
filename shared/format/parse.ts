import { parse as locateParse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { CURRENT_VERSION, FORMAT_NAME, type Theory, type WerkzaamDocument } from '../model';
import { assumptionRecord, cardRecord, documentRecord, linkRecord } from '../records';
import { readRecord, type AnyDecl, type AnyField } from '../records/define';
import { JsonNumber } from './rawNumber';
import { isValidId } from '../ids';
import { laneSlots } from '../layout';
import { ENUM_FIELDS, fileSchemaV1, type FileV1 } from './schema';
import { LIMITS, formatSizeAndLimit } from './limits';
import { migrate, oldestReadableVersion, MIGRATIONS, type Migration } from './migrations';
import { FormatError, formatPath, lineColumn, makeProblem, type FormatProblem } from './problems';
import type { MessageParams } from '../i18n/errors';
import { scanStructure } from './scan';
import { checkValues } from './values';
import { checkVersionsAndOrigins } from '../versions/check';

export { FormatError, describeProblem, describeProblemIn, type FormatProblem } from './problems';

export type ParseResult =
  | { ok: true; document: WerkzaamDocument; warnings: FormatProblem[] }
  | { ok: false; problems: FormatProblem[] };

export interface ParseOptions {
  /** Migration registry; tests pass their own. */
  migrations?: readonly Migration[];
  /** Where the text came from (a file name), named in a FormatError's message. */
  source?: string;
}

/** A bare string is the source: `parseDocument(text, 'theorie.werkzaam')`. */
const optionsOf = (options: string | ParseOptions | undefined): ParseOptions =>
  typeof options === 'string' ? { source: options } : (options ?? {});

/** Report at most this many schema problems; a broken file should not flood the screen. */
const MAX_PROBLEMS = 50;

const fail = (problems: FormatProblem[]): ParseResult => ({ ok: false, problems });
const problem = makeProblem;

/** The first MAX_PROBLEMS problems, and a last line that says how many more there are. */
const capped = (problems: FormatProblem[]): FormatProblem[] =>
  problems.length <= MAX_PROBLEMS
    ? problems
    : [...problems.slice(0, MAX_PROBLEMS), problem('more-problems', '', 'moreProblems', { count: problems.length - MAX_PROBLEMS, shown: MAX_PROBLEMS })];

/**
 * Read a Werkzaam file's text: never throws, never pollutes prototypes, never drops
 * data silently. Steps: size → text → structure scan (nesting depth before JSON.parse so
 * 100k-deep input is cheap; duplicate keys) → JSON → format/version → every value
 * (forbidden keys, text length, numbers) → migrate →
 * schema → references → the in-memory document with defaults.
 */
export function parseDocument(input: string, options?: string | ParseOptions): ParseResult {
  try {
    return parseUnguarded(input, optionsOf(options));
  } catch (error) {
    // Nothing above should throw; if a migration or a library does, the caller still
    // gets a problem to show, not an exception.
    const detail = error instanceof Error ? error.message : String(error);
    return fail([problem('internal', '', 'internal', { detail })]);
  }
}

function parseUnguarded(input: string, options: ParseOptions): ParseResult {
  const bytes = utf8Length(input);
  if (bytes > LIMITS.fileBytes) {
    return fail([problem('too-large', '', 'tooLarge', formatSizeAndLimit(bytes, LIMITS.fileBytes))]);
  }
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const binaryAt = findBinary(text);
  if (binaryAt >= 0) {
    return fail([problem('not-text', '', 'notText', {}, lineColumn(text, binaryAt))]);
  }
  if (text.trim() === '') return fail([problem('empty', '', 'empty')]);

  const scan = scanStructure(text, LIMITS.depth, LIMITS.values);
  if (scan.tooDeepAt >= 0) {
    return fail([problem('too-deep', '', 'tooDeep', { limit: LIMITS.depth }, lineColumn(text, scan.tooDeepAt))]);
  }
  if (scan.tooManyAt >= 0) {
    const limit = LIMITS.values.toLocaleString('en');
    return fail([problem('too-many-values', '', 'tooManyValues', { limit }, lineColumn(text, scan.tooManyAt))]);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail([jsonSyntaxProblem(text)]);
  }
  if (scan.duplicate) {
    const { key, path, offset } = scan.duplicate;
    return fail([
      problem('duplicate-key', formatPath(path), 'duplicateKey', { key }, lineColumn(text, offset)),
    ]);
  }
  text = '';

  if (!isPlainObject(raw)) return fail([problem('not-object', '', 'notObject')]);
  if (raw.format !== FORMAT_NAME) {
    return fail([
      raw.format === undefined
        ? problem('wrong-format', 'format', 'noFormat')
        : problem('wrong-format', 'format', 'wrongFormat', describeValue(raw.format)),
    ]);
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail([problem('bad-version', 'version', 'badVersion', describeValue(version))]);
  }
  const registry = options.migrations ?? MIGRATIONS;
  if (version > CURRENT_VERSION) {
    return fail([
      problem('newer-version', 'version', 'newerVersion', { version, current: CURRENT_VERSION }),
    ]);
  }
  const oldest = oldestReadableVersion(registry);
  if (version < oldest) {
    // "known: 1 to 1" says nothing: while there is one version, name it.
    return fail([
      oldest === CURRENT_VERSION
        ? problem('unknown-version', 'version', 'unknownVersionOnly', { version, current: CURRENT_VERSION })
        : problem('unknown-version', 'version', 'unknownVersion', { version, oldest, current: CURRENT_VERSION }),
    ]);
  }
  // After format and version: a file from another program or a newer Werkzaam is named
  // as such, not by whatever in it breaks this version's rules.
  const valueProblems = checkValues(raw, LIMITS.stringLength, MAX_PROBLEMS);
  if (valueProblems.length > 0) return fail(valueProblems.map((p) => (p.code === 'forbidden-key' ? locateKey(input, p) : p)));
  keepNumberTexts(raw, scan.numbers);
  const migrated = migrate(raw, registry);
  if (!migrated.ok) return fail(migrated.problems);

  const checked = fileSchemaV1.safeParse(migrated.file);
  if (!checked.success) {
    return fail(capped(checked.error.issues.map((issue) => schemaProblem(issue, migrated.file))));
  }
  const file = checked.data as unknown as FileV1;
  const referenceProblems = checkReferences(file);
  if (referenceProblems.length > 0) return fail(capped(referenceProblems));

  const warnings: FormatProblem[] = migrated.applied.map((name) =>
    problem('migrated', 'version', 'migrated', { name }),
  );
  const document = toDocument(file);
  // Versions and provenance are checked on the records as read: each version is rebuilt from the ones before.
  const laterProblems = checkVersionsAndOrigins(document);
  if (laterProblems.length > 0) return fail(capped(laterProblems));
  return { ok: true, document, warnings };
}

/**
 * Numbers in unknown keys that JSON.parse changed (12345678901234567890, -1e-400) are put
 * back as written (JsonNumber), so they are saved unchanged (D9). Known fields (a position)
 * keep the number: it is data Werkzaam reads, and writes as JSON writes numbers.
 */
function keepNumberTexts(raw: Record<string, unknown>, numbers: readonly { path: (string | number)[]; text: string }[]): void {
  for (const { path, text } of numbers) {
    if (path.length === 0 || !inUnknownKey(path)) continue;
    let holder: unknown = raw;
    for (const key of path.slice(0, -1)) holder = isPlainObject(holder) || Array.isArray(holder) ? (holder as Record<string | number, unknown>)[key] : undefined;
    const last = path.at(-1)!;
    if ((isPlainObject(holder) || Array.isArray(holder)) && Object.prototype.hasOwnProperty.call(holder, last) && typeof (holder as Record<string | number, unknown>)[last] === 'number') {
      (holder as Record<string | number, unknown>)[last] = new JsonNumber(text);
    }
  }
}

/** Whether a path of the file leads through a key the record declarations do not know. */
function inUnknownKey(path: readonly (string | number)[]): boolean {
  let decl: AnyDecl | null = documentRecord;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (decl === null) return false;
    if (typeof key !== 'string' || !decl.keys.includes(key)) return typeof key === 'string';
    const f = decl.fields[key] as AnyField;
    if (f.kind === 'struct') decl = f.decl;
    else if (f.kind === 'nested' || f.kind === 'collection') {
      decl = f.decl;
      i++; // the index into the list
    } else return false;
  }
  return false;
}

/** Like parseDocument, but throws FormatError; convenient where a failure ends the operation. */
export function loadDocument(text: string, options?: string | ParseOptions): WerkzaamDocument {
  const result = parseDocument(text, options);
  if (!result.ok) throw new FormatError(result.problems, optionsOf(options).source);
  return result.document;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bytes the text takes as UTF-8 (what the size limit means on disk). */
function utf8Length(text: string): number {
  // Each UTF-16 unit is 1 to 3 bytes: a short text needs no count.
  if (text.length * 3 <= LIMITS.fileBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (4 bytes) counts 2 for each of its two units.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/**
 * NUL means a binary file. A U+FFFD replacement character does not: bytes are decoded
 * strictly (./decode.ts), so invalid UTF-8 never becomes one, and one in the text is a
 * character someone typed or pasted (D12).
 */
function findBinary(text: string): number {
  return text.indexOf('\u0000');
}

/**
 * A refused key gets its line and column: at the top level its path is empty, so without
 * them the message would say nowhere where the key is. The key is found as the parser sees
 * it (escapes decoded, so "\u005f_proto__" is found too), under the path of the problem.
 */
function locateKey(input: string, problem: FormatProblem): FormatProblem {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const key = problem.params?.key;
  let at: { line: number; column: number } | undefined;
  visit(text, {
    onObjectProperty(property, offset, _length, _line, _column, pathSupplier) {
      if (at || property !== key) return;
      if (formatPath(pathSupplier()) === problem.path) at = lineColumn(text, offset);
    },
  });
  return at ? { ...problem, ...at } : problem;
}

function jsonSyntaxProblem(text: string): FormatProblem {
  const errors: ParseError[] = [];
  locateParse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return problem('bad-json', '', 'badJsonUnknown');
  const at = lineColumn(text, first.offset);
  const end = text.trimEnd().length;
  // Only the first error says what is wrong; the parser's follow-on errors often reach the
  // end of any broken file. Text after the value ("end of file expected") is not truncation.
  const firstCode = printParseErrorCode(first.error);
  const truncated =
    firstCode !== 'EndOfFileExpected' && (first.offset >= end || firstCode === 'UnexpectedEndOfString' || firstCode === 'UnexpectedEndOfComment');
  if (truncated) return problem('bad-json', '', 'truncated', {}, at);
  return problem('bad-json', '', 'badJson', { detail: humanParseError(firstCode), jsonError: firstCode }, at);
}

function humanParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

/** A value as found in a file, as message parameters (put into words by the error bundle). */
function describeValue(value: unknown): MessageParams {
  if (value === null) return { gotKind: 'null' };
  if (Array.isArray(value)) return { gotKind: 'list' };
  switch (typeof value) {
    case 'string':
      return value.length > 60 ? { gotKind: 'long-text', got: value.length } : { gotKind: 'text', got: JSON.stringify(value) };
    case 'number':
      return { gotKind: 'number', got: value };
    case 'boolean':
      return { gotKind: 'boolean', got: String(value) };
    case 'object':
      return { gotKind: 'object' };
    default:
      return { gotKind: 'nothing' };
  }
}

function schemaProblem(issue: z.core.$ZodIssue, root: unknown): FormatProblem {
  const path = formatPath(issue.path);
  const { found, value } = valueAt(root, issue.path);
  const last = [...issue.path].reverse().find((k) => typeof k === 'string') as string | undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (!found) return problem('missing', path, 'missing');
      return problem('wrong-type', path, 'wrongType', { expectedType: issue.expected, ...describeValue(value) });
    case 'invalid_value': {
      if (!found) return problem('missing', path, 'missing');
      const expected = issue.values.map((v) => String(v)).join(', ');
      return problem('bad-value', path, 'badValue', { field: last && ENUM_FIELDS.has(last) ? last : 'other', expected, ...describeValue(value) });
    }
    case 'invalid_format':
      return problem('bad-id', path, 'badId', describeValue(value));
    case 'too_small':
      return problem('out-of-range', path, 'outOfRange', { ...describeValue(value), limit: Math.abs(Number(issue.minimum)).toLocaleString('en') });
    case 'too_big':
      if (issue.origin === 'number') return problem('out-of-range', path, 'outOfRange', { ...describeValue(value), limit: Number(issue.maximum).toLocaleString('en') });
      return issue.origin === 'string'
        ? problem('too-long', path, 'tooLongText', { length: (value as string).length, limit: Number(issue.maximum) })
        : problem('too-many', path, 'tooMany', { limit: Number(issue.maximum) });
    case 'custom':
      if (issue.params?.duplicate !== undefined) {
        const listPath = formatPath(issue.path.slice(0, -1));
        return problem('duplicate-entry', path, 'duplicateEntry', { value: String(issue.params.duplicate), other: `${listPath}[${Number(issue.params.other)}]` });
      }
      return problem('invalid', path, 'invalid', { detail: issue.message });
    default:
      return problem('invalid', path, 'invalid', { detail: issue.message });
  }
}

function checkReferences(file: FileV1): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const theory = file.theory;
  const cards = theory.cards ?? [];
  const links = theory.links ?? [];
  const assumptions = theory.assumptions ?? [];

  const seen = (key: 'duplicateCardId' | 'duplicateLinkId' | 'duplicateAssumptionId', items: { id: string }[], base: string) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      if (!isValidId(item.id)) {
        problems.push(problem('bad-id', `${base}[${i}].id`, 'reservedId', { id: item.id }));
        return;
      }
      const earlier = first.get(item.id);
      if (earlier !== undefined) {
        problems.push(problem('duplicate-id', `${base}[${i}].id`, key, { id: item.id, other: `${base}[${earlier}]` }));
      } else first.set(item.id, i);
    });
    return first;
  };
  const cardIds = seen('duplicateCardId', cards, 'theory.cards');
  seen('duplicateLinkId', links, 'theory.links');
  const assumptionIds = seen('duplicateAssumptionId', assumptions, 'theory.assumptions');

  cards.forEach((card, c) => {
    const ids = new Map<string, number>();
    (card.indicators ?? []).forEach((indicator, i) => {
      if (indicator.id === undefined) return;
      const earlier = ids.get(indicator.id);
      if (earlier !== undefined) {
        problems.push(
          problem('duplicate-id', `theory.cards[${c}].indicators[${i}].id`, 'duplicateIndicatorId', { id: indicator.id, other: `indicators[${earlier}]` }),
        );
      } else ids.set(indicator.id, i);
    });
  });

  const pairs = new Map<string, number>();
  links.forEach((link, i) => {
    const base = `theory.links[${i}]`;
    if (!cardIds.has(link.from)) problems.push(problem('dangling-link', `${base}.from`, 'danglingCard', { id: link.from }));
    if (!cardIds.has(link.to)) problems.push(problem('dangling-link', `${base}.to`, 'danglingCard', { id: link.to }));
    if (link.from === link.to) problems.push(problem('self-link', base, 'selfLink', { id: link.from }));
    const pair = `${link.from}\u0000${link.to}`;
    const earlier = pairs.get(pair);
    if (earlier !== undefined) {
      problems.push(problem('duplicate-link', base, 'duplicateLink', { from: link.from, to: link.to, other: `theory.links[${earlier}]` }));
    } else pairs.set(pair, i);
    (link.assumptions ?? []).forEach((a, j) => {
      if (!assumptionIds.has(a)) problems.push(problem('dangling-assumption', `${base}.assumptions[${j}]`, 'danglingAssumption', { id: a }));
    });
  });
  return problems;
}

type Raw = Record<string, unknown>;

/** The document with defaults, from a file the schema and reference checks accepted. */
function toDocument(file: FileV1): WerkzaamDocument {
  const doc = readRecord(documentRecord, file as unknown as Raw);
  const theory = doc.theory;
  const raw = file.theory;
  const unplaced: Raw[] = [];
  for (const c of (raw.cards ?? []) as Raw[]) {
    if (c.position === undefined) {
      unplaced.push(c);
      continue;
    }
    theory.cards[c.id as string] = readRecord(cardRecord, c);
  }
  // Cards without a position go to the bottom of their stage column, in file order.
  const slot = laneSlots(Object.values(theory.cards));
  for (const c of unplaced) {
    const card = readRecord(cardRecord, c);
    theory.cards[card.id] = { ...card, position: slot(card.stage) };
  }
  if (unplaced.length > 0) {
    // Keep the file's card order in memory (placed and unplaced interleaved as written).
    const ordered: Theory['cards'] = {};
    for (const c of raw.cards ?? []) ordered[c.id] = theory.cards[c.id]!;
    theory.cards = ordered;
  }
  for (const l of (raw.links ?? []) as Raw[]) theory.links[l.id as string] = readRecord(linkRecord, l);
  for (const a of (raw.assumptions ?? []) as Raw[]) theory.assumptions[a.id as string] = readRecord(assumptionRecord, a);
  return doc;
}
