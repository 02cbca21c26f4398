import { STAGES, cardsInOrder, compareIds, getOwn, stageIndex, type Card, type Id, type Language, type Link, type StageKey, type Theory } from './model';
import { RUNG_LABELS, STAGE_LABELS } from './i18n/domain';
import { LADDER_RUNGS } from './records/vocabulary';
import { instrumentName } from './research/instruments';

/**
 * Chain checks: pure functions over a theory, each with a stable code, a severity, the
 * ids it concerns and a message in both languages. They advise; none blocks saving.
 *
 * Decisions worth knowing:
 * - An empty theory gets no findings at all: a fresh document should not open with a
 *   list of complaints. From the first card on, every check runs.
 * - Links within one stage are fine (outcomes build on each other, short → long term);
 *   only links to an earlier stage count as running backwards.
 * - A link skipping one stage (input → intermediate) is fine; two or more is worth a look.
 * - `cycle` reports each strongly connected group of cards once, however many loops
 *   run through it; ids are its cards in reading order.
 * - The research checks (#11) speak only to a theory that uses the tag: an outcome
 *   without an empowerment component is named once some card carries a component (a
 *   theory not read through empowerment gets no such advice), and a rung is named when
 *   actions are tagged with it but no outcome is. Both are information, not warnings.
 *
 * Results come grouped by code in CHECK_CODES order (structural warnings first, then
 * information), and within a code in reading order: cards by stage and position, links
 * by id. The order depends on the theory's content only, not on the order its records
 * were created in, so undoing a delete does not reshuffle the list.
 *
 * Everything is linear in cards + links (cycles via an iterative Tarjan, no recursion),
 * apart from one sort for reading order.
 */
export type Severity = 'error' | 'warning' | 'info';

export const CHECK_CODES = [
  'cycle',
  'impact-unreached',
  'link-backwards',
  'link-skips-stages',
  'card-unlinked',
  'stage-empty',
  'outcome-no-indicator',
  'card-no-aio',
  'outcome-no-empowerment',
  'rung-no-outcome',
  'instrument-unused',
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

export interface CheckDescription extends Record<Language, string> {
  severity: Severity;
  /** One sentence for documentation and tooltips: what the check looks for and why. */
  explain: Record<Language, string>;
}

/** Per code: its severity, a short name (nl/en) and an explanation, for the UI and the docs. */
export const CHECK_DESCRIPTIONS: Record<CheckCode, CheckDescription> = {
  cycle: {
    severity: 'warning',
    nl: 'Kringloop',
    en: 'Cycle',
    explain: {
      nl: 'Kaarten die via hun verbindingen weer bij zichzelf uitkomen; een keten loopt van input naar impact.',
      en: 'Cards whose links lead back to themselves; a chain runs from input to impact.',
    },
  },
  'impact-unreached': {
    severity: 'warning',
    nl: 'Impact die geen input bereikt',
    en: 'Impact no input reaches',
    explain: {
      nl: 'Een impactkaart waar je vanuit geen enkele inputkaart komt door de verbindingen te volgen.',
      en: 'An impact card that no input card leads to when you follow the links.',
    },
  },
  'link-backwards': {
    severity: 'warning',
    nl: 'Verbinding die terugloopt',
    en: 'Link that runs backwards',
    explain: {
      nl: 'Een verbinding naar een eerdere fase. Verbindingen binnen één fase zijn in orde.',
      en: 'A link to an earlier stage. Links within one stage are fine.',
    },
  },
  'link-skips-stages': {
    severity: 'warning',
    nl: 'Verbinding die fasen overslaat',
    en: 'Link that skips stages',
    explain: {
      nl: 'Een verbinding die twee of meer fasen overslaat, bijvoorbeeld van input rechtstreeks naar outcomes.',
      en: 'A link that skips two or more stages, for example from input straight to outcomes.',
    },
  },
  'card-unlinked': {
    severity: 'warning',
    nl: 'Kaart zonder verbindingen',
    en: 'Card with no links',
    explain: {
      nl: 'Een kaart die met geen enkele andere kaart verbonden is.',
      en: 'A card not linked to any other card.',
    },
  },
  'stage-empty': {
    severity: 'warning',
    nl: 'Fase zonder kaarten',
    en: 'Stage with no cards',
    explain: {
      nl: 'Een fase zonder kaarten, terwijl de theorie al kaarten heeft. Een lege theorie geeft geen meldingen.',
      en: 'A stage with no cards while the theory already has cards. An empty theory raises nothing.',
    },
  },
  'outcome-no-indicator': {
    severity: 'warning',
    nl: 'Outcome zonder indicator',
    en: 'Outcome without an indicator',
    explain: {
      nl: 'Een outcome zonder indicator: financiers vragen hoe een verandering gemeten wordt.',
      en: 'An outcome without an indicator: funders ask how a change is measured.',
    },
  },
  'card-no-aio': {
    severity: 'info',
    nl: 'Kaart zonder AIO-element',
    en: 'Card without an AIO element',
    explain: {
      nl: 'Een kaart zonder arbeidsmatige focus, integrale aanpak of ondersteuningsnetwerk.',
      en: 'A card tagged with none of work-oriented focus, integrated approach or support networks.',
    },
  },
  'outcome-no-empowerment': {
    severity: 'info',
    nl: 'Outcome zonder empowermentcomponent',
    en: 'Outcome without an empowerment component',
    explain: {
      nl: 'Een outcome die geen intrapersoonlijke, interpersoonlijke of gedragscomponent noemt, in een theorie die outcomes wel zo leest.',
      en: 'An outcome that names no intrapersonal, interactional or behavioural component, in a theory that does read outcomes that way.',
    },
  },
  'rung-no-outcome': {
    severity: 'info',
    nl: 'Trede met acties maar zonder outcome',
    en: 'Rung with actions but no outcome',
    explain: {
      nl: 'Acties voor een trede van de participatieladder, terwijl geen enkele outcome die trede noemt: wat verandert er voor wie daar staat?',
      en: 'Actions for a rung of the participation ladder while no outcome names that rung: what changes for the people on it?',
    },
  },
  'instrument-unused': {
    severity: 'info',
    nl: 'Meetinstrument dat geen indicator gebruikt',
    en: 'Instrument no indicator uses',
    explain: {
      nl: 'Een meetinstrument in de bibliotheek van de theorie waar geen enkele indicator naar verwijst.',
      en: 'An instrument in the theory’s library that no indicator points at.',
    },
  },
  'link-no-rationale': {
    severity: 'info',
    nl: 'Verbinding zonder onderbouwing',
    en: 'Link without a rationale',
    explain: {
      nl: 'Een verbinding die niet zegt waarom het een tot het ander leidt.',
      en: 'A link that does not say why one leads to the other.',
    },
  },
};

/** A cycle of thousands of cards would make an unreadable message; name the first few. */
const MAX_NAMED = 6;

function quote(card: Card | undefined, id: Id): string {
  const title = card?.title.trim();
  return `“${title ? title : id}”`;
}

function result(code: CheckCode, ids: Id[], nl: string, en: string): CheckResult {
  return { code, severity: CHECK_DESCRIPTIONS[code].severity, ids, message: { nl, en } };
}

function nameList(names: string[], language: Language): string {
  if (names.length <= MAX_NAMED) return names.join(', ');
  const more = names.length - MAX_NAMED;
  return `${names.slice(0, MAX_NAMED).join(', ')} ${language === 'nl' ? `en nog ${more}` : `and ${more} more`}`;
}

function byId(a: Link, b: Link): number {
  return compareIds(a.id, b.id);
}

export function runChecks(theory: Theory): CheckResult[] {
  const cards = cardsInOrder(theory);
  if (cards.length === 0) return [];
  const links = Object.values(theory.links).sort(byId);
  const found = new Map<CheckCode, CheckResult[]>(CHECK_CODES.map((code) => [code, []]));
  const add = (r: CheckResult) => found.get(r.code)!.push(r);
  const cardOf = (id: Id) => getOwn(theory.cards, id);
  const title = (id: Id) => quote(cardOf(id), id);
  const order = new Map<Id, number>(cards.map((c, i) => [c.id, i]));

  // Only links between existing cards count (the format refuses others; be safe anyway).
  const outgoing = new Map<Id, Id[]>();
  const linked = new Set<Id>();
  for (const l of links) {
    if (!cardOf(l.from) || !cardOf(l.to)) continue;
    linked.add(l.from);
    linked.add(l.to);
    const list = outgoing.get(l.from);
    if (list) list.push(l.to);
    else outgoing.set(l.from, [l.to]);
  }

  const perStage = new Map<StageKey, number>();
  for (const c of cards) perStage.set(c.stage, (perStage.get(c.stage) ?? 0) + 1);
  for (const stage of STAGES) {
    if (!perStage.get(stage)) {
      add(
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
    const t = title(c.id);
    if (!linked.has(c.id)) add(result('card-unlinked', [c.id], `${t} is met niets verbonden.`, `${t} is not linked to anything.`));
    if (c.stage === 'outcome' && c.indicators.length === 0) {
      add(
        result(
          'outcome-no-indicator',
          [c.id],
          `Outcome ${t} heeft geen indicator.`,
          `Outcome ${t} has no indicator.`,
        ),
      );
    }
    if (c.aio.length === 0) add(result('card-no-aio', [c.id], `${t} heeft nog geen AIO-element.`, `${t} has no AIO element yet.`));
  }

  if (cards.some((c) => c.empowerment.length > 0)) {
    for (const c of cards) {
      if (c.stage !== 'outcome' || c.empowerment.length > 0) continue;
      const t = title(c.id);
      add(
        result(
          'outcome-no-empowerment',
          [c.id],
          `Outcome ${t} noemt geen empowermentcomponent (intrapersoonlijk, interpersoonlijk of gedrag).`,
          `Outcome ${t} names no empowerment component (intrapersonal, interactional or behavioural).`,
        ),
      );
    }
  }

  const used = new Set(cards.flatMap((c) => c.indicators.map((i) => i.instrument)));
  for (const instrument of theory.instruments) {
    if (used.has(instrument.id)) continue;
    const name = `“${instrumentName(instrument) || instrument.id}”`;
    add(result('instrument-unused', [instrument.id], `Geen enkele indicator gebruikt meetinstrument ${name}.`, `No indicator uses the instrument ${name}.`));
  }

  for (const rung of LADDER_RUNGS) {
    const actions = cards.filter((c) => c.stage === 'action' && c.rungs.includes(rung));
    if (actions.length === 0 || cards.some((c) => c.stage === 'outcome' && c.rungs.includes(rung))) continue;
    const names = actions.map((c) => title(c.id));
    add(
      result(
        'rung-no-outcome',
        actions.map((c) => c.id),
        `${RUNG_LABELS.nl[rung]} heeft acties (${nameList(names, 'nl')}) maar geen outcome.`,
        `${RUNG_LABELS.en[rung]} has actions (${nameList(names, 'en')}) but no outcome.`,
      ),
    );
  }

  for (const l of links) {
    const from = cardOf(l.from);
    const to = cardOf(l.to);
    if (!from || !to) continue;
    const step = stageIndex(to.stage) - stageIndex(from.stage);
    const ends = { nl: `van ${title(l.from)} naar ${title(l.to)}`, en: `from ${title(l.from)} to ${title(l.to)}` };
    if (step < 0) {
      add(
        result(
          'link-backwards',
          [l.id, l.from, l.to],
          `De verbinding ${ends.nl} loopt terug van ${STAGE_LABELS.nl[from.stage]} naar ${STAGE_LABELS.nl[to.stage]}.`,
          `The link ${ends.en} runs backwards from ${STAGE_LABELS.en[from.stage]} to ${STAGE_LABELS.en[to.stage]}.`,
        ),
      );
    } else if (step >= 3) {
      const skipped = STAGES.slice(stageIndex(from.stage) + 1, stageIndex(to.stage));
      add(
        result(
          'link-skips-stages',
          [l.id, l.from, l.to],
          `De verbinding ${ends.nl} slaat ${skipped.length} fasen over (${skipped.map((s) => STAGE_LABELS.nl[s]).join(', ')}).`,
          `The link ${ends.en} skips ${skipped.length} stages (${skipped.map((s) => STAGE_LABELS.en[s]).join(', ')}).`,
        ),
      );
    }
    if (!l.rationale.trim()) {
      add(
        result(
          'link-no-rationale',
          [l.id],
          `De verbinding ${ends.nl} heeft geen onderbouwing (waarom leidt het een tot het ander?).`,
          `The link ${ends.en} has no rationale (why does one lead to the other?).`,
        ),
      );
    }
  }

  // Which cards some input reaches, following links in their direction (breadth-first).
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
      add(
        result(
          'impact-unreached',
          [c.id],
          `Impact ${title(c.id)} wordt vanuit geen enkele input bereikt.`,
          `No input leads to impact ${title(c.id)}.`,
        ),
      );
    }
  }

  const groups = cycles(
    cards.map((c) => c.id),
    outgoing,
  )
    .map((group) => group.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  for (const group of groups) {
    const names = group.map(title);
    add(
      result(
        'cycle',
        group,
        `Deze ${group.length} kaarten vormen een kringloop: ${nameList(names, 'nl')}.`,
        `These ${group.length} cards form a cycle: ${nameList(names, 'en')}.`,
      ),
    );
  }

  return CHECK_CODES.flatMap((code) => found.get(code)!);
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

/**
 * What choosing a finding brings into view: the lane of an empty stage, or the cards and
 * links it names (ids that no longer exist are left out), and the cards to show on screen
 * (a link is shown by its two ends).
 */
export interface CheckTarget {
  stage: StageKey | null;
  cards: Id[];
  links: Id[];
  show: Id[];
}

export function checkTarget(theory: Theory, result: CheckResult): CheckTarget {
  if (isStageResult(result)) return { stage: result.ids[0] ?? null, cards: [], links: [], show: [] };
  const cards = result.ids.filter((id) => getOwn(theory.cards, id));
  const links = result.ids.filter((id) => getOwn(theory.links, id));
  const show = cards.length > 0 ? cards : links.flatMap((id) => [theory.links[id]!.from, theory.links[id]!.to]);
  return { stage: null, cards, links, show };
}

/**
 * How the checks panel sums up: a theory without cards is empty (not "complete": there is
 * nothing to check yet), else clean or with findings.
 */
export type ChecksSummary = 'empty' | 'clean' | 'findings';

export function checksSummary(theory: Theory, results: readonly CheckResult[]): ChecksSummary {
  if (Object.keys(theory.cards).length === 0) return 'empty';
  return results.length === 0 ? 'clean' : 'findings';
}
