/** A list as typed: one entry per line or separated by commas (or semicolons); blanks and repeats dropped. */
export function parseTextList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n,;]/)) {
    const entry = part.trim();
    if (entry !== '' && !out.includes(entry)) out.push(entry);
  }
  return out;
}

export function sameTextList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

/** The theory's own list first, then what its cards name besides, each once, for suggestions. */
export function targetGroupSuggestions(theory: { targetGroups: readonly string[]; cards: Record<string, { targetGroups: readonly string[] }> }): string[] {
  const out = [...theory.targetGroups];
  for (const card of Object.values(theory.cards)) for (const g of card.targetGroups) if (!out.includes(g)) out.push(g);
  return out;
}
