import { isCanonicalNumber } from './rawNumber';

/**
 * Checks on the raw JSON text that JSON.parse cannot do for us, in one linear pass and
 * without recursion, so a hostile file (100,000 nested brackets, a million keys) costs
 * time proportional to its size and nothing more:
 * - nesting depth, before JSON.parse ever sees the text (its recursion is what a deep
 *   file attacks), and the number of values (what a wide file attacks);
 * - duplicate keys in one object, which JSON.parse resolves by silently keeping the last
 *   value, losing the earlier one.
 * The scan trusts nothing about the text being valid JSON; on malformed input its answer
 * may be meaningless, so the caller reports duplicates only after JSON.parse succeeded.
 */

export interface ScanResult {
  /** Offset of the bracket that first goes deeper than the limit, or -1. */
  tooDeepAt: number;
  /** Offset of the value that first goes over the count limit, or -1. */
  tooManyAt: number;
  /** The first key that occurs twice in one object. */
  duplicate: { offset: number; path: (string | number)[]; key: string } | null;
  /** Numbers that JSON.parse cannot give back as written (12345678901234567890, -1e-400, 1.0), by path. */
  numbers: { path: (string | number)[]; text: string }[];
}

interface Frame {
  object: boolean;
  /** Keys seen so far in this object (null for arrays). */
  keys: Set<string> | null;
  /** Where we are inside this container: the last key (object) or the index (array). */
  at: string | number;
  expectKey: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

export function scanStructure(text: string, depthLimit: number, valueLimit: number): ScanResult {
  const frames: Frame[] = [];
  const numbers: ScanResult['numbers'] = [];
  // A container or a comma starts a value; so does the first value of a file or list.
  let values = 1;
  let duplicate: ScanResult['duplicate'] = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) {
          escaped = true;
          i++;
        } else if (s === QUOTE) break;
      }
      const top = frames[frames.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(start + 1, i);
        const key = escaped ? decodeKey(raw) : raw;
        if (top.keys!.has(key)) {
          duplicate ??= { offset: start, path: [...frames.slice(0, -1).map((f) => f.at), key], key };
        } else top.keys!.add(key);
        top.at = key;
        top.expectKey = false;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (frames.length >= depthLimit) return { tooDeepAt: i, tooManyAt: -1, duplicate, numbers };
      if (++values > valueLimit) return { tooDeepAt: -1, tooManyAt: i, duplicate, numbers };
      const object = c === 123;
      frames.push({ object, keys: object ? new Set() : null, at: object ? '' : 0, expectKey: object });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      frames.pop();
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57) /* 0-9 */) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      const token = text.slice(i, end);
      if (!isCanonicalNumber(token)) numbers.push({ path: frames.map((f) => f.at), text: token });
      i = end - 1;
    } else if (c === 44 /* , */) {
      if (++values > valueLimit) return { tooDeepAt: -1, tooManyAt: i, duplicate, numbers };
      const top = frames[frames.length - 1];
      if (!top) continue;
      if (top.object) top.expectKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return { tooDeepAt: -1, tooManyAt: -1, duplicate, numbers };
}

/** Digits, sign, point and exponent: the characters of a JSON number. */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
}

/** A key with escapes ("\u0074itle" is "title"); left as written if the escape is broken. */
function decodeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
