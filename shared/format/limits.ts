import { MODEL_LIMITS } from '../records/limits';

/**
 * Bounds on what a file may hold, so a hostile or broken file fails fast with a clear
 * message. The bounds of the model itself (text length, counts) are declared with the
 * records (../records/limits.ts) and repeated here under their old names for the reader.
 */
export const LIMITS = {
  /** Bytes (UTF-8) of a whole file. A 1,000-card theory with long texts is ~2 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** Characters in any one text field. */
  stringLength: MODEL_LIMITS.text,
  /** Nesting of arrays/objects; the format itself needs 6. */
  depth: 64,
  /**
   * Values (texts, numbers, objects, lists) in the whole file, counted before JSON.parse:
   * 20 MB of `{},` would otherwise cost seconds and most of a gigabyte to parse. A theory
   * of 20,000 cards (two indicators each) and 50,000 links, all filled in, holds ~1.2 million.
   */
  values: 2_000_000,
  cards: MODEL_LIMITS.cards,
  links: MODEL_LIMITS.links,
  assumptions: MODEL_LIMITS.assumptions,
  indicatorsPerCard: MODEL_LIMITS.indicatorsPerCard,
} as const;

export function formatBytes(bytes: number, decimals = 1): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(decimals)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(decimals)} KB`;
  return `${bytes} bytes`;
}

/**
 * A size and the limit it exceeds, with as many decimals as it takes to tell them apart: a
 * file one byte over 20 MB must not read "20.0 MB; the limit is 20.0 MB". Past three
 * decimals the size is given in bytes.
 */
export function formatSizeAndLimit(size: number, limit: number): { size: string; limit: string } {
  for (let decimals = 1; decimals <= 3; decimals++) {
    const shown = { size: formatBytes(size, decimals), limit: formatBytes(limit, decimals) };
    if (shown.size !== shown.limit) return shown;
  }
  return { size: `${size.toLocaleString('en')} bytes`, limit: `${limit.toLocaleString('en')} bytes` };
}
