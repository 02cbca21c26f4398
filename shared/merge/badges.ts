import type { Id } from '../model';
import type { Organisation } from '../records/organisation';

/**
 * The badge each organisation of a generic theory gets on its cards: a short mark made of
 * its name (the initials of a name of several words, else its first two letters; made
 * unique among the theory's organisations) and one of six colours, by its place in the list.
 */
export interface OrganisationBadge {
  id: Id;
  name: string;
  short: string;
  colour: number;
}

export const BADGE_COLOURS = 6;

function mark(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}\s]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return words.slice(0, 3).map((w) => w[0]!.toUpperCase()).join('');
}

export function badgesOf(organisations: readonly Organisation[]): Map<Id, OrganisationBadge> {
  const out = new Map<Id, OrganisationBadge>();
  const taken = new Map<string, number>();
  organisations.forEach((o, i) => {
    let short = mark(o.name || o.theory);
    const n = taken.get(short) ?? 0;
    taken.set(short, n + 1);
    if (n > 0) short = `${short}${n + 1}`;
    out.set(o.id, { id: o.id, name: o.name || o.theory || o.id, short, colour: i % BADGE_COLOURS });
  });
  return out;
}

/** The badges of a card's (or link's) origins, in the order of the theory's organisations. */
export function organisationBadges(organisations: readonly Organisation[], origins: readonly { organisation: Id }[]): OrganisationBadge[] {
  const all = badgesOf(organisations);
  const named = new Set(origins.map((o) => o.organisation));
  return [...all.values()].filter((b) => named.has(b.id));
}
