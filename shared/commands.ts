import {
  AIO_KEYS,
  STAGES,
  stageIndex,
  getOwn,
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
} from './model';
import { isValidId, nextId } from './ids';
import { LIMITS } from './format/limits';
import { cardCentreX, freeSlotNear, nextSlotInLane, positionInLane, stageAtX } from './layout';

/**
 * Every change to a theory is one of these named commands. Each is a recipe that
 * mutates an immer draft of the theory; the Editor wraps it in produceWithPatches so
 * undo/redo replays patches whose size follows the change, not the document.
 *
 * Recipes throw CommandError for requests that make no sense (a link to a missing
 * card); they never leave a half-applied change because immer discards the draft.
 */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export type CardChanges = Partial<Pick<Card, 'title' | 'description' | 'notes' | 'stage'>>;
export type LinkChanges = Partial<Pick<Link, 'rationale' | 'evidence' | 'from' | 'to'>>;
export type TheoryChanges = Partial<
  Pick<Theory, 'title' | 'organisation' | 'authors' | 'language' | 'description' | 'revision'>
>;
export type AssumptionChanges = Partial<Pick<Assumption, 'text' | 'status' | 'kind'>>;
export type IndicatorChanges = Partial<Omit<Indicator, 'id' | 'extra'>>;

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
}

export type CommandName = keyof CommandArgs;

/** What a command hands back: the ids it created, so the UI can select them. */
export interface CommandResult {
  created: Id[];
}

type Recipe<K extends CommandName> = (theory: Theory, args: CommandArgs[K]) => CommandResult | void;

function card(theory: Theory, id: Id): Card {
  const found = getOwn(theory.cards, id);
  if (!found) throw new CommandError('missing-card', `There is no card with id "${id}".`);
  return found;
}

function link(theory: Theory, id: Id): Link {
  const found = getOwn(theory.links, id);
  if (!found) throw new CommandError('missing-link', `There is no link with id "${id}".`);
  return found;
}

function assumption(theory: Theory, id: Id): Assumption {
  const found = getOwn(theory.assumptions, id);
  if (!found) throw new CommandError('missing-assumption', `There is no assumption with id "${id}".`);
  return found;
}

function freshId(record: Record<Id, unknown>, prefix: string, wanted?: Id): Id {
  if (wanted !== undefined) {
    // A caller-chosen id must be one the file format accepts, or the saved file would not reopen.
    if (!isValidId(wanted)) throw new CommandError('bad-id', `"${String(wanted)}" cannot be used as an id.`);
    if (getOwn(record, wanted)) throw new CommandError('duplicate-id', `The id "${wanted}" is already in use.`);
    return wanted;
  }
  return nextId(prefix, Object.keys(record));
}

function normaliseAio(aio: readonly AioKey[]): AioKey[] {
  for (const key of aio) {
    if (!AIO_KEYS.includes(key)) throw new CommandError('bad-aio', `"${String(key)}" is not an AIO element.`);
  }
  return AIO_KEYS.filter((key) => aio.includes(key));
}

function assertLinkable(theory: Theory, from: Id, to: Id, ignore?: Id): void {
  card(theory, from);
  card(theory, to);
  if (from === to) throw new CommandError('self-link', 'A card cannot be linked to itself.');
  for (const other of Object.values(theory.links)) {
    if (other.id !== ignore && other.from === from && other.to === to) {
      throw new CommandError('duplicate-link', `These cards are already linked (${other.id}).`);
    }
  }
}

function removeLinks(theory: Theory, ids: Iterable<Id>): void {
  for (const id of ids) delete theory.links[id];
}

function indicator(c: Card, indicatorId: Id): Indicator {
  const found = c.indicators.find((i) => i.id === indicatorId);
  if (!found) throw new CommandError('missing-indicator', `Card "${c.id}" has no indicator "${indicatorId}".`);
  return found;
}

const recipes: { [K in CommandName]: Recipe<K> } = {
  addCard(theory, args) {
    const id = freshId(theory.cards, 'c', args.id);
    theory.cards[id] = {
      id,
      stage: args.stage,
      title: args.title ?? '',
      description: args.description ?? '',
      aio: normaliseAio(args.aio ?? []),
      position: args.position ? checkedPosition(args.position) : nextSlotInLane(theory, args.stage),
      indicators: [],
      notes: '',
    };
    return { created: [id] };
  },

  moveCards(theory, { moves }) {
    for (const { id, position } of moves) {
      const c = card(theory, id);
      c.position = checkedPosition(position);
      // The lane a card lands in is its stage: stage is data, not only a position.
      c.stage = stageAtX(cardCentreX(position));
    }
  },

  updateCard(theory, { id, changes }) {
    const c = card(theory, id);
    if (changes.title !== undefined) c.title = changes.title;
    if (changes.description !== undefined) c.description = changes.description;
    if (changes.notes !== undefined) c.notes = changes.notes;
    if (changes.stage !== undefined && changes.stage !== c.stage) {
      c.stage = changes.stage;
      c.position = positionInLane(c.position, changes.stage);
    }
  },

  setCardAio(theory, { id, aio }) {
    card(theory, id).aio = normaliseAio(aio);
  },

  toggleAio(theory, { ids, key }) {
    const cards = ids.map((id) => card(theory, id));
    // Like a checkbox over a multi-selection: if any lacks the tag, all get it.
    const add = cards.some((c) => !c.aio.includes(key));
    for (const c of cards) {
      c.aio = normaliseAio(add ? [...c.aio, key] : c.aio.filter((k) => k !== key));
    }
  },

  deleteCards(theory, { ids, links = [] }) {
    const gone = new Set(ids);
    for (const id of gone) card(theory, id);
    for (const id of links) link(theory, id);
    removeLinks(
      theory,
      Object.values(theory.links)
        .filter((l) => gone.has(l.from) || gone.has(l.to) || links.includes(l.id))
        .map((l) => l.id),
    );
    for (const id of gone) delete theory.cards[id];
  },

  addLinkedCard(theory, { from, title, stage }) {
    const source = card(theory, from);
    const next = stage ?? STAGES[Math.min(STAGES.length - 1, stageIndex(source.stage) + 1)]!;
    const id = nextId('c', Object.keys(theory.cards));
    theory.cards[id] = {
      id,
      stage: next,
      title: title ?? '',
      description: '',
      aio: [],
      position: freeSlotNear(theory, next, source.position.y),
      indicators: [],
      notes: '',
    };
    const linkId = nextId('l', Object.keys(theory.links));
    theory.links[linkId] = { id: linkId, from, to: id, rationale: '', evidence: '', assumptions: [] };
    return { created: [id, linkId] };
  },

  connect(theory, args) {
    assertLinkable(theory, args.from, args.to);
    for (const a of args.assumptions ?? []) assumption(theory, a);
    const id = freshId(theory.links, 'l', args.id);
    theory.links[id] = {
      id,
      from: args.from,
      to: args.to,
      rationale: args.rationale ?? '',
      evidence: args.evidence ?? '',
      assumptions: [...new Set(args.assumptions ?? [])],
    };
    return { created: [id] };
  },

  updateLink(theory, { id, changes }) {
    const l = link(theory, id);
    if (changes.from !== undefined || changes.to !== undefined) {
      assertLinkable(theory, changes.from ?? l.from, changes.to ?? l.to, id);
      if (changes.from !== undefined) l.from = changes.from;
      if (changes.to !== undefined) l.to = changes.to;
    }
    if (changes.rationale !== undefined) l.rationale = changes.rationale;
    if (changes.evidence !== undefined) l.evidence = changes.evidence;
  },

  setLinkAssumptions(theory, { id, assumptions }) {
    const l = link(theory, id);
    for (const a of assumptions) assumption(theory, a);
    l.assumptions = [...new Set(assumptions)];
  },

  deleteLinks(theory, { ids }) {
    for (const id of ids) link(theory, id);
    removeLinks(theory, ids);
  },

  updateTheory(theory, { changes }) {
    if (changes.title !== undefined) theory.title = changes.title;
    if (changes.organisation !== undefined) theory.organisation = changes.organisation;
    if (changes.authors !== undefined) theory.authors = [...changes.authors];
    if (changes.language !== undefined) theory.language = changes.language as Language;
    if (changes.description !== undefined) theory.description = changes.description;
    if (changes.revision !== undefined) theory.revision = changes.revision;
  },

  addAssumption(theory, args) {
    const target = args.linkId !== undefined ? link(theory, args.linkId) : undefined;
    const id = freshId(theory.assumptions, 'a', args.id);
    theory.assumptions[id] = {
      id,
      text: args.text,
      status: args.status ?? 'untested',
      kind: args.kind ?? 'assumption',
    };
    if (target) target.assumptions.push(id);
    return { created: [id] };
  },

  updateAssumption(theory, { id, changes }) {
    const a = assumption(theory, id);
    if (changes.text !== undefined) a.text = changes.text;
    if (changes.status !== undefined) a.status = changes.status;
    if (changes.kind !== undefined) a.kind = changes.kind;
  },

  deleteAssumption(theory, { id }) {
    assumption(theory, id);
    for (const l of Object.values(theory.links)) {
      if (l.assumptions.includes(id)) l.assumptions = l.assumptions.filter((a) => a !== id);
    }
    delete theory.assumptions[id];
  },

  addIndicator(theory, { cardId, indicator: values }) {
    const c = card(theory, cardId);
    const taken = new Set(c.indicators.map((i) => i.id));
    if (values?.id !== undefined && !isValidId(values.id)) {
      throw new CommandError('bad-id', `"${String(values.id)}" cannot be used as an id.`);
    }
    if (values?.id !== undefined && taken.has(values.id)) {
      throw new CommandError('duplicate-id', `Card "${cardId}" already has an indicator "${values.id}".`);
    }
    const id = values?.id ?? nextId(`${cardId}-i`, taken);
    c.indicators.push({ ...emptyIndicator(id), ...values, id });
    return { created: [id] };
  },

  updateIndicator(theory, { cardId, indicatorId, changes }) {
    const i = indicator(card(theory, cardId), indicatorId);
    for (const key of Object.keys(changes) as (keyof IndicatorChanges)[]) {
      const value = changes[key];
      if (value !== undefined) i[key] = value;
    }
  },

  deleteIndicator(theory, { cardId, indicatorId }) {
    const c = card(theory, cardId);
    indicator(c, indicatorId);
    c.indicators = c.indicators.filter((i) => i.id !== indicatorId);
  },

  pasteFragment(theory, { fragment, offset = { x: 32, y: 32 } }) {
    const cardIds = new Map<Id, Id>();
    const assumptionIds = new Map<Id, Id>();
    const created: Id[] = [];
    for (const a of fragment.assumptions) {
      // Pasting within the same theory reuses an identical assumption rather than cloning it.
      const same = getOwn(theory.assumptions, a.id);
      if (same && same.text === a.text) {
        assumptionIds.set(a.id, a.id);
        continue;
      }
      const id = nextId('a', Object.keys(theory.assumptions));
      theory.assumptions[id] = { ...structuredClone(a), id };
      assumptionIds.set(a.id, id);
    }
    for (const c of fragment.cards) {
      const id = nextId('c', Object.keys(theory.cards));
      const position = checkedPosition({ x: c.position.x + offset.x, y: c.position.y + offset.y });
      // Clipboard text can come from anywhere: keep indicator ids unique within the card,
      // or the saved file would be refused on reopening.
      const indicatorIds = new Set<Id>();
      const indicators = structuredClone(c.indicators).map((i) => {
        const unique = indicatorIds.has(i.id) ? nextId(`${id}-i`, indicatorIds) : i.id;
        indicatorIds.add(unique);
        return { ...i, id: unique };
      });
      theory.cards[id] = { ...structuredClone(c), id, position, stage: stageAtX(cardCentreX(position)), indicators };
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
      const id = nextId('l', Object.keys(theory.links));
      theory.links[id] = {
        ...structuredClone(l),
        id,
        from,
        to,
        assumptions: l.assumptions.flatMap((a) => {
          const mapped = assumptionIds.get(a);
          return mapped === undefined ? [] : [mapped];
        }),
      };
      created.push(id);
    }
    return { created };
  },
};

/**
 * A position the file can hold: finite numbers (JSON has no NaN or Infinity), and no -0,
 * which a file cannot tell from 0, so a saved document reopens equal to the one in memory.
 */
function checkedPosition({ x, y }: Position): Position {
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new CommandError('bad-position', `(${x}, ${y}) is not a position on the canvas.`);
  return { x: x + 0, y: y + 0 };
}

function holdsLongText(value: unknown): boolean {
  if (typeof value === 'string') return value.length > LIMITS.stringLength;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsLongText);
}

/** Apply a command to a draft theory. Used by the Editor inside produceWithPatches. */
export function applyCommand<K extends CommandName>(theory: Theory, name: K, args: CommandArgs[K]): CommandResult {
  const recipe = recipes[name] as Recipe<K> | undefined;
  if (!recipe) throw new CommandError('unknown-command', `Unknown command "${String(name)}".`);
  // A text the file format would refuse must not get into the document: the saved file would not reopen.
  if (holdsLongText(args)) throw new CommandError('too-long', `A text may hold at most ${LIMITS.stringLength.toLocaleString('en')} characters.`);
  return recipe(theory, args) ?? { created: [] };
}

export const COMMAND_NAMES = Object.keys(recipes) as CommandName[];
