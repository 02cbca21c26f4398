import { getOwn, type Id, type Theory } from './model';

/**
 * Trace: every path through the chosen cards, from the inputs that lead to them to the
 * impact they lead to. A card is on the trace when it reaches a chosen card by following
 * links forward (upstream) or is reached from one (downstream); a link is on it when it
 * joins two such cards in that direction. Everything else is off the trace (the canvas
 * dims it). Linear in cards + links.
 */
export interface Trace {
  /** The cards traced through (those that exist). */
  through: Id[];
  cards: ReadonlySet<Id>;
  links: ReadonlySet<Id>;
  /** Input cards the trace starts from, and impact cards it ends in (reading order not implied). */
  inputs: Id[];
  impacts: Id[];
  /**
   * With one card traced: how many distinct paths run from an input card through it to an
   * impact card. Null when a loop runs through the trace (paths are then not countable)
   * or several cards are traced (their paths overlap).
   */
  paths: number | null;
}

function reach(start: Iterable<Id>, next: ReadonlyMap<Id, readonly { id: Id; card: Id }[]>): Set<Id> {
  const seen = new Set<Id>(start);
  const queue = [...seen];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const step of next.get(id) ?? []) {
      if (!seen.has(step.card)) {
        seen.add(step.card);
        queue.push(step.card);
      }
    }
  }
  return seen;
}

export function traceThrough(theory: Pick<Theory, 'cards' | 'links'>, ids: readonly Id[]): Trace {
  const through = [...new Set(ids.filter((id) => getOwn(theory.cards, id)))];
  const outgoing = new Map<Id, { id: Id; card: Id }[]>();
  const incoming = new Map<Id, { id: Id; card: Id }[]>();
  for (const l of Object.values(theory.links)) {
    if (!getOwn(theory.cards, l.from) || !getOwn(theory.cards, l.to)) continue;
    (outgoing.get(l.from) ?? outgoing.set(l.from, []).get(l.from)!).push({ id: l.id, card: l.to });
    (incoming.get(l.to) ?? incoming.set(l.to, []).get(l.to)!).push({ id: l.id, card: l.from });
  }
  const up = reach(through, incoming);
  const down = reach(through, outgoing);
  const cards = new Set([...up, ...down]);
  const links = new Set<Id>();
  for (const l of Object.values(theory.links)) {
    if ((up.has(l.from) && up.has(l.to)) || (down.has(l.from) && down.has(l.to))) links.add(l.id);
  }
  const stageOf = (id: Id) => theory.cards[id]!.stage;
  return {
    through,
    cards,
    links,
    inputs: [...up].filter((id) => stageOf(id) === 'input'),
    impacts: [...down].filter((id) => stageOf(id) === 'impact'),
    paths: through.length === 0 ? 0 : through.length > 1 ? null : countPaths(theory, through[0]!, up, down, incoming, outgoing),
  };
}

/**
 * Paths input → … → t → … → impact: (paths from inputs to t within the upstream part) ×
 * (paths from t to impacts within the downstream part). Both parts are searched depth
 * first with memo; meeting a card still on the stack is a loop.
 */
function countPaths(
  theory: Pick<Theory, 'cards'>,
  t: Id,
  up: ReadonlySet<Id>,
  down: ReadonlySet<Id>,
  incoming: ReadonlyMap<Id, readonly { card: Id }[]>,
  outgoing: ReadonlyMap<Id, readonly { card: Id }[]>,
): number | null {
  const count = (start: Id, next: ReadonlyMap<Id, readonly { card: Id }[]>, inside: ReadonlySet<Id>, end: string, memo: Map<Id, number>): number | null => {
    // Iterative post-order DFS: a long chain must not overflow the stack.
    const state = new Map<Id, 'open' | 'done'>();
    const stack: { id: Id; i: number }[] = [{ id: start, i: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const steps = (next.get(top.id) ?? []).filter((s) => inside.has(s.card));
      if (top.i < steps.length) {
        const child = steps[top.i++]!.card;
        const s = state.get(child);
        if (s === 'open') return null;
        if (s === undefined && !memo.has(child)) {
          state.set(child, 'open');
          stack.push({ id: child, i: 0 });
        }
        continue;
      }
      stack.pop();
      state.set(top.id, 'done');
      const own = theory.cards[top.id]!.stage === end ? 1 : 0;
      memo.set(top.id, own + steps.reduce((sum, s) => sum + (memo.get(s.card) ?? 0), 0));
    }
    return memo.get(start)!;
  };
  const before = count(t, incoming, up, 'input', new Map());
  const after = count(t, outgoing, down, 'impact', new Map());
  return before === null || after === null ? null : before * after;
}
