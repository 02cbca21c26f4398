import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, type FormatProblem } from '../../shared/format/parse';
import { decodeTheoryBytes } from '../../shared/format/decode';
import { serializeDocument } from '../../shared/format/serialize';
import { clipboardTextToFragment, fragmentToClipboardText } from '../../shared/clipboard';
import { CommandError, runCommand } from '../../shared/commands';
import { describeCommandError } from '../../shared/i18n/commandErrors';
import { describeProblemIn } from '../../shared/format/problems';
import { formatMessage } from '../../shared/i18n/errors';
import type { WerkzaamDocument } from '../../shared/model';
import { generateTheory } from '../bench/generate';

/**
 * The fuzz suite's targets (issue #10): each takes one input and throws only if Werkzaam
 * misbehaves on it. A file must load (and then save to a file that loads to the same
 * document) or be refused with problems that each say what and where; nothing may throw.
 * A clipboard text must paste, be ignored, or be refused with a CommandError put into words;
 * whatever it pastes must save to a file that reopens. test/fuzz/fuzz.test.ts runs a bounded
 * number of cases in CI; `npm run fuzz` (test/fuzz/run.ts) runs many more and times each.
 */

const VALID_DIR = fileURLToPath(new URL('../fixtures/valid', import.meta.url));
export const VALID_FILES: { name: string; text: string }[] = readdirSync(VALID_DIR)
  .filter((f) => f.endsWith('.werkzaam'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(VALID_DIR, name), 'utf8') }));

/** Problems about the whole file carry no path or line: the file itself is where they are. */
const WHOLE_FILE = new Set(['too-large', 'empty', 'not-object', 'bad-json', 'too-deep', 'too-many-values', 'not-text', 'internal', 'more-problems']);

export class FuzzFailure extends Error {}

const unbrace = (text: string) => text.replace(/[{}]/g, '');

function checkProblems(problems: FormatProblem[]): void {
  if (problems.length === 0) throw new FuzzFailure('refused without a problem');
  for (const p of problems) {
    if (p.code === 'internal') throw new FuzzFailure(`the reader hit an internal error: ${p.message}`);
    if (!p.message || !p.key) throw new FuzzFailure(`a problem without a message: ${JSON.stringify(p)}`);
    if (!p.path && p.line === undefined && !WHOLE_FILE.has(p.code)) throw new FuzzFailure(`a problem without a location: ${JSON.stringify(p)}`);
    // Both languages put it into words (no template left unfilled).
    // The file's own text can hold braces ("{A}" as a card id or value): take them out of what the
    // message quotes, so only a placeholder the template left unfilled is caught.
    const params = Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? unbrace(v) : v]));
    for (const language of ['nl', 'en'] as const) {
      const text = describeProblemIn(language)({ ...p, path: unbrace(p.path), params, message: formatMessage(p.key, params, 'en') });
      if (!text || /\{[a-z]+\}/i.test(text)) throw new FuzzFailure(`unfilled message in ${language}: ${text}`);
    }
  }
}

/** A loaded document saves to a file that loads to the same document. */
function checkReopens(doc: WerkzaamDocument, what: string): void {
  const saved = serializeDocument(doc);
  const again = parseDocument(saved);
  if (!again.ok) throw new FuzzFailure(`${what} saved a file that does not reopen: ${again.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  if (serializeDocument(again.document) !== saved) throw new FuzzFailure(`${what}: the saved file does not reopen to the same document`);
}

export function checkFileText(text: string): 'loaded' | 'refused' {
  const result = parseDocument(text);
  if (!result.ok) {
    checkProblems(result.problems);
    return 'refused';
  }
  checkReopens(result.document, 'a file that loaded');
  return 'loaded';
}

export function checkFileBytes(bytes: Uint8Array): 'loaded' | 'refused' {
  const decoded = decodeTheoryBytes(bytes);
  if (!decoded.ok) {
    checkProblems([decoded.problem]);
    return 'refused';
  }
  return checkFileText(decoded.text);
}

const TARGET = (() => {
  const result = parseDocument(VALID_FILES.find((f) => f.name.startsWith('kdg'))!.text);
  if (!result.ok) throw new Error('the KdG fixture does not load');
  return result.document;
})();

export function checkClipboard(text: string): 'pasted' | 'ignored' | 'refused' {
  try {
    const fragment = clipboardTextToFragment(text);
    if (!fragment || fragment.cards.length === 0) return 'ignored';
    const { document } = runCommand(TARGET, 'pasteFragment', { fragment });
    checkReopens(document, 'a paste');
    return 'pasted';
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    for (const language of ['nl', 'en'] as const) if (!describeCommandError(error, language)) throw new FuzzFailure(`a refusal without words: ${error.code}`);
    return 'refused';
  }
}

// ---------------------------------------------------------------------------------------
// Inputs.

type Json = unknown;
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path into a JSON value (objects and arrays), the root included. */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (isObject(value)) for (const k of Object.keys(value)) pathsOf(value[k], [...path, k], out);
  return out;
}

function at(root: Json, path: (string | number)[]): Json {
  let v = root;
  for (const k of path) v = (v as Record<string | number, Json>)[k];
  return v;
}

/** Values a mutation puts somewhere: wrong types, edge numbers, hostile keys and texts, long ones. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<Json>(
    null, true, 0, -0, 1e308, -1e308, 5e-324, 12345678901234567890, 2 ** 53 + 1, '', 'input', 'c1', 'l1', 'a1',
    'toLocaleString', '__proto__', 'constructor', 'x'.repeat(100_001), '\u202E\u0000\uFFFD', [], {}, [[[[[]]]]],
    { id: 'c1' }, { x: 1, y: 2 }, ['arbeidsmatig', 'arbeidsmatig'],
  ),
);

type Mutation =
  | { kind: 'set'; pick: number; value: Json }
  | { kind: 'delete'; pick: number }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'key'; pick: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('key' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'position', 'extra', 'toString', 'x'.repeat(200)), fc.string({ maxLength: 8 })),
    value: hostileValue,
  }),
);

/** Apply structural mutations to a parsed valid file, and write it as text (raw keys such as "__proto__" included). */
function mutate(file: Json, mutations: Mutation[]): string {
  const root = structuredClone(file) as Record<string, Json>;
  const raw: string[] = [];
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.pick % paths.length]!;
    const parent = path.length > 0 ? at(root, path.slice(0, -1)) : null;
    const last = path.at(-1);
    switch (m.kind) {
      case 'set':
        if (parent !== null && last !== undefined) (parent as Record<string | number, Json>)[last] = structuredClone(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
        else if (isObject(parent) && typeof last === 'string') delete parent[last];
        break;
      case 'duplicate':
        if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 0, structuredClone(parent[last]));
        break;
      case 'key': {
        const target = at(root, path);
        if (!isObject(target)) break;
        // A key JSON.stringify would not write as a key of its own ("__proto__") goes into the text directly.
        if (m.key === '__proto__') raw.push(JSON.stringify(m.value));
        else Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
      }
    }
  }
  let text = JSON.stringify(root, null, 2);
  for (const value of raw) text = text.replace(/^\{/, `{"__proto__": ${value},`);
  return text;
}

const fileIndex = fc.nat({ max: VALID_FILES.length - 1 });
const parsedValid = VALID_FILES.map((f) => JSON.parse(f.text) as Json);

/** Random JSON, some of it shaped like a Werkzaam file. */
export const randomJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.record({ format: fc.constantFrom('werkzaam', 'drawio'), version: fc.oneof(fc.constantFrom(1, 2, 3, 99), fc.jsonValue({ maxDepth: 1 })), theory: fc.jsonValue({ maxDepth: 4 }) }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
);

/** Structural mutations of a valid file: values replaced, keys removed or added, list entries repeated. */
export const mutatedFileText: fc.Arbitrary<string> = fc
  .tuple(fileIndex, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, mutations]) => mutate(parsedValid[i], mutations));

/** Byte mutations of a valid file: bytes flipped, inserted, deleted; truncation; byte order marks. */
export const mutatedFileBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fileIndex,
    fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom(null, [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
  )
  .map(([i, edits, bom]) => {
    const bytes = [...new TextEncoder().encode(VALID_FILES[i]!.text)];
    for (const e of edits) {
      const p = e.at % Math.max(1, bytes.length);
      if (e.kind === 'flip') bytes[p] = (bytes[p] ?? 0) ^ (1 << (e.byte % 8));
      else if (e.kind === 'insert') bytes.splice(p, 0, e.byte);
      else if (e.kind === 'delete') bytes.splice(p, 1);
      else bytes.length = p;
    }
    return new Uint8Array(bom ? [...bom, ...bytes] : bytes);
  });

/**
 * Structural mutations of a large theory within the limits (5,000 cards, a third of them
 * without a position, so the loader places them): for `npm run fuzz`, where each case is timed.
 */
export function largeFileMutations(cards = 5000): fc.Arbitrary<string> {
  const file = JSON.parse(serializeDocument(generateTheory(cards))) as { theory: { cards: Record<string, Json>[] } };
  file.theory.cards.forEach((c, i) => {
    if (i % 3 === 0) delete c.position;
  });
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((m) => mutate(file, m));
}

const fragmentText = fragmentToClipboardText(TARGET.theory, Object.keys(TARGET.theory.cards).slice(0, 6));

/** Clipboard texts: mutated real fragments, crafted ones with hostile values, and random text. */
export const hostileClipboard: fc.Arbitrary<string> = fc.oneof(
  fc.array(mutation, { minLength: 1, maxLength: 4 }).map((m) => mutate(JSON.parse(fragmentText), m)),
  fc
    .record({
      cards: fc.array(fc.record({ id: hostileValue, stage: fc.oneof(fc.constantFrom('input', 'impact'), hostileValue), title: hostileValue, position: hostileValue, indicators: hostileValue, aio: hostileValue }), { maxLength: 4 }),
      links: fc.array(fc.record({ id: hostileValue, from: fc.constantFrom('c1', 'c2', 'c3'), to: fc.constantFrom('c1', 'c2', 'c3'), assumptions: hostileValue }), { maxLength: 4 }),
      assumptions: fc.array(fc.record({ id: hostileValue, text: hostileValue }), { maxLength: 3 }),
    })
    .map((f) => JSON.stringify({ kind: 'werkzaam/fragment', version: 1, ...f })),
  fc.constantFrom(
    fragmentText.replace('"x":', '"x":1e400,"_":'),
    fragmentText.replace(/"y":\s*\d+/, '"y": 1e400'),
    fragmentText.replace(/"y":\s*\d+/, '"y": 1e308'),
    fragmentText.replace(/"title":"[^"]*"/, `"title":"${'x'.repeat(100_001)}"`),
  ),
  fc.string({ maxLength: 100 }).map((s) => `werkzaam/fragment${s}`),
);
