/**
 * A spreadsheet cell often holds several items: one per line, separated by `;` or `|`, or
 * as a bulleted list (•, ◦, ▪, -, *, –, or "1." / "a)" numbering at the start of a line).
 */
const BULLET = /^\s*(?:[•◦▪▫●○■□‣⁃∙·*–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/iu;
const INLINE_BULLET = /\s+[•◦▪●■‣∙]\s+/u;

export function splitItems(cell: string): string[] {
  const items: string[] = [];
  for (const line of cell.split(/\r\n?|\n/)) {
    for (const part of line.split(/[;|]/)) {
      for (const piece of part.split(INLINE_BULLET)) {
        const item = tidy(piece.replace(BULLET, ''));
        if (item !== '' && !/^[\p{P}\p{S}\s]+$/u.test(item)) items.push(item);
      }
    }
  }
  return items;
}

/** Runs of white space as one space, trimmed: what a title looks like after import. */
export function tidy(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Two items are the same card when they read the same, ignoring case and spacing. */
export function sameItemKey(text: string): string {
  return tidy(text).toLocaleLowerCase('nl');
}

/** A cell's whole text as a description: line breaks kept, each line tidied, blank edges dropped. */
export function tidyBlock(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();
}
