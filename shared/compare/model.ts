import { AIO_KEYS, STAGES, stageIndex, type AioKey, type Card, type Id, type StageKey } from '../model';
import { foldText } from './normalise';
import { refKey, type CardRef, type MatchGroup, type TheoryInput } from './match';

/**
 * What a comparison of theories shows (issue #12): the cards shared by all theories, by
 * some, and unique to one; the AIO coverage of each organisation side by side; and links
 * that one theory draws and another, holding both cards, does not. Pure: the comparison
 * view, `werkzaam compare` and the merge read it alike.
 */

/** One row of the comparison: a matched group of cards, or a card unique to one theory. */
export interface ComparedItem {
  /** Stable within one comparison: `g:<first card>` for a group, `u:<card>` for a unique card. */
  id: string;
  cards: CardRef[];
  kind: 'all' | 'some' | 'unique';
  status: 'proposed' | 'confirmed' | 'unique';
  score: number;
  /** The stage most of its cards are in (the earlier stage when as many are in each). */
  stage: StageKey;
  /** The title the user chose, or the one most of its cards have (the first alphabetically when as many have each). */
  title: string;
  /** Whether its cards are titled differently (then the user may choose). */
  titlesDiffer: boolean;
}

export interface AioCoverage {
  theory: string;
  cards: number;
  /** Cards tagged with each element. */
  elements: Record<AioKey, number>;
  untagged: number;
  /** Cards per stage tagged with each element. */
  byStage: Record<StageKey, Record<AioKey, number>>;
}

export interface LinkPresence {
  from: string;
  to: string;
  /** Theories that draw the link. */
  present: string[];
  /** Theories that hold a card at both ends but no link between them. */
  absent: string[];
}

export interface Comparison {
  theories: { key: string; name: string; title: string; cards: number }[];
  items: ComparedItem[];
  aio: AioCoverage[];
  links: LinkPresence[];
}

export const cardOf = (inputs: readonly TheoryInput[], ref: CardRef): Card => {
  const input = inputs.find((i) => i.key === ref.theory);
  const card = input && Object.prototype.hasOwnProperty.call(input.document.theory.cards, ref.card) ? input.document.theory.cards[ref.card] : undefined;
  if (!card) throw new Error(`no card "${ref.card}" in theory "${ref.theory}"`);
  return card;
};

/** The value most of `values` have; ties go to the one `tie` puts first. Independent of the order of `values`. */
export function mostCommon<T>(values: readonly T[], keyOf: (v: T) => string, tie: (a: T, b: T) => number): T {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = keyOf(v);
    const hit = counts.get(k);
    if (hit) {
      hit.n++;
      if (tie(v, hit.value) < 0) hit.value = v;
    } else counts.set(k, { value: v, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || tie(a.value, b.value))[0]!.value;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function itemStage(cards: readonly Card[]): StageKey {
  return mostCommon(cards.map((c) => c.stage), (s) => s, (a, b) => stageIndex(a) - stageIndex(b));
}

/** The title shared by most cards (compared folded: case and accents do not make two titles), as one of them writes it. */
export function itemTitle(cards: readonly Card[]): string {
  return mostCommon(cards.map((c) => c.title), foldText, byText);
}

function itemOf(inputs: readonly TheoryInput[], cards: CardRef[], group: MatchGroup | null): ComparedItem {
  const records = cards.map((r) => cardOf(inputs, r));
  const folded = new Set(records.map((c) => foldText(c.title)));
  return {
    id: `${group ? 'g' : 'u'}:${refKey(cards[0]!)}`,
    cards,
    kind: group === null ? 'unique' : cards.length === inputs.length ? 'all' : 'some',
    status: group?.status ?? 'unique',
    score: group?.score ?? 0,
    stage: itemStage(records),
    title: group?.title ?? itemTitle(records),
    titlesDiffer: folded.size > 1,
  };
}

function coverage(input: TheoryInput): AioCoverage {
  const zero = () => Object.fromEntries(AIO_KEYS.map((k) => [k, 0])) as Record<AioKey, number>;
  const out: AioCoverage = {
    theory: input.key,
    cards: 0,
    elements: zero(),
    untagged: 0,
    byStage: Object.fromEntries(STAGES.map((s) => [s, zero()])) as Record<StageKey, Record<AioKey, number>>,
  };
  for (const card of Object.values(input.document.theory.cards)) {
    out.cards++;
    if (card.aio.length === 0) out.untagged++;
    for (const k of card.aio) {
      out.elements[k]++;
      out.byStage[card.stage][k]++;
    }
  }
  return out;
}

/** The comparison of the inputs under these groups (proposed and confirmed). */
export function compareTheories(inputs: readonly TheoryInput[], groups: readonly MatchGroup[]): Comparison {
  const itemOfCard = new Map<string, ComparedItem>();
  const items: ComparedItem[] = [];
  for (const g of groups) {
    const item = itemOf(inputs, g.cards, g);
    items.push(item);
    for (const r of g.cards) itemOfCard.set(refKey(r), item);
  }
  for (const input of inputs) {
    for (const id of Object.keys(input.document.theory.cards)) {
      const ref = { theory: input.key, card: id };
      if (itemOfCard.has(refKey(ref))) continue;
      const item = itemOf(inputs, [ref], null);
      items.push(item);
      itemOfCard.set(refKey(ref), item);
    }
  }
  const kindOrder = { all: 0, some: 1, unique: 2 } as const;
  items.sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage) || kindOrder[a.kind] - kindOrder[b.kind] || byText(foldText(a.title), foldText(b.title)) || byText(a.id, b.id));

  const links = new Map<string, LinkPresence>();
  for (const input of inputs) {
    for (const link of Object.values(input.document.theory.links)) {
      const from = itemOfCard.get(refKey({ theory: input.key, card: link.from }));
      const to = itemOfCard.get(refKey({ theory: input.key, card: link.to }));
      if (!from || !to || from === to) continue;
      const key = `${from.id}\u0001${to.id}`;
      let presence = links.get(key);
      if (!presence) links.set(key, (presence = { from: from.id, to: to.id, present: [], absent: [] }));
      if (!presence.present.includes(input.key)) presence.present.push(input.key);
    }
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const order = new Map(inputs.map((input, i) => [input.key, i]));
  for (const presence of links.values()) {
    const ends = [byId.get(presence.from)!, byId.get(presence.to)!];
    presence.absent = inputs
      .map((i) => i.key)
      .filter((k) => !presence.present.includes(k) && ends.every((e) => e.cards.some((c) => c.theory === k)));
    presence.present.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  return {
    theories: inputs.map((i) => ({ key: i.key, name: i.name, title: i.document.theory.title, cards: Object.keys(i.document.theory.cards).length })),
    items,
    aio: inputs.map(coverage),
    links: [...links.values()],
  };
}

/** Ids of the cards of one theory in an item, or none. */
export function cardIn(item: ComparedItem, theory: string): Id | undefined {
  return item.cards.find((c) => c.theory === theory)?.card;
}
