/** Authors as typed: one per line or separated by commas (or semicolons); blanks dropped. */
export function parseAuthors(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export function sameAuthors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
