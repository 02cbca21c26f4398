import { stageIndex, type Card, type Id, type Language, type WerkzaamDocument } from '../model';
import { TermWeights, titleSimilarity } from './similarity';
import { titleTerms, Vocabulary } from './normalise';

/**
 * Matching the cards of two or more theories (issue #12): which card of one organisation's
 * theory is the same card as one of another's. Proposals come from stage and title
 * (./normalise.ts, ./similarity.ts) and then from links (two cards whose neighbours match
 * are likelier the same); the user's decisions (confirm, reject, re-pair: ./decisions.ts)
 * are kept and always win over proposals.
 */

/** One theory taking part, under a key that is stable across sessions (the file name, say). */
export interface TheoryInput {
  key: string;
  /** The organisation's name as shown (badge, report). */
  name: string;
  document: WerkzaamDocument;
  /** Where it was read from, when it was a file. */
  file?: string;
}

export interface CardRef {
  theory: string;
  card: Id;
}

/** Cards taken to be one card: at most one per theory, at least two theories. */
export interface MatchGroup {
  /** In the order of the inputs' keys sorted, so the same group reads the same whatever the input order. */
  cards: CardRef[];
  /** Mean score of the pairs in the group, 0 to 1 (1 for a group the user confirmed). */
  score: number;
  status: 'proposed' | 'confirmed';
  /** The title the user chose for the generic theory, when the titles differ. */
  title?: string;
}

export interface ConfirmedGroup {
  cards: CardRef[];
  title?: string;
}

/** What the user decided, kept in the matches file (./matchesFile.ts). */
export interface MatchDecisions {
  confirmed: ConfirmedGroup[];
  /** Pairs the user said are not the same card; never proposed again. */
  rejected: [CardRef, CardRef][];
}

export const NO_DECISIONS: MatchDecisions = { confirmed: [], rejected: [] };

export interface PairScore {
  a: CardRef;
  b: CardRef;
  /** The score matches are proposed by: title, made more certain by matching links. */
  score: number;
  /** Title similarity with the stage taken into account. */
  title: number;
  /** Share of the two cards' links whose other ends match too, 0 to 1. */
  links: number;
}

export interface MatchOptions {
  /** Proposed only from this score up (0 to 1). */
  threshold?: number;
  /** How much matching links may add (default LINK_WEIGHT; 0 matches on stage and title alone, to measure what links bring). */
  linkWeight?: number;
}

/** Measured on the test corpus (test/shared/compareCorpus.test.ts): the best balance of precision and recall. */
export const DEFAULT_THRESHOLD = 0.45;
/** A card one stage away may still be the same card (one organisation calls it an action, the next a result), at a cost. */
const NEIGHBOUR_STAGE = 0.8;
/** How much matching links can add to a title score (never take away: a card may simply have fewer links). */
const LINK_WEIGHT = 0.35;
/** Pairs below this are not worth listing as alternatives to re-pair with. */
const CANDIDATE_FLOOR = 0.2;

export const refKey = (ref: CardRef) => `${ref.theory}\u0000${ref.card}`;
const pairKey = (a: CardRef, b: CardRef) => {
  const [x, y] = [refKey(a), refKey(b)].sort();
  return `${x}\u0001${y}`;
};

interface Prepared {
  input: TheoryInput;
  cards: Card[];
  terms: Map<Id, string[]>;
  out: Map<Id, Id[]>;
  in: Map<Id, Id[]>;
}

function prepare(inputs: readonly TheoryInput[]): Prepared[] {
  const byLanguage = new Map<Language, Vocabulary>();
  for (const input of inputs) {
    const language = input.document.theory.language;
    let vocabulary = byLanguage.get(language);
    if (!vocabulary) byLanguage.set(language, (vocabulary = new Vocabulary(language)));
    for (const card of Object.values(input.document.theory.cards)) vocabulary.add(card.title);
  }
  return inputs.map((input) => {
    const theory = input.document.theory;
    const vocabulary = byLanguage.get(theory.language)!;
    const cards = Object.values(theory.cards);
    const terms = new Map(cards.map((c) => [c.id, titleTerms(c.title, vocabulary)]));
    const out = new Map<Id, Id[]>(cards.map((c) => [c.id, []]));
    const inn = new Map<Id, Id[]>(cards.map((c) => [c.id, []]));
    for (const link of Object.values(theory.links)) {
      out.get(link.from)?.push(link.to);
      inn.get(link.to)?.push(link.from);
    }
    return { input, cards, terms, out, in: inn };
  });
}

function stageFactor(a: Card, b: Card): number {
  const distance = Math.abs(stageIndex(a.stage) - stageIndex(b.stage));
  return distance === 0 ? 1 : distance === 1 ? NEIGHBOUR_STAGE : 0;
}

/** Greedy one-to-one assignment, best first; ties broken by the refs, never by input order. */
function assign(pairs: readonly PairScore[], threshold: number, blocked: (p: PairScore) => boolean): PairScore[] {
  const sorted = [...pairs].filter((p) => p.score >= threshold && !blocked(p)).sort(byScore);
  const used = new Set<string>();
  const out: PairScore[] = [];
  for (const p of sorted) {
    const ka = refKey(p.a);
    const kb = refKey(p.b);
    if (used.has(ka) || used.has(kb)) continue;
    used.add(ka);
    used.add(kb);
    out.push(p);
  }
  return out;
}

function byScore(x: PairScore, y: PairScore): number {
  return y.score - x.score || (pairKey(x.a, x.b) < pairKey(y.a, y.b) ? -1 : pairKey(x.a, x.b) > pairKey(y.a, y.b) ? 1 : 0);
}

/** Title scores of every pair of cards of two theories that may be the same card. */
function titlePairs(a: Prepared, b: Prepared, weights: TermWeights): PairScore[] {
  const out: PairScore[] = [];
  for (const ca of a.cards) {
    for (const cb of b.cards) {
      const factor = stageFactor(ca, cb);
      if (factor === 0) continue;
      const title = titleSimilarity(a.terms.get(ca.id)!, b.terms.get(cb.id)!, weights) * factor;
      if (title < CANDIDATE_FLOOR / 2) continue;
      out.push({ a: { theory: a.input.key, card: ca.id }, b: { theory: b.input.key, card: cb.id }, score: title, title, links: 0 });
    }
  }
  return out;
}

/**
 * Links as a second opinion: with the cards matched on title alone, the share of a pair's
 * neighbours (same direction) that are matched to each other.
 */
function withLinks(pairs: PairScore[], a: Prepared, b: Prepared, threshold: number, weight: number): PairScore[] {
  const provisional = new Map<Id, Id>();
  for (const p of assign(pairs, threshold, () => false)) provisional.set(p.a.card, p.b.card);
  const agree = (from: Id[], to: Id[]) => {
    const targets = new Set(to);
    return from.filter((n) => targets.has(provisional.get(n) ?? '\u0000')).length;
  };
  return pairs.map((p) => {
    const outA = a.out.get(p.a.card)!;
    const inA = a.in.get(p.a.card)!;
    const outB = b.out.get(p.b.card)!;
    const inB = b.in.get(p.b.card)!;
    const degree = Math.max(outA.length + inA.length, outB.length + inB.length);
    if (degree === 0) return p;
    const links = (agree(outA, outB) + agree(inA, inB)) / degree;
    return { ...p, links, score: p.title + weight * links * (1 - p.title) };
  });
}

export interface Proposal {
  groups: MatchGroup[];
  /** Every pair worth considering, best first (alternatives to re-pair a card with). */
  candidates: PairScore[];
}

/**
 * Propose which cards of the inputs are one card. Confirmed groups are taken as they are
 * (their cards are not proposed elsewhere); rejected pairs never end up in one group; the
 * rest is matched pairwise, one to one, and joined across theories into groups of at most
 * one card per theory. The result does not depend on the order of the inputs.
 */
export function proposeMatches(inputs: readonly TheoryInput[], decisions: MatchDecisions = NO_DECISIONS, options: MatchOptions = {}): Proposal {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const prepared = prepare(inputs);
  const weights = new TermWeights();
  for (const p of prepared) for (const terms of p.terms.values()) weights.add(terms);

  const rejected = new Set(decisions.rejected.map(([x, y]) => pairKey(x, y)));
  const fixed = new Set(decisions.confirmed.flatMap((g) => g.cards.map(refKey)));
  const blocked = (p: PairScore) => rejected.has(pairKey(p.a, p.b)) || fixed.has(refKey(p.a)) || fixed.has(refKey(p.b));

  const candidates: PairScore[] = [];
  const chosen: PairScore[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const [a, b] = [prepared[i]!, prepared[j]!];
      const scored = withLinks(titlePairs(a, b, weights), a, b, threshold, options.linkWeight ?? LINK_WEIGHT);
      candidates.push(...scored.filter((p) => p.score >= CANDIDATE_FLOOR));
      chosen.push(...assign(scored, threshold, blocked));
    }
  }
  candidates.sort(byScore);

  const order = [...inputs].map((i) => i.key).sort();
  const sortRefs = (refs: CardRef[]) => [...refs].sort((x, y) => order.indexOf(x.theory) - order.indexOf(y.theory) || (x.card < y.card ? -1 : 1));
  const groups: MatchGroup[] = decisions.confirmed.map((g) => ({
    cards: sortRefs(g.cards),
    score: 1,
    status: 'confirmed' as const,
    ...(g.title !== undefined ? { title: g.title } : {}),
  }));

  // Join pairwise matches into groups, best first; a pair that would put two cards of one
  // theory, or a rejected pair, into one group is left out.
  const groupOf = new Map<string, { refs: CardRef[]; scores: number[] }>();
  for (const p of [...chosen].sort(byScore)) {
    const ga = groupOf.get(refKey(p.a));
    const gb = groupOf.get(refKey(p.b));
    if (ga && ga === gb) {
      ga.scores.push(p.score);
      continue;
    }
    const refs = [...(ga?.refs ?? [p.a]), ...(gb?.refs ?? [p.b])];
    const theories = refs.map((r) => r.theory);
    if (new Set(theories).size !== theories.length) continue;
    if (refs.some((x, i) => refs.some((y, j) => j > i && rejected.has(pairKey(x, y))))) continue;
    const merged = { refs, scores: [...(ga?.scores ?? []), ...(gb?.scores ?? []), p.score] };
    for (const r of refs) groupOf.set(refKey(r), merged);
  }
  const proposed = new Set([...groupOf.values()]);
  for (const g of proposed) {
    groups.push({ cards: sortRefs(g.refs), score: g.scores.reduce((s, x) => s + x, 0) / g.scores.length, status: 'proposed' });
  }
  groups.sort((x, y) => (x.status === y.status ? 0 : x.status === 'confirmed' ? -1 : 1) || y.score - x.score || (refKey(x.cards[0]!) < refKey(y.cards[0]!) ? -1 : 1));
  return { groups, candidates };
}
