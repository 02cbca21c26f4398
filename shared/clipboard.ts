import { CommandError, type Fragment } from './commands';
import { LIMITS } from './format/limits';
import { getOwn, type Id, type Theory } from './model';
import { assumptionRecord, cardRecord, linkRecord } from './records';
import { readLenient, type AnyDecl } from './records/define';

/** Marker so pasting text from elsewhere is never mistaken for cards. */
const KIND = 'werkzaam/fragment';

/** The selected cards with the links between them and the assumptions those links use. */
export function fragmentOf(theory: Theory, ids: Id[]): Fragment {
  const set = new Set(ids.filter((id) => getOwn(theory.cards, id)));
  const links = Object.values(theory.links).filter((l) => set.has(l.from) && set.has(l.to));
  const used = new Set(links.flatMap((l) => l.assumptions));
  return {
    cards: [...set].map((id) => theory.cards[id]!),
    links,
    assumptions: Object.values(theory.assumptions).filter((a) => used.has(a.id)),
  };
}

export function fragmentToClipboardText(theory: Theory, ids: Id[]): string {
  return JSON.stringify({ kind: KIND, version: 1, ...fragmentOf(theory, ids) });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Each part of a fragment and the record declaration its entries are read with. */
const PARTS = { cards: cardRecord, links: linkRecord, assumptions: assumptionRecord } as const;

/**
 * Read clipboard text back into a fragment, strictly: anything that is not a Werkzaam
 * fragment (or has a record without its required fields) gives null, a fragment holding a
 * number too large to store throws CommandError('bad-number'), and only declared
 * fields are taken over (a value of the wrong kind falls back to its default), read by
 * the same declarations as the file.
 */
export function clipboardTextToFragment(text: string): Fragment | null {
  // A fragment of a theory within the limits is no larger than its file.
  if (text.length > LIMITS.fileBytes || !text.includes(KIND)) return null;
  let raw: unknown;
  let huge = false;
  try {
    // A number JSON cannot hold (1e400 reads as Infinity) is not quietly made 0: the paste is refused with a message.
    raw = JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) huge = true;
      return value;
    });
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.kind !== KIND) return null;
  if (huge) throw new CommandError('bad-number', 'The pasted cards hold a number too large to store.');
  const fragment: Fragment = { cards: [], links: [], assumptions: [] };
  for (const [part, decl] of Object.entries(PARTS) as [keyof Fragment, AnyDecl][]) {
    const entries = raw[part];
    if (!Array.isArray(entries)) return null;
    for (const entry of entries) {
      const record = readLenient(decl, entry);
      if (!record) return null;
      (fragment[part] as unknown[]).push(record);
    }
  }
  return fragment;
}
