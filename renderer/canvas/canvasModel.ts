import { STAGES, compareCardsInOrder, compareIds, getOwn, stageIndex, type Card, type Id, type Link, type Position, type Theory } from '../../shared/model';
import type { RecordDiff } from '../../shared/diff';
import { RESORT_ABOVE, insertSorted } from '../../shared/insertSorted';
import { LANE_TOP, LANE_WIDTH, laneLeft } from '../../shared/layout';
import { bisectLeft, bisector } from 'd3-array';
import { LinkRouter, type RouteCard, type RouteLink } from '../../shared/linkRoute';
import { afterPaint, whenIdle } from '../state/later';
import { KeyedListeners } from './keyedListeners';
import {
  NO_HIGHLIGHT,
  cardNode,
  cardSize,
  isDimmed,
  laneHeightFor,
  linkEdge,
  spreadOffsets,
  type CardFlowNode,
  type FlowNode,
  type Highlight,
  type LaneFlowNode,
  type LinkFlowEdge,
  type LinkShape,
} from './derive';

export interface CanvasView {
  selectedCards: readonly Id[];
  selectedLinks: readonly Id[];
  highlight: Highlight;
}

/** How many node, edge and link-shape objects were made, for tests: an edit makes only what it changed. */
export interface DeriveCounts {
  nodes: number;
  edges: number;
  shapes: number;
  /** Times the reading order was worked out again. */
  orders: number;
}

const bottomOf = (card: Card) => card.position.y + cardSize(card).height;

/** Runs work later (at idle in the app); returns a cancel. Tests hand in a queue they run themselves. */
export type Later = (fn: () => void) => () => void;

export interface CanvasModelOptions {
  /** When the links a drop touched are routed around the cards (default: when the page is idle). */
  routeLater?: Later;
  /**
   * When new links' edges are handed to React Flow after a change that adds links and
   * changes no other edge (default: after the next paint; null: at once).
   */
  addedEdgesLater?: Later | null;
}

/**
 * The React Flow nodes and edges of the canvas, kept up to date change by change: each
 * document change (with its record diff), selection, highlight or drag frame rebuilds only
 * the node and edge objects it affects, and every other object stays the same, so React
 * Flow and the memoised card and link components skip them. Order (reading order, stage by
 * stage), reference numbers and lane height are worked out once per document change, not
 * per frame. A store for useSyncExternalStore: `nodes()` and `edges()` keep their identity
 * until something in them changed.
 */
export class CanvasModel {
  private theory: Theory;
  private view: CanvasView = { selectedCards: [], selectedLinks: [], highlight: NO_HIGHLIGHT };
  private selectedCards = new Set<Id>();
  private selectedLinks = new Set<Id>();
  private dragging: ReadonlyMap<Id, Position> | null = null;
  private tidy: ReadonlyMap<Id, Position> | null = null;

  private cardNodes = new Map<Id, CardFlowNode>();
  private linkEdges = new Map<Id, LinkFlowEdge>();
  /** How each arrow is drawn (offsets, route): read by its component, not carried by its edge object. */
  private shapes = new Map<Id, LinkShape>();
  /** Links at each card, so a renamed card updates the titles its arrows are named by. */
  private linksAt = new Map<Id, Set<Id>>();
  /** Where each arrow meets its cards' edges (derive.ts spreadOffsets). */
  private offsets = new Map<Id, { from: number; to: number }>();
  /** Paths around cards and marker spots, recomputed for what a document change touches (never per frame). */
  private router = new LinkRouter();
  /** Cards and links changed since the router last heard of them (a drop's, routed later). */
  private unroutedCards = new Set<Id>();
  private unroutedLinks = new Set<Id>();
  private cancelRouting: (() => void) | null = null;
  private readonly routeLater: Later;
  private readonly addedEdgesLater: Later | null;
  /** Cancels handing over new links' edges (a change that only added links: see applyDiff). */
  private cancelAddedEdges: (() => void) | null = null;
  private order: Id[] = [];
  private refs = new Map<Id, string>();
  private lanes: LaneFlowNode[] = [];
  private laneHeightValue = -1;
  /**
   * Every card's bottom edge, ascending: the lanes' height follows the last. Kept card by
   * card, so no edit goes through all cards to find the lowest, not even one that shortens or
   * removes the lowest card (a rename of it, its undo).
   */
  private bottoms: number[] = [];

  private nodeList: FlowNode[] = [];
  private edgeList: LinkFlowEdge[] = [];
  private nodesChanged = true;
  private edgesChanged = true;
  private listeners = new Set<() => void>();
  /** By card id: the card components (and the arrows named by the card) told when its record changes. */
  private readonly cardListeners = new KeyedListeners<Id>();
  /** By card id: how many card components draw it now (subscribeDrawnCard). */
  private readonly drawn = new Map<Id, number>();
  /** By link id: the arrow told when its shape changes. */
  private readonly shapeListeners = new KeyedListeners<Id>();
  /** Links whose shape changed since their arrows were last told. */
  private reshaped = new Set<Id>();
  readonly counts: DeriveCounts = { nodes: 0, edges: 0, shapes: 0, orders: 0 };

  constructor(theory: Theory, options: CanvasModelOptions = {}) {
    this.theory = theory;
    this.routeLater = options.routeLater ?? (paints() ? whenIdle : nextTask);
    this.addedEdgesLater = options.addedEdgesLater === undefined ? (paints() ? afterPaint : nextTask) : options.addedEdgesLater;
    this.rebuild();
  }

  /** How many times the router worked a link's shape out, for tests. */
  get routing(): { readonly examined: number } {
    return this.router.counts;
  }

  /** Whether new links' edges still wait to be handed to React Flow (after the paint of the change that added them). */
  get edgesPending(): boolean {
    return this.cancelAddedEdges !== null;
  }

  /** Whether links still wait to be routed after a drop (they are drawn as plain curves till then). */
  get routesPending(): boolean {
    return this.cancelRouting !== null;
  }

  get laneHeight(): number {
    return this.laneHeightValue;
  }

  /** The theory the nodes show. */
  get shown(): Theory {
    return this.theory;
  }

  nodes = (): FlowNode[] => {
    if (this.nodesChanged) {
      this.nodeList = [...this.lanes, ...this.order.map((id) => this.cardNodes.get(id)!)];
      this.nodesChanged = false;
    }
    return this.nodeList;
  };

  edges = (): LinkFlowEdge[] => {
    if (this.edgesChanged) {
      this.edgeList = [...this.linkEdges.values()];
      this.edgesChanged = false;
      // Any new list holds the added links' edges too: nothing is left to hand over.
      this.cancelAddedEdges = cancel(this.cancelAddedEdges);
    }
    return this.edgeList;
  };

  /** A card as the canvas shows it (CardNode and the arrows' names read it here, not from a node). */
  cardOf = (id: Id): Card | undefined => getOwn(this.theory.cards, id);

  /** Told when the card's record changes, whether or not its node does. */
  subscribeCard = (id: Id, listener: () => void): (() => void) => this.cardListeners.subscribe(id, listener);

  /**
   * The card component's subscription: as subscribeCard, and while it lasts the card is on
   * screen, in an element React Flow's ResizeObserver watches. A card on screen draws its own
   * size (CardNode), so a change of size alone (a rename to another number of lines, its
   * undo) needs no new nodes array: React Flow measures the card again by itself, which it
   * does on any resize, and a new array would have it copy every node as well (adoptUserNodes).
   */
  subscribeDrawnCard = (id: Id, listener: () => void): (() => void) => {
    const unsubscribe = this.cardListeners.subscribe(id, listener);
    this.drawn.set(id, (this.drawn.get(id) ?? 0) + 1);
    return () => {
      unsubscribe();
      const left = (this.drawn.get(id) ?? 1) - 1;
      if (left > 0) this.drawn.set(id, left);
      else this.drawn.delete(id);
    };
  };

  /** How a link's arrow is drawn; the same object until that changes. */
  shapeOf = (id: Id): LinkShape | undefined => this.shapes.get(id);

  /** Told when the link's shape changes (its arrow alone, not every arrow on screen). */
  subscribeShape = (id: Id, listener: () => void): (() => void) => this.shapeListeners.subscribe(id, listener);

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Everything afresh: a document opened (or a theory the model was not told the diff of). */
  reset(theory: Theory): void {
    this.theory = theory;
    this.rebuild();
    this.reshaped.clear();
    this.emit();
    this.cardListeners.emitAll();
    this.shapeListeners.emitAll();
  }

  /** A document change: rebuild what the diff names. */
  applyDiff(theory: Theory, diff: RecordDiff): void {
    const before = this.theory;
    this.theory = theory;
    const cardIds = new Set([...Object.keys(diff.added.card ?? {}), ...Object.keys(diff.updated.card ?? {}), ...Object.keys(diff.removed.card ?? {})]);
    const linkIds = new Set([...Object.keys(diff.added.link ?? {}), ...Object.keys(diff.updated.link ?? {}), ...Object.keys(diff.removed.link ?? {})]);
    let reorder = false;
    /** Cards that moved within their lane: the order changes only if one passed another. */
    const moved: [Card, Card][] = [];
    const ends = new Set<Id>();
    /** Cards whose record changed: their components are told (a rename may leave the node as it was). */
    const edited: Id[] = [];
    for (const id of cardIds) {
      const was = getOwn(before.cards, id);
      const card = getOwn(theory.cards, id);
      if (!card) {
        this.cardNodes.delete(id);
        this.refs.delete(id);
        this.nodesChanged = true;
        reorder = true;
        if (was) this.dropBottom(bottomOf(was));
        continue;
      }
      if (!was || was.stage !== card.stage) reorder = true;
      else if (was.position.x !== card.position.x || was.position.y !== card.position.y) moved.push([was, card]);
      if (!was || bottomOf(was) !== bottomOf(card)) {
        if (was) this.dropBottom(bottomOf(was));
        this.bottoms.splice(bisectLeft(this.bottoms, bottomOf(card)), 0, bottomOf(card));
      }
      if (was) edited.push(id);
      if (this.buildNode(card, true)) this.nodesChanged = true;
      // Arrows dim with their cards (their titles they read themselves: LinkEdge).
      if (was && (was.aio !== card.aio || was.stage !== card.stage)) {
        for (const l of this.linksAt.get(id) ?? []) linkIds.add(l);
      }
      // Arrows are spread along a card's edge by its height and the order of the cards at
      // their other ends: a card that moved or grew re-spreads its own and its neighbours'.
      if (!was || was.position.y !== card.position.y || bottomOf(was) !== bottomOf(card)) {
        ends.add(id);
        for (const l of this.linksAt.get(id) ?? []) {
          const link = getOwn(theory.links, l);
          if (link) ends.add(link.from === id ? link.to : link.from);
        }
      }
    }
    for (const id of linkIds) {
      const was = getOwn(before.links, id);
      if (was) {
        this.unindexLink(was);
        ends.add(was.from).add(was.to);
      }
      const link = getOwn(theory.links, id);
      if (link) {
        this.indexLink(link);
        ends.add(link.from).add(link.to);
      } else {
        this.linkEdges.delete(id);
        this.shapes.delete(id);
        this.offsets.delete(id);
        this.edgesChanged = true;
      }
    }
    for (const end of ends) for (const l of this.spreadAt(end)) linkIds.add(l);
    for (const id of cardIds) this.unroutedCards.add(id);
    for (const id of linkIds) this.unroutedLinks.add(id);
    // A change to cards alone (a drop, a rename, their undo and redo) is painted before its
    // links are routed around the cards: till then the links of a card that moved or changed
    // height are drawn as plain curves (LinkEdge: their route's ends no longer meet the card)
    // and the neighbours as they were; a rename that keeps the card's height routes nothing
    // (the router skips cards whose box is the same). Any change that adds, removes or edits
    // a link, or adds or removes a card, routes at once, together with what was left waiting.
    if (onlyCardsUpdated(diff)) {
      this.cancelRouting ??= this.routeLater(this.settleRoutes);
    } else {
      for (const id of this.routeWaiting()) linkIds.add(id);
    }
    // Only what came out different gets a new object: any new edge object makes React Flow
    // go through all edges again (its connection lookup, ≈ 30 ms at 3,000 cards).
    let added = false;
    for (const id of linkIds) {
      const link = getOwn(theory.links, id);
      if (!link) continue;
      if (this.buildEdge(link, true)) {
        if (getOwn(before.links, id) || !this.addedEdgesLater) this.edgesChanged = true;
        else added = true;
      }
      this.buildShape(link);
    }
    // A change that only adds links (a new linked card, a new link, a paste) is painted first
    // and its arrows one frame later, so a new card's title field is up before React Flow
    // reworks its edges; a change to any other edge hands everything over at once.
    if (added && !this.edgesChanged) this.cancelAddedEdges ??= this.addedEdgesLater!(this.handAddedEdges);
    if (!reorder && moved.length > 0 && !this.keepsOrder(moved, before)) reorder = true;
    if (reorder) this.reorder(true, cardIds);
    this.updateLanes();
    this.emit();
    for (const id of edited) this.cardListeners.emit(id);
    this.emitShapes();
  }

  /** Hand React Flow the edges of links added since the last paint (see applyDiff). */
  handAddedEdges = (): void => {
    if (!this.cancelAddedEdges) return;
    this.cancelAddedEdges = null;
    this.edgesChanged = true;
    this.emit();
  };

  /**
   * Route what drops left waiting, now (the model calls it when the page is idle after a
   * drop); the links whose route or marker changed get a new shape.
   */
  settleRoutes = (): void => {
    for (const id of this.routeWaiting()) {
      const link = getOwn(this.theory.links, id);
      if (link) this.buildShape(link);
    }
    // Only the arrows read shapes: the nodes and edges are as they were.
    this.emitShapes();
  };

  /** Hands the router the cards and links changed since it last routed; returns the links whose geometry changed. */
  private routeWaiting(): Set<Id> {
    this.cancelRouting?.();
    this.cancelRouting = null;
    if (this.unroutedCards.size === 0 && this.unroutedLinks.size === 0) return new Set();
    const cards = new Map([...this.unroutedCards].map((id) => [id, this.routeCard(getOwn(this.theory.cards, id))]));
    const links = new Map([...this.unroutedLinks].map((id) => [id, this.routeLink(getOwn(this.theory.links, id))]));
    this.unroutedCards.clear();
    this.unroutedLinks.clear();
    return this.router.update(cards, links);
  }

  /** Selection and highlight from the UI store; only the cards and links they change are rebuilt. */
  setView(view: CanvasView): void {
    const old = this.view;
    if (view.selectedCards === old.selectedCards && view.selectedLinks === old.selectedLinks && view.highlight === old.highlight) return;
    this.view = view;
    const highlightChanged =
      view.highlight.aio !== old.highlight.aio ||
      view.highlight.stage !== old.highlight.stage ||
      view.highlight.organisations !== old.highlight.organisations ||
      (view.highlight.trace ?? null) !== (old.highlight.trace ?? null);
    let changed = false;
    if (view.selectedCards !== old.selectedCards) {
      const next = new Set(view.selectedCards);
      const flip = symmetricDifference(this.selectedCards, next);
      this.selectedCards = next;
      for (const id of flip) {
        const card = getOwn(this.theory.cards, id);
        if (card) changed = this.buildNode(card) || changed;
      }
    }
    if (view.selectedLinks !== old.selectedLinks) {
      const next = new Set(view.selectedLinks);
      const flip = symmetricDifference(this.selectedLinks, next);
      this.selectedLinks = next;
      for (const id of flip) {
        const link = getOwn(this.theory.links, id);
        if (link && this.buildEdge(link, true)) this.edgesChanged = true;
      }
    }
    if (highlightChanged) for (const card of Object.values(this.theory.cards)) changed = this.buildNode(card, true) || changed;
    if (highlightChanged) {
      for (const link of Object.values(this.theory.links)) if (this.buildEdge(link, true)) this.edgesChanged = true;
    }
    if (changed) this.nodesChanged = true;
    this.emit();
  }

  /** Positions of the cards being dragged (null when the drag ends); only those nodes change. */
  setDragging(dragging: ReadonlyMap<Id, Position> | null): void {
    const old = this.dragging;
    if (old === dragging) return;
    this.dragging = dragging;
    this.moved(old, dragging);
  }

  /** Where tidy-up draws cards while it animates them (null when done); a drag goes first. */
  setTidyPositions(tidy: ReadonlyMap<Id, Position> | null): void {
    const old = this.tidy;
    if (old === tidy) return;
    this.tidy = tidy;
    this.moved(old, tidy);
  }

  private moved(old: ReadonlyMap<Id, Position> | null, next: ReadonlyMap<Id, Position> | null): void {
    const ids = new Set([...(old?.keys() ?? []), ...(next?.keys() ?? [])]);
    let changed = false;
    for (const id of ids) {
      const card = getOwn(this.theory.cards, id);
      if (card) changed = this.buildNode(card, true) || changed;
    }
    if (changed) {
      this.nodesChanged = true;
      this.emit();
    }
  }

  private rebuild(): void {
    this.cancelRouting?.();
    this.cancelRouting = null;
    this.cancelAddedEdges = cancel(this.cancelAddedEdges);
    this.unroutedCards.clear();
    this.unroutedLinks.clear();
    this.cardNodes.clear();
    this.linkEdges.clear();
    this.shapes.clear();
    this.linksAt.clear();
    this.refs.clear();
    this.reorder(false);
    for (const card of Object.values(this.theory.cards)) this.buildNode(card);
    this.offsets.clear();
    for (const link of Object.values(this.theory.links)) this.indexLink(link);
    for (const id of this.linksAt.keys()) this.spreadAt(id);
    this.router.reset(
      new Map(Object.values(this.theory.cards).map((card) => [card.id, this.routeCard(card)!])),
      new Map(Object.values(this.theory.links).map((link) => [link.id, this.routeLink(link)!])),
    );
    for (const link of Object.values(this.theory.links)) {
      this.buildEdge(link);
      this.buildShape(link);
    }
    this.bottoms = Object.values(this.theory.cards).map(bottomOf).sort((a, b) => a - b);
    this.updateLanes();
    this.nodesChanged = true;
    this.edgesChanged = true;
  }

  /**
   * Make a card's node. With `onlyIfChanged`, keep the old object when selection, dimming
   * and position come out the same (returns whether it changed).
   */
  private buildNode(card: Card, onlyIfChanged = false): boolean {
    const selected = this.selectedCards.has(card.id);
    const dimmed = isDimmed(card, this.view.highlight);
    const position = (this.dragging ?? this.tidy)?.get(card.id) ?? card.position;
    const ref = this.refs.get(card.id) ?? '';
    const old = this.cardNodes.get(card.id);
    // The card's contents are not in its node (derive.ts CardNodeData): only its frame counts.
    const sameData = old !== undefined && old.data.stage === card.stage && old.data.dimmed === dimmed && old.data.ref === ref;
    if (
      onlyIfChanged &&
      old &&
      sameData &&
      old.selected === selected &&
      old.measured?.width === cardSize(card).width &&
      old.measured?.height === cardSize(card).height &&
      old.position.x === position.x &&
      old.position.y === position.y
    ) {
      return false;
    }
    const node = cardNode(card, { selected, dimmed, position, ref });
    // A node that only moved (a drag frame) or changed size keeps its data object: the card
    // component, which draws only its data, selection and record (CardNode), is then not
    // rendered again for it.
    if (old && sameData) node.data = old.data;
    this.cardNodes.set(card.id, node);
    this.counts.nodes++;
    const resizedOnly = onlyIfChanged && old !== undefined && sameData && old.selected === selected && old.position.x === position.x && old.position.y === position.y;
    if (resizedOnly && this.drawn.has(card.id) && !this.nodesChanged) {
      // On screen, the card draws its new size and React Flow's ResizeObserver reads it. The
      // list React Flow holds gets the new object in place, so that what it hands out
      // (getNodes: tidy-up reads the cards' heights) and the next list agree with the screen.
      const at = this.nodeList.indexOf(old);
      if (at >= 0) {
        this.nodeList[at] = node;
        return false;
      }
    }
    return true;
  }

  /** A card as the router sees it: where the document has it (not where a drag draws it). */
  private routeCard(card: Card | undefined): RouteCard | null {
    if (!card) return null;
    const size = cardSize(card);
    return { x: card.position.x, y: card.position.y, width: size.width, height: size.height };
  }

  private routeLink(link: Link | undefined): RouteLink | null {
    if (!link) return null;
    const offsets = this.offsets.get(link.id);
    return { from: link.from, to: link.to, fromOffset: offsets?.from ?? 0, toOffset: offsets?.to ?? 0, marker: link.rationale.trim() !== '' };
  }

  /**
   * Make a link's edge. With `onlyIfChanged`, keep the old object when it would come out the
   * same (returns whether it changed).
   */
  private buildEdge(link: Link, onlyIfChanged = false): boolean {
    const old = this.linkEdges.get(link.id);
    const edge = linkEdge(link, getOwn(this.theory.cards, link.from), getOwn(this.theory.cards, link.to), {
      selected: this.selectedLinks.has(link.id),
      highlight: this.view.highlight,
    });
    if (onlyIfChanged && old && old.data!.link === link && old.selected === edge.selected && old.className === edge.className) return false;
    this.linkEdges.set(link.id, edge);
    this.counts.edges++;
    return true;
  }

  /** Keep a link's shape, or make a new one where its offsets or route changed (returns whether it did). */
  private buildShape(link: Link): boolean {
    const offsets = this.offsets.get(link.id);
    const fromOffset = offsets?.from ?? 0;
    const toOffset = offsets?.to ?? 0;
    const geometry = this.router.geometry(link.id) ?? null;
    const old = this.shapes.get(link.id);
    if (old && old.fromOffset === fromOffset && old.toOffset === toOffset && old.geometry === geometry) return false;
    this.shapes.set(link.id, { fromOffset, toOffset, geometry });
    this.reshaped.add(link.id);
    this.counts.shapes++;
    return true;
  }

  private indexLink(link: Link): void {
    for (const end of [link.from, link.to]) {
      let set = this.linksAt.get(end);
      if (!set) this.linksAt.set(end, (set = new Set()));
      set.add(link.id);
    }
  }

  /**
   * Spread the arrows at a card along its edges: those leaving it (right edge) in the order
   * of their target cards, those arriving (left edge) in the order of their sources, top to
   * bottom. Returns the links whose offset changed.
   */
  private spreadAt(cardId: Id): Id[] {
    const card = getOwn(this.theory.cards, cardId);
    const ids = this.linksAt.get(cardId);
    if (!card || !ids || ids.size === 0) return [];
    const height = cardSize(card).height;
    const changed: Id[] = [];
    const yOf = (id: Id) => getOwn(this.theory.cards, id)?.position.y ?? 0;
    for (const side of ['from', 'to'] as const) {
      const links = [...ids].map((id) => getOwn(this.theory.links, id)).filter((l): l is Link => l !== undefined && l[side] === cardId);
      const other = side === 'from' ? 'to' : 'from';
      links.sort((a, b) => yOf(a[other]) - yOf(b[other]) || compareIds(a.id, b.id));
      const offsets = spreadOffsets(links.length, height);
      links.forEach((link, i) => {
        const entry = this.offsets.get(link.id) ?? { from: 0, to: 0 };
        if (!this.offsets.has(link.id)) this.offsets.set(link.id, entry);
        if (entry[side] === offsets[i]) return;
        entry[side] = offsets[i]!;
        changed.push(link.id);
      });
    }
    return changed;
  }

  private unindexLink(link: Link): void {
    for (const end of [link.from, link.to]) this.linksAt.get(end)?.delete(link.id);
  }

  /**
   * Whether cards moved within their lanes keep their places in the reading order (a drop a
   * little up or down, beside the same cards): each is found in the order by where it was
   * (binary search: the order is sorted by the cards as they were) and must still come after
   * the card before it and before the card after it. An array is in order when every
   * neighbouring pair is, and only pairs with a moved card can have changed.
   */
  private keepsOrder(moved: readonly [Card, Card][], before: Theory): boolean {
    const order = this.order;
    const now = (id: Id) => getOwn(this.theory.cards, id);
    // A card of the order missing from `before` means the order is not the one to patch.
    let unknown = false;
    const place = bisector((id: Id, was: Card) => {
      const other = getOwn(before.cards, id);
      if (!other) unknown = true;
      return other ? compareCardsInOrder(other, was) : 0;
    }).left;
    for (const [was, card] of moved) {
      const lo = place(order, was);
      if (unknown || order[lo] !== card.id) return false;
      const prev = lo > 0 ? now(order[lo - 1]!) : undefined;
      const next = lo + 1 < order.length ? now(order[lo + 1]!) : undefined;
      if ((lo > 0 && (!prev || compareCardsInOrder(prev, card) >= 0)) || (lo + 1 < order.length && (!next || compareCardsInOrder(card, next) >= 0))) return false;
    }
    return true;
  }

  /** Reading order and reference numbers; cards whose number changed get a new node. */
  private reorder(rebuildChanged = true, changed?: ReadonlySet<Id>): void {
    this.counts.orders++;
    const cards = changed && changed.size <= RESORT_ABOVE ? this.reinserted(changed) : Object.values(this.theory.cards).sort(compareCardsInOrder);
    this.order = cards.map((c) => c.id);
    const counters = STAGES.map(() => 0);
    for (const card of cards) {
      const s = stageIndex(card.stage);
      const ref = `${s + 1}.${++counters[s]!}`;
      if (this.refs.get(card.id) === ref) continue;
      this.refs.set(card.id, ref);
      if (rebuildChanged) this.buildNode(card, true);
    }
    this.nodesChanged = true;
  }

  /**
   * The reading order after a few cards changed: the others keep their order, so the changed
   * ones are taken out and each put back where it belongs (binary search) instead of all
   * cards being sorted again. The same order a sort gives (compareCardsInOrder is total).
   */
  private reinserted(changed: ReadonlySet<Id>): Card[] {
    const cards: Card[] = [];
    for (const id of this.order) {
      if (changed.has(id)) continue;
      const card = getOwn(this.theory.cards, id);
      if (card) cards.push(card);
    }
    const present = [...changed].flatMap((id) => getOwn(this.theory.cards, id) ?? []);
    return insertSorted(cards, present, compareCardsInOrder);
  }

  private dropBottom(bottom: number): void {
    const at = bisectLeft(this.bottoms, bottom);
    if (this.bottoms[at] === bottom) this.bottoms.splice(at, 1);
  }

  /** The lanes as tall as the lowest card needs (LANE_TOP without cards). */
  private updateLanes(): void {
    const bottom = Math.max(LANE_TOP, this.bottoms[this.bottoms.length - 1] ?? LANE_TOP);
    const height = laneHeightFor(bottom);
    if (height === this.laneHeightValue) return;
    this.laneHeightValue = height;
    this.lanes = STAGES.map((stage) => ({
      id: `lane:${stage}`,
      type: 'lane',
      position: { x: laneLeft(stage), y: 0 },
      data: { stage, height },
      width: LANE_WIDTH,
      height,
      measured: { width: LANE_WIDTH, height },
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      deletable: false,
      zIndex: -1,
    }));
    this.nodesChanged = true;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private emitShapes(): void {
    const ids = [...this.reshaped];
    this.reshaped.clear();
    for (const id of ids) this.shapeListeners.emit(id);
  }
}

/** Call a pending cancel, if any; returns null for the field that held it. */
function cancel(pending: (() => void) | null): null {
  pending?.();
  return null;
}

/** Whether there are frames to paint (a page), not Node (tests, tools). */
const paints = () => typeof requestAnimationFrame === 'function';

/** Without frames to paint (Node: tests, tools), "later" is the next task. */
const nextTask: Later = (fn) => {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/**
 * Whether a change only updated cards (moved, renamed, retagged): nothing added or removed,
 * no other kind of record touched. Such a change leaves every link's ends and marker as they
 * were; only card boxes can change, whose links can wait to be routed till the page is idle.
 */
function onlyCardsUpdated(diff: RecordDiff): boolean {
  for (const byType of [diff.added, diff.removed]) for (const records of Object.values(byType)) if (records && Object.keys(records).length > 0) return false;
  let cards = false;
  for (const [type, records] of Object.entries(diff.updated)) {
    if (!records || Object.keys(records).length === 0) continue;
    if (type !== 'card') return false;
    cards = true;
  }
  return cards;
}

function symmetricDifference(a: ReadonlySet<Id>, b: ReadonlySet<Id>): Id[] {
  const out: Id[] = [];
  for (const id of a) if (!b.has(id)) out.push(id);
  for (const id of b) if (!a.has(id)) out.push(id);
  return out;
}
