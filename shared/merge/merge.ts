import {
  AIO_KEYS,
  ASSUMPTION_KINDS,
  ASSUMPTION_STATUSES,
  CURRENT_VERSION,
  FORMAT_NAME,
  STAGES,
  emptyTheory,
  stageIndex,
  type Assumption,
  type Card,
  type Id,
  type Indicator,
  type Language,
  type Link,
  type Position,
  type StageKey,
  type WerkzaamDocument,
} from '../model';
import { CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, cardCentreX, cardRect, laneCardX, rectsOverlap, stageAtX, type Rect } from '../layout';
import { translator } from '../i18n/core';
import { compareStrings } from '../i18n/compare';
import { foldText } from '../compare/normalise';
import { cardOf, compareTheories, mostCommon, type ComparedItem } from '../compare/model';
import type { MatchGroup, TheoryInput } from '../compare/match';
import type { CardOrigin, LinkOrigin, Organisation } from '../records/organisation';
import type { Note } from '../records/note';
import { MODEL_LIMITS } from '../records/limits';
import { freeNoteSpot, notesOf } from '../notes';

/**
 * Merge several organisations' theories into one generic theory (issue #12), from the
 * matches the user confirmed (or, on the command line, those proposed above a threshold).
 * Each matched group becomes one card; each card unique to one organisation is kept too,
 * unless `minOrganisations` asks for what at least that many share. Every card and link
 * remembers which organisations it came from and what each called it (its origins), so
 * the generic card can be read against the originals and the report can list who
 * contributed what. The organisations' sticky notes (their parking lots) are kept too, each
 * naming the organisation it came from.
 *
 * Every choice is made the same way whatever the order of the inputs (the most common
 * stage, title, rationale; ties broken by the organisations' names, never their order),
 * so merging A and B gives the theory merging B and A does, up to ids.
 */
export interface MergeOptions {
  /** The generic theory's title (default "Generic program theory: A, B, C"). */
  title?: string;
  /** Its language (default: the one most inputs are in). */
  language?: Language;
  /** A card is taken in when this many organisations have it (default 1: every card). */
  minOrganisations?: number;
  /** Created/modified timestamp. */
  now?: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The organisations in a fixed order (by name, then key), with their ids in the generic theory. */
function organisationsOf(inputs: readonly TheoryInput[]): { orgs: Organisation[]; idOf: Map<string, Id>; rank: Map<string, number> } {
  const sorted = [...inputs].sort((a, b) => byText(foldText(a.name), foldText(b.name)) || byText(a.name, b.name) || byText(a.key, b.key));
  const orgs = sorted.map((input, i) => ({
    id: `o${i + 1}`,
    name: input.name,
    theory: input.document.theory.title,
    file: input.file ? (input.file.split(/[\\/]/).pop() ?? '') : '',
  }));
  return { orgs, idOf: new Map(sorted.map((input, i) => [input.key, `o${i + 1}`])), rank: new Map(sorted.map((input, i) => [input.key, i])) };
}

/** Where a card sits among the cards of its stage in its own theory, from 0 (top) to 1 (bottom). */
function relativeHeights(input: TheoryInput): Map<Id, number> {
  const out = new Map<Id, number>();
  for (const stage of STAGES) {
    const cards = Object.values(input.document.theory.cards)
      .filter((c) => c.stage === stage)
      .sort((a, b) => a.position.y - b.position.y || byText(a.id, b.id));
    cards.forEach((c, i) => out.set(c.id, cards.length === 1 ? 0 : i / (cards.length - 1)));
  }
  return out;
}

interface Draft {
  item: ComparedItem;
  sources: { key: string; card: Card }[];
  /** Mean relative height in the sources' lanes, and mean position: where the merged card goes. */
  height: number;
  position: { x: number; y: number };
}

/** Distinct texts that say something (compared folded), in the order given, as written. */
function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const key = foldText(text);
    if (!text.trim() || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** Mean of numbers summed in a fixed order, so the result does not depend on the order they came in. */
const mean = (values: number[]) => [...values].sort((a, b) => a - b).reduce((s, v) => s + v, 0) / values.length;

/**
 * Positions: each card where its organisations had it on average, in its lane (a card some
 * organisation had in another stage moves into the lane of the stage it gets). A card that
 * would overlap one placed before it in the lane moves below it, unless the two overlapped
 * in an organisation's own theory already (then that is how it was drawn).
 */
function place(drafts: Draft[]): Map<Draft, Position> {
  const out = new Map<Draft, Position>();
  const overlapped = (a: Draft, b: Draft) =>
    a.sources.some((s) => b.sources.some((t) => t.key === s.key && rectsOverlap(cardRect(s.card), cardRect(t.card))));
  for (const stage of STAGES) {
    const placed: { draft: Draft; rect: Rect }[] = [];
    for (const d of drafts.filter((x) => x.item.stage === stage)) {
      const moved = d.sources.some((s) => s.card.stage !== stage) && stageAtX(cardCentreX(d.position)) !== stage;
      const position = { x: moved ? laneCardX(stage) : d.position.x, y: d.position.y };
      for (const other of placed) {
        const rect = { ...position, width: CARD_WIDTH, height: CARD_HEIGHT };
        if (rectsOverlap(rect, other.rect) && !overlapped(d, other.draft)) position.y = other.rect.y + other.rect.height + CARD_GAP_Y;
      }
      out.set(d, position);
      placed.push({ draft: d, rect: { ...position, width: CARD_WIDTH, height: CARD_HEIGHT } });
    }
  }
  return out;
}

/** The generic theory of the inputs under these groups (the matches to merge). */
export function mergeTheories(inputs: readonly TheoryInput[], groups: readonly MatchGroup[], options: MergeOptions = {}): WerkzaamDocument {
  if (inputs.length < 2) throw new Error('merging needs two theories or more');
  const { orgs, idOf, rank } = organisationsOf(inputs);
  const byRank = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
  const languages = inputs.map((i) => i.document.theory.language);
  const language = options.language ?? mostCommon(languages, (l) => l, (a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : byText(a, b)));
  const t = translator(compareStrings, language);
  const minimum = options.minOrganisations ?? 1;
  const heights = new Map(inputs.map((i) => [i.key, relativeHeights(i)]));
  const now = options.now ?? '';

  // 1. One draft card per matched group and per unique card that is taken in.
  const comparison = compareTheories(inputs, groups);
  const drafts: Draft[] = comparison.items
    .filter((item) => item.cards.length >= minimum)
    .map((item) => {
      const sources = byRank(item.cards.map((ref) => ({ key: ref.theory, card: cardOf(inputs, ref) })));
      return {
        item,
        sources,
        height: mean(sources.map((s) => heights.get(s.key)!.get(s.card.id)!)),
        position: { x: mean(sources.map((s) => s.card.position.x)), y: mean(sources.map((s) => s.card.position.y)) },
      };
    });
  drafts.sort(
    (a, b) =>
      stageIndex(a.item.stage) - stageIndex(b.item.stage) ||
      a.position.y - b.position.y ||
      a.height - b.height ||
      byText(foldText(a.item.title), foldText(b.item.title)) ||
      byText(a.item.title, b.item.title),
  );
  const positions = place(drafts);

  // 2. Cards, with their origins.
  const cards: Record<Id, Card> = {};
  const cardOfSource = new Map<string, Id>();
  drafts.forEach((d, n) => {
    const id = `c${n + 1}`;
    const chosen = d.sources.find((s) => foldText(s.card.title) === foldText(d.item.title));
    // One description when they agree; the chosen card's when they differ (all of them stay in the origins).
    const descriptions = distinct(d.sources.map((s) => s.card.description));
    const own = (chosen ?? d.sources[0]!).card.description;
    const description = descriptions.length === 0 ? own : descriptions.length === 1 ? descriptions[0]! : own.trim() ? own : descriptions[0]!;
    const notes = distinct(d.sources.map((s) => s.card.notes));
    const indicators: Indicator[] = [];
    const names = new Set<string>();
    for (const s of d.sources) {
      const own = s.card.indicators.filter((i) => !names.has(foldText(i.name)));
      for (const i of own) indicators.push({ ...i, id: `${id}-i${indicators.length + 1}` });
      for (const i of own) names.add(foldText(i.name));
    }
    const origins: CardOrigin[] = d.sources.map((s, i) => ({
      id: `${id}-o${i + 1}`,
      organisation: idOf.get(s.key)!,
      card: s.card.id,
      title: s.card.title,
      description: s.card.description,
    }));
    const { extra: _extra, ...first } = d.sources[0]!.card;
    cards[id] = {
      ...first,
      id,
      stage: d.item.stage,
      title: d.item.title,
      description,
      aio: AIO_KEYS.filter((k) => d.sources.some((s) => s.card.aio.includes(k))),
      position: positions.get(d)!,
      indicators,
      notes: notes.length === 0 ? d.sources[0]!.card.notes : notes.join('\n\n'),
      origins,
    };
    for (const s of d.sources) cardOfSource.set(`${s.key}\u0000${s.card.id}`, id);
  });
  const cardOrder = new Map(Object.keys(cards).map((id, i) => [id, i]));

  // 3. Assumptions: one per assumption of the first organisation that has it; others' with the same text join it.
  const assumptionOfSource = new Map<string, Id>();
  const assumptionDrafts: { sources: { key: string; a: Assumption }[]; key: string }[] = [];
  for (const input of byRank([...inputs])) {
    const taken = new Set<number>();
    for (const a of Object.values(input.document.theory.assumptions)) {
      const text = foldText(a.text);
      const at = assumptionDrafts.findIndex((d, i) => !taken.has(i) && d.key === text && !d.sources.some((s) => s.key === input.key));
      const draft = at >= 0 ? assumptionDrafts[at]! : { sources: [], key: text };
      if (at < 0) assumptionDrafts.push(draft);
      taken.add(at >= 0 ? at : assumptionDrafts.length - 1);
      draft.sources.push({ key: input.key, a });
    }
  }

  // 4. Links between merged cards, with their origins.
  const linkDrafts = new Map<string, { from: Id; to: Id; sources: { key: string; link: Link }[] }>();
  for (const input of inputs) {
    for (const link of Object.values(input.document.theory.links)) {
      const from = cardOfSource.get(`${input.key}\u0000${link.from}`);
      const to = cardOfSource.get(`${input.key}\u0000${link.to}`);
      if (!from || !to || from === to) continue;
      const key = `${from}\u0000${to}`;
      let draft = linkDrafts.get(key);
      if (!draft) linkDrafts.set(key, (draft = { from, to, sources: [] }));
      draft.sources.push({ key: input.key, link });
    }
  }
  const linkList = [...linkDrafts.values()].sort((a, b) => cardOrder.get(a.from)! - cardOrder.get(b.from)! || cardOrder.get(a.to)! - cardOrder.get(b.to)!);
  const usedAssumptions: number[] = [];
  const sourceDraft = (key: string, id: Id) => assumptionDrafts.findIndex((d) => d.sources.some((s) => s.key === key && s.a.id === id));
  for (const l of linkList) {
    for (const s of byRank(l.sources)) for (const a of s.link.assumptions) {
      const at = sourceDraft(s.key, a);
      if (at >= 0 && !usedAssumptions.includes(at)) usedAssumptions.push(at);
    }
  }
  const unused = assumptionDrafts.map((_, i) => i).filter((i) => !usedAssumptions.includes(i));
  unused.sort((x, y) => byText(assumptionDrafts[x]!.key, assumptionDrafts[y]!.key));
  const assumptions: Record<Id, Assumption> = {};
  [...usedAssumptions, ...unused].forEach((at, n) => {
    const d = assumptionDrafts[at]!;
    const id = `a${n + 1}`;
    const first = d.sources[0]!.a;
    const { extra: _extra, ...own } = first;
    assumptions[id] = {
      ...own,
      id,
      status: mostCommon(d.sources.map((s) => s.a.status), (v) => v, (a, b) => ASSUMPTION_STATUSES.indexOf(a) - ASSUMPTION_STATUSES.indexOf(b)),
      kind: mostCommon(d.sources.map((s) => s.a.kind), (v) => v, (a, b) => ASSUMPTION_KINDS.indexOf(a) - ASSUMPTION_KINDS.indexOf(b)),
    };
    for (const s of d.sources) assumptionOfSource.set(`${s.key}\u0000${s.a.id}`, id);
  });

  const links: Record<Id, Link> = {};
  linkList.forEach((l, n) => {
    const id = `l${n + 1}`;
    const sources = byRank(l.sources);
    // The text most organisations give (the first organisation's among equals), as written.
    const pick = (texts: string[]) => {
      const present = texts.filter((x) => x.trim());
      return present.length === 0 ? texts[0]! : mostCommon(present, foldText, () => 0);
    };
    const origins: LinkOrigin[] = sources.map((s, i) => ({ id: `${id}-o${i + 1}`, organisation: idOf.get(s.key)!, link: s.link.id, rationale: s.link.rationale }));
    const assumptionIds: Id[] = [];
    for (const s of sources) for (const a of s.link.assumptions) {
      const merged = assumptionOfSource.get(`${s.key}\u0000${a}`);
      if (merged && !assumptionIds.includes(merged)) assumptionIds.push(merged);
    }
    const { extra: _extra, ...first } = sources[0]!.link;
    links[id] = {
      ...first,
      id,
      from: l.from,
      to: l.to,
      rationale: pick(sources.map((s) => s.link.rationale)),
      evidence: pick(sources.map((s) => s.link.evidence)),
      assumptions: assumptionIds,
      origins,
    };
  });

  // 5. Sticky notes: every organisation's parking lot, each note naming whose it was; in the
  // organisations' fixed order, then each one's file order, one below the other in the lot.
  const notes: Note[] = [];
  for (const input of byRank([...inputs])) {
    for (const note of notesOf(input.document.theory)) {
      // Past the model's limit (a thousand notes) the rest stay in the organisations' own files.
      if (notes.length >= MODEL_LIMITS.notes) break;
      const { extra: _extra, ...own } = note;
      notes.push({ ...own, id: `n${notes.length + 1}`, organisation: idOf.get(input.key)!, position: freeNoteSpot(notes) });
    }
  }

  const names = orgs.map((o) => o.name);
  const listed = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${names.at(-1)}`;
  const authors = [...new Set(inputs.flatMap((i) => i.document.theory.authors))].sort(byText);
  return {
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    theory: {
      ...emptyTheory(language, now),
      title: options.title ?? t('genericTitle', { names: names.join(', ') }),
      description: t('genericDescription', { names: listed }),
      authors,
      organisations: orgs,
      notes,
      cards,
      links,
      assumptions,
    },
    versions: [],
  };
}

/** The stages the cards of a theory are in, in order, with how many each has. */
export function stageCounts(cards: Record<Id, Card>): Record<StageKey, number> {
  const out = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<StageKey, number>;
  for (const c of Object.values(cards)) out[c.stage]++;
  return out;
}
