import { STAGES, stageIndex, type Card, type Id, type Language, type StageKey, type Theory } from './model';
import { STAGE_LABELS } from './i18n/domain';

/**
 * Chain checks: pure functions over a theory, each with a stable code, a severity, the
 * ids it concerns and a message in both languages. They advise; none blocks saving.
 * All run in linear time (cycles via an iterative Tarjan), so 1,000+ cards stay cheap.
 */
export type Severity = 'error' | 'warning' | 'info';

export const CHECK_CODES = [
  'card-unlinked',
  'stage-empty',
  'outcome-no-indicator',
  'card-no-aio',
  'link-backwards',
  'link-skips-stages',
  'impact-unreached',
  'cycle',
  'link-no-rationale',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface CheckResult {
  code: CheckCode;
  severity: Severity;
  /** Card ids, link ids, or a stage key for `stage-empty`. */
  ids: Id[];
  message: Record<Language, string>;
}

export const CHECK_DESCRIPTIONS: Record<CheckCode, { severity: Severity } & Record<Language, string>> = {
  'card-unlinked': { severity: 'warning', nl: 'Kaart zonder verbindingen', en: 'Card with no links' },
  'stage-empty': { severity: 'warning', nl: 'Fase zonder kaarten', en: 'Stage with no cards' },
  'outcome-no-indicator': { severity: 'warning', nl: 'Outcome zonder indicator', en: 'Outcome without an indicator' },
  'card-no-aio': { severity: 'info', nl: 'Kaart zonder AIO-element', en: 'Card without an AIO element' },
  'link-backwards': { severity: 'warning', nl: 'Verbinding die terugloopt', en: 'Link that runs backwards' },
  'link-skips-stages': { severity: 'warning', nl: 'Verbinding die fasen overslaat', en: 'Link that skips stages' },
  'impact-unreached': { severity: 'warning', nl: 'Impact die geen input bereikt', en: 'Impact no input reaches' },
  cycle: { severity: 'warning', nl: 'Kringloop', en: 'Cycle' },
  'link-no-rationale': { severity: 'info', nl: 'Verbinding zonder onderbouwing', en: 'Link without a rationale' },
};

function name(card: Card | undefined, id: Id): string {
  const title = card?.title.trim();
  return `“${title ? title : id}”`;
}

function result(code: CheckCode, ids: Id[], nl: string, en: string): CheckResult {
  return { code, severity: CHECK_DESCRIPTIONS[code].severity, ids, message: { nl, en } };
}

export function runChecks(theory: Theory): CheckResult[] {
  const cards = Object.values(theory.cards);
  const links = Object.values(theory.links);
  const out: CheckResult[] = [];
  if (cards.length === 0) return out; // an empty theory has nothing to advise on yet

  const outgoing = new Map<Id, Id[]>();
  const linked = new Set<Id>();
  for (const l of links) {
    linked.add(l.from);
    linked.add(l.to);
    const list = outgoing.get(l.from);
    if (list) list.push(l.to);
    else outgoing.set(l.from, [l.to]);
  }
  const title = (id: Id) => name(theory.cards[id], id);

  for (const stage of STAGES) {
    if (!cards.some((c) => c.stage === stage)) {
      out.push(
        result(
          'stage-empty',
          [stage],
          `De fase ${STAGE_LABELS.nl[stage]} heeft nog geen kaarten.`,
          `The stage ${STAGE_LABELS.en[stage]} has no cards yet.`,
        ),
      );
    }
  }

  for (const c of cards) {
    if (!linked.has(c.id)) {
      out.push(result('card-unlinked', [c.id], `${title(c.id)} is met niets verbonden.`, `${title(c.id)} is not linked to anything.`));
    }
  }
  for (const c of cards) {
    if (c.stage === 'outcome' && c.indicators.length === 0) {
      out.push(
        result('outcome-no-indicator', [c.id], `Outcome ${title(c.id)} heeft geen indicator.`, `Outcome ${title(c.id)} has no indicator.`),
      );
    }
  }

  for (const c of cards) {
    if (c.aio.length === 0) {
      out.push(
        result('card-no-aio', [c.id], `${title(c.id)} heeft nog geen AIO-element.`, `${title(c.id)} has no AIO element yet.`),
      );
    }
  }

  for (const l of links) {
    const from = theory.cards[l.from];
    const to = theory.cards[l.to];
    if (!from || !to) continue;
    const step = stageIndex(to.stage) - stageIndex(from.stage);
    // Links within one stage are fine: outcomes often build on each other (short → long term).
    if (step < 0) {
      out.push(
        result(
          'link-backwards',
          [l.id, l.from, l.to],
          `De verbinding van ${title(l.from)} naar ${title(l.to)} loopt terug van ${STAGE_LABELS.nl[from.stage]} naar ${STAGE_LABELS.nl[to.stage]}.`,
          `The link from ${title(l.from)} to ${title(l.to)} runs backwards from ${STAGE_LABELS.en[from.stage]} to ${STAGE_LABELS.en[to.stage]}.`,
        ),
      );
    } else if (step >= 3) {
      const skipped = step - 1;
      out.push(
        result(
          'link-skips-stages',
          [l.id, l.from, l.to],
          `De verbinding van ${title(l.from)} naar ${title(l.to)} slaat ${skipped} fasen over.`,
          `The link from ${title(l.from)} to ${title(l.to)} skips ${skipped} stages.`,
        ),
      );
    }
  }

  // Impact reached from any input, following links forward (breadth-first).
  const reached = new Set<Id>();
  const queue: Id[] = cards.filter((c) => c.stage === 'input').map((c) => c.id);
  for (const id of queue) reached.add(id);
  for (let i = 0; i < queue.length; i++) {
    for (const next of outgoing.get(queue[i]!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const c of cards) {
    if (c.stage === 'impact' && !reached.has(c.id)) {
      out.push(
        result(
          'impact-unreached',
          [c.id],
          `Impact ${title(c.id)} wordt vanuit geen enkele input bereikt.`,
          `No input leads to impact ${title(c.id)}.`,
        ),
      );
    }
  }

  for (const component of cycles(cards.map((c) => c.id), outgoing)) {
    const names = component.map(title).join(' → ');
    out.push(result('cycle', component, `Deze kaarten vormen een kringloop: ${names}.`, `These cards form a cycle: ${names}.`));
  }

  for (const l of links) {
    if (!l.rationale.trim()) {
      out.push(
        result(
          'link-no-rationale',
          [l.id],
          `De verbinding van ${title(l.from)} naar ${title(l.to)} heeft geen onderbouwing (waarom leidt het een tot het ander?).`,
          `The link from ${title(l.from)} to ${title(l.to)} has no rationale (why does one lead to the other?).`,
        ),
      );
    }
  }
  return out;
}

/**
 * Strongly connected components with more than one card (a self-link is refused by the
 * format and the commands). Iterative Tarjan: no recursion, so deep chains are safe.
 */
export function cycles(ids: Id[], outgoing: Map<Id, Id[]>): Id[][] {
  const index = new Map<Id, number>();
  const low = new Map<Id, number>();
  const onStack = new Set<Id>();
  const stack: Id[] = [];
  const found: Id[][] = [];
  let counter = 0;

  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: Id; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = outgoing.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: Id[] = [];
        let member: Id;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1) found.push(component.reverse());
      }
    }
  }
  return found;
}

/** Results that concern a stage key rather than cards (stage-empty). */
export function isStageResult(result: CheckResult): result is CheckResult & { ids: StageKey[] } {
  return result.code === 'stage-empty';
}
