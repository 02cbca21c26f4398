/** Bounds on what a file may hold, so a hostile or broken file fails fast with a clear message. */
export const LIMITS = {
  /** Bytes (UTF-8) of a whole file. A 1,000-card theory with long texts is ~2 MB. */
  fileBytes: 20 * 1024 * 1024,
  /** Characters in any one text field. */
  stringLength: 100_000,
  /** Nesting of arrays/objects; the format itself needs 6. */
  depth: 64,
  /**
   * Values (texts, numbers, objects, lists) in the whole file, counted before JSON.parse:
   * 20 MB of `{},` would otherwise cost seconds and most of a gigabyte to parse. A theory
   * of 20,000 cards (two indicators each) and 50,000 links, all filled in, holds ~1.2 million.
   */
  values: 2_000_000,
  cards: 20_000,
  links: 50_000,
  assumptions: 20_000,
  indicatorsPerCard: 200,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
