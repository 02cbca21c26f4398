import {
  AIO_KEYS,
  STAGES,
  stageIndex,
  emptyIndicator,
  type AioKey,
  type Assumption,
  type AssumptionKind,
  type AssumptionStatus,
  type Card,
  type Id,
  type Indicator,
  type Language,
  type Link,
  type Position,
  type StageKey,
  type Theory,
  type WerkzaamDocument,
} from './model';
import { isValidId, nextId } from './ids';
import { applyDiff, isEmptyDiff, type DiffSource, type RecordDiff } from './diff';
import { DocIndex } from './docIndex';
import { Transaction } from './transaction';
import { assumptionRecord, cardRecord, indicatorRecord, linkRecord, noteRecord, theoryRecord } from './records';
import { declaredChanges, labelOf, newRecord, type AnyDecl, type AnyField, type ValueField, type ValueKeys } from './records/define';
import type { Note } from './records/note';
import { freeNoteSpot, newNoteId, notesOf } from './notes';
import { LIMITS } from './format/limits';
import { emptyInstrument, instrumentRecord, type Instrument } from './records/instrument';
import { measurementRecord, type Measurement } from './records/measurement';
import { presetInstrument, type PresetInstrument } from './research/instruments';
import { MODEL_LIMITS } from './records/limits';
import { cloneData } from './format/rawNumber';
import { checkChange } from './limitCheck';
import { cardHeightFor, estimatedHeights } from './cardSize';
import { CARD_GAP_Y, CARD_HEIGHT, CARD_WIDTH, cardCentreX, freeSpotInLane, type Rect, insideLane, laneCardX, nextSlotInLane, occupiedRects, placeCopies, positionInLane, rectsOverlap, stageAtX } from './layout';
import { originsIn } from './merge/provenance';

/**
 * Every change to a theory is one of these named commands. Each is a recipe written
 * against a Transaction (get / put / update / remove); what it wrote becomes a RecordDiff,
 * so undo/redo and listeners get changes whose size follows the change, not the document.
 *
 * Recipes throw CommandError for requests that make no sense (a link to a missing
 * card); they never leave a half-applied change because a transaction writes nothing
 * until its diff is applied.
 */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** What the translated message needs (a limit, a count); see shared/i18n/commandErrors.ts. */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/** What the update commands may change: the declared plain fields (../records), less ids and fields with a command of their own. */
const EXCEPT = {
  card: ['id', 'aio'],
  link: ['id', 'assumptions'],
  theory: ['created', 'modified'],
  assumption: ['id'],
  indicator: ['id'],
} as const;
export type CardChanges = Partial<Pick<Card, Exclude<ValueKeys<typeof cardRecord>, (typeof EXCEPT.card)[number]>>>;
export type LinkChanges = Partial<Pick<Link, Exclude<ValueKeys<typeof linkRecord>, (typeof EXCEPT.link)[number]>>>;
export type TheoryChanges = Partial<Pick<Theory, Exclude<ValueKeys<typeof theoryRecord>, (typeof EXCEPT.theory)[number]>>>;
export type AssumptionChanges = Partial<Pick<Assumption, Exclude<ValueKeys<typeof assumptionRecord>, (typeof EXCEPT.assumption)[number]>>>;
export type IndicatorChanges = Partial<Pick<Indicator, Exclude<ValueKeys<typeof indicatorRecord>, (typeof EXCEPT.indicator)[number]>>>;
export type InstrumentChanges = Partial<Pick<Instrument, Exclude<ValueKeys<typeof instrumentRecord>, 'id'>>>;
export type MeasurementChanges = Partial<Pick<Measurement, Exclude<ValueKeys<typeof measurementRecord>, 'id'>>>;

export interface AddCardArgs {
  id?: Id;
  stage: StageKey;
  title?: string;
  description?: string;
  aio?: AioKey[];
  position?: Position;
}

export interface ConnectArgs {
  id?: Id;
  from: Id;
  to: Id;
  rationale?: string;
  evidence?: string;
  assumptions?: Id[];
}

/** A self-contained piece of a theory, as copied to the clipboard (see ./clipboard). */
export interface Fragment {
  cards: Card[];
  links: Link[];
  assumptions: Assumption[];
}

export interface CommandArgs {
  addCard: AddCardArgs;
  moveCards: { moves: { id: Id; position: Position }[] };
  updateCard: { id: Id; changes: CardChanges };
  setCardAio: { id: Id; aio: AioKey[] };
  toggleAio: { ids: Id[]; key: AioKey };
  /** Deletes the cards, their links, and any other `links` given: one undo step for a whole selection. */
  deleteCards: { ids: Id[]; links?: Id[] };
  /** The keyboard flow: a new card in the next stage, linked from `from`, in one undo step. */
  addLinkedCard: { from: Id; title?: string; stage?: StageKey };
  connect: ConnectArgs;
  updateLink: { id: Id; changes: LinkChanges };
  setLinkAssumptions: { id: Id; assumptions: Id[] };
  deleteLinks: { ids: Id[] };
  updateTheory: { changes: TheoryChanges };
  addAssumption: { id?: Id; text: string; status?: AssumptionStatus; kind?: AssumptionKind; linkId?: Id };
  updateAssumption: { id: Id; changes: AssumptionChanges };
  deleteAssumption: { id: Id };
  addIndicator: { cardId: Id; indicator?: Partial<Omit<Indicator, 'extra'>> };
  updateIndicator: { cardId: Id; indicatorId: Id; changes: IndicatorChanges };
  deleteIndicator: { cardId: Id; indicatorId: Id };
  pasteFragment: { fragment: Fragment; offset?: Position };
  /** Sticky notes (the parking lot): not part of the chain, undone like cards. */
  addNote: { text?: string; position?: Position };
  updateNote: { id: Id; text: string };
  moveNotes: { moves: { id: Id; position: Position }[] };
  deleteNotes: { ids: Id[] };
  /** The theory's instrument library (#11): a preset (MPE, MBE) or an empty one. */
  addInstrument: { preset?: PresetInstrument; instrument?: Partial<Omit<Instrument, 'extra'>> };
  updateInstrument: { id: Id; changes: InstrumentChanges };
  /** Indicators that pointed at it point at nothing, in the same step. */
  deleteInstrument: { id: Id };
  addMeasurement: { cardId: Id; indicatorId: Id; measurement?: Partial<Omit<Measurement, 'extra' | 'id'>> };
  updateMeasurement: { cardId: Id; indicatorId: Id; measurementId: Id; changes: MeasurementChanges };
  deleteMeasurement: { cardId: Id; indicatorId: Id; measurementId: Id };
  /** Many measurements at once, in the order given (a CSV import, shared/import/measurements.ts): one undo step. */
  addMeasurements: { items: { cardId: Id; indicatorId: Id; measurement: Partial<Omit<Measurement, 'extra' | 'id'>> }[] };
}

export type CommandName = keyof CommandArgs;

/** What a command hands back: the ids it created, so the UI can select them. */
export interface CommandResult {
  created: Id[];
}

type Recipe<K extends CommandName> = (tx: Transaction, args: CommandArgs[K]) => CommandResult | void;

function card(tx: Transaction, id: Id): Card {
  const found = tx.get('card', id);
  if (!found) throw new CommandError('missing-card', `There is no card with id "${id}".`);
  return found;
}

function link(tx: Transaction, id: Id): Link {
  const found = tx.get('link', id);
  if (!found) throw new CommandError('missing-link', `There is no link with id "${id}".`);
  return found;
}

function note(notes: readonly Note[], id: Id): Note {
  const found = notes.find((n) => n.id === id);
  if (!found) throw new CommandError('missing-note', `There is no sticky note with id "${id}".`);
  return found;
}

function assumption(tx: Transaction, id: Id): Assumption {
  const found = tx.get('assumption', id);
  if (!found) throw new CommandError('missing-assumption', `There is no assumption with id "${id}".`);
  return found;
}

/** The prefix of each collection's new ids (c12, l3, a7). */
export const ID_PREFIX = { card: 'c', link: 'l', assumption: 'a' } as const;
const PREFIX = ID_PREFIX;

function freshId(tx: Transaction, type: keyof typeof PREFIX, wanted?: Id): Id {
  if (wanted !== undefined) {
    // A caller-chosen id must be one the file format accepts, or the saved file would not reopen.
    if (!isValidId(wanted)) throw new CommandError('bad-id', `"${String(wanted)}" cannot be used as an id.`);
    if (tx.has(type, wanted)) throw new CommandError('duplicate-id', `The id "${wanted}" is already in use.`);
    return wanted;
  }
  return tx.newId(type, PREFIX[type]);
}

function normaliseAio(aio: readonly AioKey[]): AioKey[] {
  for (const key of aio) {
    if (!AIO_KEYS.includes(key)) throw new CommandError('bad-aio', `"${String(key)}" is not an AIO element.`);
  }
  return AIO_KEYS.filter((key) => aio.includes(key));
}

/**
 * A declared list of fixed values (empowerment components, ladder rungs…) as a command
 * writes it: each value once, in the declaration's order, so the file does not depend on
 * the order they were ticked in. A value the declaration does not know is refused.
 */
function normaliseLists<T extends object>(decl: AnyDecl, changes: T): T {
  const out = { ...changes } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) {
    const f = decl.fields[key] as AnyField | undefined;
    const values = f?.kind === 'list' ? (f as ValueField<string[]>).values : undefined;
    if (!values || !Array.isArray(value)) continue;
    for (const v of value) {
      if (!values.includes(v as string)) throw new CommandError('bad-value', `"${String(v)}" is not one of the ${labelOf(decl, key, 'en').toLowerCase()}.`);
    }
    out[key] = values.filter((v) => value.includes(v));
  }
  return out as T;
}

function assertLinkable(tx: Transaction, from: Id, to: Id, ignore?: Id): void {
  card(tx, from);
  card(tx, to);
  if (from === to) throw new CommandError('self-link', 'A card cannot be linked to itself.');
  for (const other of tx.linksOf(from)) {
    if (other.id !== ignore && other.from === from && other.to === to) {
      throw new CommandError('duplicate-link', `These cards are already linked (${other.id}).`);
    }
  }
}

function indicator(c: Card, indicatorId: Id): Indicator {
  const found = c.indicators.find((i) => i.id === indicatorId);
  if (!found) throw new CommandError('missing-indicator', `Card "${c.id}" has no indicator "${indicatorId}".`);
  return found;
}

/** A former baseline as a follow-up (unchanged, the same object, when it was one already). */
const asFollowUp = (m: Measurement): Measurement => (m.kind === 'baseline' ? { ...m, kind: 'followUp' } : m);

/** The next free id among a card's indicators: c3-i1, c3-i2, … (few per card, so a scan is fine). */
function indicatorId(cardId: Id, taken: ReadonlySet<Id>): Id {
  return nextId(`${cardId}-i`, taken);
}

const recipes: { [K in CommandName]: Recipe<K> } = {
  addCard(tx, args) {
    const id = freshId(tx, 'card', args.id);
    tx.put(
      'card',
      newRecord(cardRecord, {
        id,
        stage: args.stage,
        title: args.title ?? '',
        description: args.description ?? '',
        aio: normaliseAio(args.aio ?? []),
        position: args.position ? placedInLane(tx, args.stage, checkedPosition(args.position)) : nextSlotInLane(tx.base.theory, args.stage, [], estimatedHeights(Object.values(tx.base.theory.cards))),
      }),
    );
    return { created: [id] };
  },

  moveCards(tx, { moves }) {
    for (const { id, position } of moves) {
      card(tx, id);
      // The lane a card lands in is its stage: stage is data, not only a position.
      tx.update('card', id, { position: checkedPosition(position), stage: stageAtX(cardCentreX(position)) });
    }
  },

  updateCard(tx, { id, changes }) {
    const c = card(tx, id);
    const next: Partial<Card> = normaliseLists(cardRecord, declaredChanges(cardRecord, changes, EXCEPT.card));
    // A new stage moves the card into that stage's lane.
    if (next.stage !== undefined && next.stage !== c.stage) next.position = positionInLane(c.position, next.stage);
    tx.update('card', id, next);
  },

  setCardAio(tx, { id, aio }) {
    card(tx, id);
    tx.update('card', id, { aio: normaliseAio(aio) });
  },

  toggleAio(tx, { ids, key }) {
    const cards = ids.map((id) => card(tx, id));
    // Like a checkbox over a multi-selection: if any lacks the tag, all get it.
    const add = cards.some((c) => !c.aio.includes(key));
    for (const c of cards) {
      tx.update('card', c.id, { aio: normaliseAio(add ? [...c.aio, key] : c.aio.filter((k) => k !== key)) });
    }
  },

  deleteCards(tx, { ids, links = [] }) {
    const gone = new Set(ids);
    for (const id of gone) card(tx, id);
    for (const id of links) link(tx, id);
    for (const id of gone) for (const l of tx.linksOf(id)) tx.remove('link', l.id);
    for (const id of links) tx.remove('link', id);
    for (const id of gone) tx.remove('card', id);
  },

  addLinkedCard(tx, { from, title, stage }) {
    const source = card(tx, from);
    const next = stage ?? STAGES[Math.min(STAGES.length - 1, stageIndex(source.stage) + 1)]!;
    const id = tx.newId('card', PREFIX.card);
    tx.put('card', newRecord(cardRecord, { id, stage: next, title: title ?? '', position: freeSpotInLane(placedInColumn(tx, next), next, source.position.y) }));
    const linkId = tx.newId('link', PREFIX.link);
    tx.put('link', newRecord(linkRecord, { id: linkId, from, to: id }));
    return { created: [id, linkId] };
  },

  connect(tx, args) {
    assertLinkable(tx, args.from, args.to);
    for (const a of args.assumptions ?? []) assumption(tx, a);
    const id = freshId(tx, 'link', args.id);
    tx.put(
      'link',
      newRecord(linkRecord, {
        id,
        from: args.from,
        to: args.to,
        rationale: args.rationale ?? '',
        evidence: args.evidence ?? '',
        assumptions: [...new Set(args.assumptions ?? [])],
      }),
    );
    return { created: [id] };
  },

  updateLink(tx, { id, changes }) {
    const l = link(tx, id);
    const next: Partial<Link> = declaredChanges(linkRecord, changes, EXCEPT.link);
    if (next.from !== undefined || next.to !== undefined) assertLinkable(tx, next.from ?? l.from, next.to ?? l.to, id);
    tx.update('link', id, next);
  },

  setLinkAssumptions(tx, { id, assumptions }) {
    link(tx, id);
    for (const a of assumptions) assumption(tx, a);
    tx.update('link', id, { assumptions: [...new Set(assumptions)] });
  },

  deleteLinks(tx, { ids }) {
    for (const id of ids) link(tx, id);
    for (const id of ids) tx.remove('link', id);
  },

  addNote(tx, { text = '', position }) {
    const notes = notesOf(tx.theory);
    const id = newNoteId(notes);
    tx.updateTheory({ notes: [...notes, newRecord(noteRecord, { id, text, position: position ? checkedPosition(position) : freeNoteSpot(notes) })] });
    return { created: [id] };
  },

  updateNote(tx, { id, text }) {
    const notes = notesOf(tx.theory);
    note(notes, id);
    tx.updateTheory({ notes: notes.map((n) => (n.id === id ? { ...n, text } : n)) });
  },

  moveNotes(tx, { moves }) {
    const notes = notesOf(tx.theory);
    const to = new Map<Id, Position>();
    for (const m of moves) {
      note(notes, m.id);
      to.set(m.id, checkedPosition(m.position));
    }
    tx.updateTheory({ notes: notes.map((n) => (to.has(n.id) ? { ...n, position: to.get(n.id)! } : n)) });
  },

  deleteNotes(tx, { ids }) {
    const notes = notesOf(tx.theory);
    for (const id of ids) note(notes, id);
    const gone = new Set(ids);
    tx.updateTheory({ notes: notes.filter((n) => !gone.has(n.id)) });
  },

  updateTheory(tx, { changes }) {
    tx.updateTheory(normaliseLists(theoryRecord, declaredChanges(theoryRecord, changes, EXCEPT.theory)));
  },

  addAssumption(tx, args) {
    const target = args.linkId !== undefined ? link(tx, args.linkId) : undefined;
    const id = freshId(tx, 'assumption', args.id);
    tx.put('assumption', newRecord(assumptionRecord, { id, text: args.text, ...(args.status ? { status: args.status } : {}), ...(args.kind ? { kind: args.kind } : {}) }));
    if (target) tx.update('link', target.id, { assumptions: [...target.assumptions, id] });
    return { created: [id] };
  },

  updateAssumption(tx, { id, changes }) {
    assumption(tx, id);
    tx.update('assumption', id, declaredChanges(assumptionRecord, changes, EXCEPT.assumption));
  },

  deleteAssumption(tx, { id }) {
    assumption(tx, id);
    for (const l of tx.linksUsing(id)) tx.update('link', l.id, { assumptions: l.assumptions.filter((a) => a !== id) });
    tx.remove('assumption', id);
  },

  addIndicator(tx, { cardId, indicator: values }) {
    const c = card(tx, cardId);
    const taken = new Set(c.indicators.map((i) => i.id));
    if (values?.id !== undefined && !isValidId(values.id)) {
      throw new CommandError('bad-id', `"${String(values.id)}" cannot be used as an id.`);
    }
    if (values?.id !== undefined && taken.has(values.id)) {
      throw new CommandError('duplicate-id', `Card "${cardId}" already has an indicator "${values.id}".`);
    }
    const id = values?.id ?? indicatorId(cardId, taken);
    tx.update('card', cardId, { indicators: [...c.indicators, { ...emptyIndicator(id), ...values, id }] });
    return { created: [id] };
  },

  updateIndicator(tx, { cardId, indicatorId: target, changes }) {
    const c = card(tx, cardId);
    const i = indicator(c, target);
    const next: Indicator = { ...i, ...declaredChanges(indicatorRecord, changes, EXCEPT.indicator) };
    tx.update('card', cardId, { indicators: c.indicators.map((x) => (x === i ? next : x)) });
  },

  addInstrument(tx, { preset, instrument: values }) {
    const library = tx.theory.instruments;
    const id = nextId('m', new Set(library.map((i) => i.id)));
    const made = preset ? presetInstrument(preset, id, tx.theory.language) : emptyInstrument(id);
    tx.updateTheory({ instruments: [...library, { ...made, ...declaredChanges(instrumentRecord, values ?? {}, ['id']), id }] });
    return { created: [id] };
  },

  updateInstrument(tx, { id, changes }) {
    const library = tx.theory.instruments;
    const found = library.find((i) => i.id === id);
    if (!found) throw new CommandError('missing-instrument', `There is no instrument "${id}".`);
    const next = { ...found, ...declaredChanges(instrumentRecord, changes, ['id']) };
    tx.updateTheory({ instruments: library.map((i) => (i === found ? next : i)) });
  },

  deleteInstrument(tx, { id }) {
    const library = tx.theory.instruments;
    if (!library.some((i) => i.id === id)) throw new CommandError('missing-instrument', `There is no instrument "${id}".`);
    tx.updateTheory({ instruments: library.filter((i) => i.id !== id) });
    for (const c of Object.values(tx.base.theory.cards)) {
      if (!c.indicators.some((i) => i.instrument === id)) continue;
      const now = card(tx, c.id);
      tx.update('card', c.id, { indicators: now.indicators.map((i) => (i.instrument === id ? { ...i, instrument: '', factor: '' } : i)) });
    }
  },

  addMeasurement(tx, { cardId, indicatorId: target, measurement: values }) {
    const c = card(tx, cardId);
    const i = indicator(c, target);
    const id = nextId(`${i.id}-m`, new Set(i.measurements.map((m) => m.id)));
    const made = { ...newRecord(measurementRecord, { id }), ...declaredChanges(measurementRecord, values ?? {}, ['id']), id };
    tx.update('card', cardId, { indicators: c.indicators.map((x) => (x === i ? { ...i, measurements: [...i.measurements, made] } : x)) });
    return { created: [id] };
  },

  updateMeasurement(tx, { cardId, indicatorId: target, measurementId, changes }) {
    const c = card(tx, cardId);
    const i = indicator(c, target);
    const m = i.measurements.find((x) => x.id === measurementId);
    if (!m) throw new CommandError('missing-measurement', `Indicator "${target}" has no measurement "${measurementId}".`);
    const next = { ...m, ...declaredChanges(measurementRecord, changes, ['id']) };
    // Choosing the baseline in the editor: making this one the baseline makes the one before a
    // follow-up, in the same step. (An added measurement is taken as it comes: a file or an
    // import may hold several; the series then counts the earliest, shared/research/series.ts.)
    const becomesBaseline = next.kind === 'baseline' && m.kind !== 'baseline';
    const measurements = i.measurements.map((y) => (y === m ? next : becomesBaseline ? asFollowUp(y) : y));
    tx.update('card', cardId, { indicators: c.indicators.map((x) => (x === i ? { ...i, measurements } : x)) });
  },

  addMeasurements(tx, { items }) {
    const created: Id[] = [];
    for (const { cardId, indicatorId: target, measurement: values } of items) {
      // Read through the transaction each time: several rows may add to the same indicator.
      const c = card(tx, cardId);
      const i = indicator(c, target);
      const id = nextId(`${i.id}-m`, new Set(i.measurements.map((m) => m.id)));
      const made = { ...newRecord(measurementRecord, { id }), ...declaredChanges(measurementRecord, values, ['id']), id };
      tx.update('card', cardId, { indicators: c.indicators.map((x) => (x === i ? { ...i, measurements: [...i.measurements, made] } : x)) });
      created.push(id);
    }
    return { created };
  },

  deleteMeasurement(tx, { cardId, indicatorId: target, measurementId }) {
    const c = card(tx, cardId);
    const i = indicator(c, target);
    if (!i.measurements.some((x) => x.id === measurementId)) throw new CommandError('missing-measurement', `Indicator "${target}" has no measurement "${measurementId}".`);
    tx.update('card', cardId, { indicators: c.indicators.map((x) => (x === i ? { ...i, measurements: i.measurements.filter((y) => y.id !== measurementId) } : x)) });
  },

  deleteIndicator(tx, { cardId, indicatorId: target }) {
    const c = card(tx, cardId);
    indicator(c, target);
    tx.update('card', cardId, { indicators: c.indicators.filter((i) => i.id !== target) });
  },

  pasteFragment(tx, { fragment, offset = { x: 32, y: 32 } }) {
    const cardIds = new Map<Id, Id>();
    const assumptionIds = new Map<Id, Id>();
    const created: Id[] = [];
    for (const a of fragment.assumptions) {
      // Pasting within the same theory reuses an identical assumption rather than cloning it.
      const same = tx.get('assumption', a.id);
      if (same && same.text === a.text) {
        assumptionIds.set(a.id, a.id);
        continue;
      }
      const id = tx.newId('assumption', PREFIX.assumption);
      tx.put('assumption', { ...cloneData(a), id });
      assumptionIds.set(a.id, id);
    }
    // Each copy goes to a free spot in its own stage's lane, as near its offset y as there
    // is room: a copy never lands on a card (or on another copy), nor across a lane edge.
    const spots = placeCopies(
      placedCards(tx),
      fragment.cards.map((c, n) => ({ key: String(n), stage: c.stage, y: checkedPosition({ x: c.position.x + offset.x, y: c.position.y + offset.y }).y, height: cardHeightFor(c.title.trim()) })),
    );
    for (const [n, c] of fragment.cards.entries()) {
      const id = tx.newId('card', PREFIX.card);
      const position = spots.get(String(n))!;
      // Clipboard text can come from anywhere: keep indicator ids unique within the card,
      // or the saved file would be refused on reopening.
      const indicatorIds = new Set<Id>();
      const indicators = cloneData(c.indicators).map((i) => {
        const unique = indicatorIds.has(i.id) ? indicatorId(id, indicatorIds) : i.id;
        indicatorIds.add(unique);
        return { ...i, id: unique };
      });
      // Origins name organisations of the theory copied from: only those this theory also has stay.
      tx.put('card', { ...cloneData(c), id, position, stage: c.stage, indicators, origins: originsIn(tx.theory.organisations, cloneData(c.origins)) });
      cardIds.set(c.id, id);
      created.push(id);
    }
    const pairs = new Set<string>();
    for (const l of fragment.links) {
      const from = cardIds.get(l.from);
      const to = cardIds.get(l.to);
      // Same rules as connect: no self-links, one link per pair (a crafted fragment may have either).
      if (from === undefined || to === undefined || from === to || pairs.has(`${from}\u0000${to}`)) continue;
      pairs.add(`${from}\u0000${to}`);
      const id = tx.newId('link', PREFIX.link);
      tx.put('link', {
        ...cloneData(l),
        id,
        from,
        to,
        origins: originsIn(tx.theory.organisations, cloneData(l.origins)),
        assumptions: l.assumptions.flatMap((a) => {
          const mapped = assumptionIds.get(a);
          return mapped === undefined ? [] : [mapped];
        }),
      });
      created.push(id);
    }
    return { created };
  },
};

/**
 * Where a card asked to go at `wanted` in `stage` lands: there, if it lies inside the lane
 * and clear of every card; otherwise at the nearest free spot in the lane (cards never
 * overlap after an add). Heights are the standard card height: commands do not know how
 * tall the canvas draws a card.
 */
/** The cards already on the canvas as rectangles, each as tall as the canvas draws it. */
function placedCards(tx: Transaction): Rect[] {
  const cards = Object.values(tx.base.theory.cards);
  return occupiedRects(cards, estimatedHeights(cards));
}

/**
 * The cards in a lane's column as rectangles: all that a free spot in that lane looks at
 * (freeSpotInLane keeps to the column), without measuring every card of the theory for
 * each new one (≈ 5 ms of adding a linked card at 3,000 cards).
 */
function placedInColumn(tx: Transaction, stage: StageKey): Rect[] {
  const x = laneCardX(stage);
  const cards = Object.values(tx.base.theory.cards).filter((c) => c.position.x < x + CARD_WIDTH && x < c.position.x + CARD_WIDTH);
  return occupiedRects(cards, estimatedHeights(cards));
}

function placedInLane(tx: Transaction, stage: StageKey, wanted: Position): Position {
  const occupied = placedCards(tx);
  const rect = { ...wanted, width: CARD_WIDTH, height: CARD_HEIGHT };
  if (insideLane(rect, stage) && !occupied.some((o) => rectsOverlap(rect, o, CARD_GAP_Y / 2))) return wanted;
  return freeSpotInLane(occupied, stage, wanted.y);
}

/**
 * A position the file can hold: finite numbers (JSON has no NaN or Infinity), and no -0,
 * which a file cannot tell from 0, so a saved document reopens equal to the one in memory.
 */
function checkedPosition({ x, y }: Position): Position {
  // Within the declared bound (D6): 1e308 passes isFinite, then overflows the canvas's sums to NaN.
  const bound = MODEL_LIMITS.coordinate;
  if (!(Math.abs(x) <= bound) || !(Math.abs(y) <= bound)) throw new CommandError('bad-position', `(${x}, ${y}) is not a position on the canvas.`);
  return { x: x + 0, y: y + 0 };
}

function holdsLongText(value: unknown): boolean {
  if (typeof value === 'string') return value.length > LIMITS.stringLength;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsLongText);
}

/** Refuse a change the reader would refuse on reopening (the record declarations' limits, counts, file size). */
export function assertWithinLimits(before: WerkzaamDocument, after: WerkzaamDocument, diff: RecordDiff): void {
  const violation = checkChange(before, after, diff);
  if (violation) throw new CommandError(violation.code, violation.message, violation.params);
}

export interface CommandOutcome {
  /** The document after the command; the same object when it changed nothing. */
  document: WerkzaamDocument;
  diff: RecordDiff;
  result: CommandResult;
}

/**
 * Run a command against a document: the pure core of Editor.run (the CLI, tests and
 * imports use it without an editor). Throws CommandError, leaving nothing changed.
 */
export function runCommand<K extends CommandName>(
  doc: WerkzaamDocument,
  name: K,
  args: CommandArgs[K],
  source: DiffSource = 'user',
): CommandOutcome {
  const recipe = recipes[name] as Recipe<K> | undefined;
  if (!recipe || !Object.prototype.hasOwnProperty.call(recipes, name)) {
    throw new CommandError('unknown-command', `Unknown command "${String(name)}".`);
  }
  // A text the file format would refuse must not get into the document: the saved file would not reopen.
  if (holdsLongText(args)) throw new CommandError('too-long', `A text may hold at most ${LIMITS.stringLength.toLocaleString('en')} characters.`);
  const tx = new Transaction(doc);
  const result = recipe(tx, args) ?? { created: [] };
  const diff = tx.diff(source);
  if (isEmptyDiff(diff)) return { document: doc, diff, result };
  const document = applyDiff(doc, diff);
  assertWithinLimits(doc, document, diff);
  DocIndex.advance(doc, document, diff);
  return { document, diff, result };
}

export const COMMAND_NAMES = Object.keys(recipes) as CommandName[];
