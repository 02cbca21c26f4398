import { refKey, type CardRef, type MatchDecisions, type MatchGroup } from './match';

/**
 * What the user does with a proposed match, as pure steps on the decisions kept in the
 * matches file: confirm it, reject it, re-pair one of its cards with another card of the
 * same theory (or add an unmatched card to it), take one card out, and choose the title
 * the generic theory will use. Each returns new decisions; the caller proposes again.
 */

const sameRef = (a: CardRef, b: CardRef) => a.theory === b.theory && a.card === b.card;
const pairKey = (a: CardRef, b: CardRef) => [refKey(a), refKey(b)].sort().join('\u0001');

/** Confirmed groups without any of these cards (a card is in one group at most). */
function withoutCards(decisions: MatchDecisions, cards: readonly CardRef[]): MatchDecisions['confirmed'] {
  const taken = new Set(cards.map(refKey));
  return decisions.confirmed.filter((g) => !g.cards.some((c) => taken.has(refKey(c))));
}

/** Pairs of `cards` no longer rejected (the user now says they belong together). */
function unrejected(decisions: MatchDecisions, cards: readonly CardRef[]): MatchDecisions['rejected'] {
  const keys = new Set<string>();
  for (let i = 0; i < cards.length; i++) for (let j = i + 1; j < cards.length; j++) keys.add(pairKey(cards[i]!, cards[j]!));
  return decisions.rejected.filter(([a, b]) => !keys.has(pairKey(a, b)));
}

function addRejected(rejected: MatchDecisions['rejected'], pairs: [CardRef, CardRef][]): MatchDecisions['rejected'] {
  const have = new Set(rejected.map(([a, b]) => pairKey(a, b)));
  const out = [...rejected];
  for (const [a, b] of pairs) {
    const key = pairKey(a, b);
    if (!have.has(key)) {
      have.add(key);
      out.push([a, b]);
    }
  }
  return out;
}

function checkGroup(cards: readonly CardRef[]): void {
  const theories = cards.map((c) => c.theory);
  if (cards.length < 2) throw new Error('a match needs cards of at least two theories');
  if (new Set(theories).size !== theories.length) throw new Error('a match holds at most one card of each theory');
}

/** The user says these cards are one card (a proposed group as it is, or as re-paired). */
export function confirmGroup(decisions: MatchDecisions, cards: readonly CardRef[], title?: string): MatchDecisions {
  checkGroup(cards);
  const kept = decisions.confirmed.find((g) => g.cards.length === cards.length && g.cards.every((c) => cards.some((d) => sameRef(c, d))));
  const chosen = title ?? kept?.title;
  return {
    confirmed: [...withoutCards(decisions, cards), { cards: [...cards], ...(chosen !== undefined ? { title: chosen } : {}) }],
    rejected: unrejected(decisions, cards),
  };
}

/** The user says the cards of this group are not one card: no pair of them is proposed again. */
export function rejectGroup(decisions: MatchDecisions, group: Pick<MatchGroup, 'cards'>): MatchDecisions {
  const pairs: [CardRef, CardRef][] = [];
  for (let i = 0; i < group.cards.length; i++) for (let j = i + 1; j < group.cards.length; j++) pairs.push([group.cards[i]!, group.cards[j]!]);
  return { confirmed: withoutCards(decisions, group.cards), rejected: addRejected(decisions.rejected, pairs) };
}

/**
 * Re-pair: `card` joins the group in place of the group's card of the same theory (if it
 * has one), and the group is confirmed. The card it replaces is rejected with the rest.
 */
export function repairGroup(decisions: MatchDecisions, group: Pick<MatchGroup, 'cards'>, card: CardRef): MatchDecisions {
  const replaced = group.cards.find((c) => c.theory === card.theory && !sameRef(c, card));
  const cards = [...group.cards.filter((c) => c.theory !== card.theory), card];
  const next = confirmGroup(decisions, cards);
  if (!replaced) return next;
  return { ...next, rejected: addRejected(next.rejected, cards.filter((c) => c.theory !== card.theory).map((c) => [replaced, c] as [CardRef, CardRef])) };
}

/** Take one card out of a group: it is rejected with each of the others; the rest stay together if two or more are left. */
export function detachCard(decisions: MatchDecisions, group: Pick<MatchGroup, 'cards' | 'status'>, card: CardRef): MatchDecisions {
  const rest = group.cards.filter((c) => !sameRef(c, card));
  const rejected = addRejected(decisions.rejected, rest.map((c) => [card, c] as [CardRef, CardRef]));
  const base: MatchDecisions = { confirmed: withoutCards(decisions, group.cards), rejected };
  const wasConfirmed = decisions.confirmed.find((g) => g.cards.some((c) => rest.some((d) => sameRef(c, d))));
  if (rest.length >= 2 && (group.status === 'confirmed' || wasConfirmed)) return confirmGroup(base, rest, wasConfirmed?.title);
  return base;
}

/** The title the generic theory gives this group's card (the group is confirmed with it). */
export function chooseTitle(decisions: MatchDecisions, group: Pick<MatchGroup, 'cards'>, title: string): MatchDecisions {
  return confirmGroup(decisions, group.cards, title);
}

/** Undo a confirmation: the group is proposed again, or not, as the scores say. */
export function unconfirmGroup(decisions: MatchDecisions, group: Pick<MatchGroup, 'cards'>): MatchDecisions {
  return { ...decisions, confirmed: withoutCards(decisions, group.cards) };
}
