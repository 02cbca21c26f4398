import { RESORT_ABOVE, insertSorted } from './insertSorted';
import { STAGES, compareCardsInOrder, compareIds, getOwn, stageIndex, type Card, type Id, type Language, type Link, type StageKey, type Theory } from './model';
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

/** `names` are the first MAX_NAMED (or more) of `total` names. */
function nameList(names: string[], total: number, language: Language): string {
  if (total <= MAX_NAMED) return names.join(', ');
  const more = total - MAX_NAMED;
  return `${names.slice(0, MAX_NAMED).join(', ')} ${language === 'nl' ? `en nog ${more}` : `and ${more} more`}`;
}

/**
 * Ids that the collator holds equal ("c1" and "c01": it compares numbers by value) are put in
 * code-point order, so the order is total: it does not depend on the order the records were
 * made in, and patching it after an edit (patchedOrder) gives the order a sort gives.
 */
function compareIdsTotal(a: Id, b: Id): number {
  return compareIds(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function byId(a: Link, b: Link): number {
  return compareIdsTotal(a.id, b.id);
}

function inReadingOrder(a: Card, b: Card): number {
  return compareCardsInOrder(a, b) || compareIdsTotal(a.id, b.id);
}

/**
 * The order of a collection after a few of its records changed: the unchanged keep their
 * order, the changed are taken out and each put back where it belongs (binary search), the
 * same order a sort gives as `compare` is total. Null when too much changed (sort afresh).
 */
function patchedOrder<T extends { id: Id }>(before: readonly T[], prev: Record<Id, T>, next: Record<Id, T>, compare: (a: T, b: T) => number): T[] | null {
  // Plain indexing (no hasOwnProperty): compared with a record, what an id inherits is never equal.
  const changed: T[] = [];
  for (const record of Object.values(next)) {
    if (prev[record.id] === record) continue;
    changed.push(record);
    if (changed.length > RESORT_ABOVE) return null;
  }
  const order: T[] = [];
  for (const record of before) if (next[record.id] === record) order.push(record);
  return insertSorted(order, changed, compare);
}

/** A table's records in one order, patched from the table it last saw (patchedOrder) rather than sorted again. */
class KeptOrder<T extends { id: Id }> {
  private table: Record<Id, T> | null = null;
  private list: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  of(table: Record<Id, T>): T[] {
    if (table !== this.table) {
      const patched = this.table ? patchedOrder(this.list, this.table, table, this.compare) : null;
      this.list = patched ?? Object.values(table).sort(this.compare);
      this.table = table;
    }
    return this.list;
  }
}

/** What one card contributes, kept while the card record and what it was judged against stay the same. */
interface CardFindings {
  linked: boolean;
  reached: boolean;
  anyEmpowerment: boolean;
  unlinked: CheckResult | null;
  noIndicator: CheckResult | null;
  noAio: CheckResult | null;
  noEmpowerment: CheckResult | null;
  unreached: CheckResult | null;
}

/** Which cards link where, and the groups of cards in a cycle (members in no particular order). */
interface LinkStructure {
  links: Record<Id, Link>;
  cardIds: Set<Id>;
  outgoing: Map<Id, Id[]>;
  linked: Set<Id>;
  groups: Id[][];
}

/** What one link contributes, kept while the link record and its two card records stay the same. */
interface LinkFindings {
  from: Card;
  to: Card;
  direction: CheckResult | null;
  noRationale: CheckResult | null;
}

/**
 * The chain checks over one theory after another (the checks panel follows every edit):
 * it keeps what it found per card and per link record, and the reading order, the sorted
 * links and the link structure (which cards link where, the cycles) from the theory before.
 * An edit changes a few records, so an edit's checks build the findings of those records
 * only (a rename: the card's and its links'), and sort nothing again. Documents are
 * immutable and share unchanged records, so a record that is the same object found the
 * same. A new checker (runChecks) works everything out: the results are equal either way
 * (test/shared/checksIncremental.test.ts).
 */
export class ChainChecker {
  /** Card and link findings made (not reused) so far: the work an edit costs, for tests. */
  built = 0;
  /** Cards by stage, top to bottom, then id (as cardsInOrder). */
  private readonly readingOrder = new KeptOrder<Card>(inReadingOrder);
  /** All links by id. */
  private readonly linksById = new KeptOrder<Link>(byId);
  private structure: LinkStructure | null = null;
  private cardFindings = new WeakMap<Card, CardFindings>();
  private linkFindings = new WeakMap<Link, LinkFindings>();

  run(theory: Theory): CheckResult[] {
    // The checks read the cards, the links and the instruments only (an edit of a note or the theory's title changes nothing here).
    const last = this.last;
    if (last && last.cards === theory.cards && last.links === theory.links && last.instruments === theory.instruments) return last.results;
    const results = this.check(theory);
    this.last = { cards: theory.cards, links: theory.links, instruments: theory.instruments, results };
    return results;
  }

  private last: { cards: Theory['cards']; links: Theory['links']; instruments: Theory['instruments']; results: CheckResult[] } | null = null;

  private check(theory: Theory): CheckResult[] {
    const cards = this.readingOrder.of(theory.cards);
    if (cards.length === 0) return [];
    const links = this.linksById.of(theory.links);
    const found = new Map<CheckCode, CheckResult[]>(CHECK_CODES.map((code) => [code, []]));
    const add = (r: CheckResult | null) => {
      if (r) found.get(r.code)!.push(r);
    };
    const cardOf = (id: Id) => getOwn(theory.cards, id);
    const title = (id: Id) => quote(cardOf(id), id);
    const { outgoing, linked, groups } = this.linkStructure(theory, links, cards);

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

    // Which cards some input reaches, following links in their direction (breadth-first).
    const reached = new Set<Id>();
    const queue: Id[] = [];
    for (const c of cards) if (c.stage === 'input') queue.push(c.id);
    for (const id of queue) reached.add(id);
    for (let i = 0; i < queue.length; i++) {
      for (const next of outgoing.get(queue[i]!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }

    const anyEmpowerment = cards.some((c) => c.empowerment.length > 0);
    // A card's findings depend on whether some input reaches it only for an impact, on whether any card names an empowerment component only for an outcome.
    const perCard = cards.map((c) => this.findingsOf(c, linked.has(c.id), c.stage === 'impact' && reached.has(c.id), c.stage === 'outcome' && anyEmpowerment));
    for (const f of perCard) {
      add(f.unlinked);
      add(f.noIndicator);
      add(f.noAio);
    }
    for (const f of perCard) add(f.noEmpowerment);

    if (theory.instruments.length > 0) {
      const used = new Set<string>();
      for (const c of cards) for (const i of c.indicators) used.add(i.instrument);
      for (const instrument of theory.instruments) {
        if (used.has(instrument.id)) continue;
        const name = `“${instrumentName(instrument) || instrument.id}”`;
        add(result('instrument-unused', [instrument.id], `Geen enkele indicator gebruikt meetinstrument ${name}.`, `No indicator uses the instrument ${name}.`));
      }
    }

    const actionsOn = new Map<string, Card[]>();
    const outcomeRungs = new Set<string>();
    for (const c of cards) {
      if (c.rungs.length === 0) continue;
      if (c.stage === 'outcome') for (const rung of c.rungs) outcomeRungs.add(rung);
      else if (c.stage === 'action') {
        for (const rung of new Set(c.rungs)) {
          const list = actionsOn.get(rung);
          if (list) list.push(c);
          else actionsOn.set(rung, [c]);
        }
      }
    }
    for (const rung of LADDER_RUNGS) {
      const actions = actionsOn.get(rung);
      if (!actions || outcomeRungs.has(rung)) continue;
      const names = actions.slice(0, MAX_NAMED + 1).map((c) => title(c.id));
      add(
        result(
          'rung-no-outcome',
          actions.map((c) => c.id),
          `${RUNG_LABELS.nl[rung]} heeft acties (${nameList(names, actions.length, 'nl')}) maar geen outcome.`,
          `${RUNG_LABELS.en[rung]} has actions (${nameList(names, actions.length, 'en')}) but no outcome.`,
        ),
      );
    }

    for (const l of links) {
      const from = cardOf(l.from);
      const to = cardOf(l.to);
      if (!from || !to) continue;
      const f = this.linkFindingsOf(l, from, to);
      add(f.direction);
      add(f.noRationale);
    }

    for (const f of perCard) add(f.unreached);

    if (groups.length > 0) {
      const order = new Map<Id, number>(cards.map((c, i) => [c.id, i]));
      const sorted = groups.map((group) => [...group].sort((a, b) => order.get(a)! - order.get(b)!)).sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
      for (const group of sorted) {
        const names = group.slice(0, MAX_NAMED + 1).map(title);
        add(
          result(
            'cycle',
            group,
            `Deze ${group.length} kaarten vormen een kringloop: ${nameList(names, group.length, 'nl')}.`,
            `These ${group.length} cards form a cycle: ${nameList(names, group.length, 'en')}.`,
          ),
        );
      }
    }

    return CHECK_CODES.flatMap((code) => found.get(code)!);
  }

  /**
   * Which cards link where and the groups of cards in a cycle: they depend on the links and
   * on which cards exist, so an edit of cards alone (a rename, a move) keeps them.
   */
  private linkStructure(theory: Theory, links: Link[], cards: Card[]): LinkStructure {
    const kept = this.structure;
    if (kept && kept.links === theory.links && kept.cardIds.size === cards.length && cards.every((c) => kept.cardIds.has(c.id))) return kept;
    // Only links between existing cards count (the format refuses others; be safe anyway).
    const outgoing = new Map<Id, Id[]>();
    const linked = new Set<Id>();
    for (const l of links) {
      if (!getOwn(theory.cards, l.from) || !getOwn(theory.cards, l.to)) continue;
      linked.add(l.from);
      linked.add(l.to);
      const list = outgoing.get(l.from);
      if (list) list.push(l.to);
      else outgoing.set(l.from, [l.to]);
    }
    const ids = cards.map((c) => c.id);
    this.structure = { links: theory.links, cardIds: new Set(ids), outgoing, linked, groups: cycles(ids, outgoing) };
    return this.structure;
  }

  private findingsOf(c: Card, linked: boolean, reached: boolean, anyEmpowerment: boolean): CardFindings {
    const kept = this.cardFindings.get(c);
    if (kept && kept.linked === linked && kept.reached === reached && kept.anyEmpowerment === anyEmpowerment) return kept;
    this.built++;
    const t = quote(c, c.id);
    const f: CardFindings = {
      linked,
      reached,
      anyEmpowerment,
      unlinked: linked ? null : result('card-unlinked', [c.id], `${t} is met niets verbonden.`, `${t} is not linked to anything.`),
      noIndicator: c.stage === 'outcome' && c.indicators.length === 0 ? result('outcome-no-indicator', [c.id], `Outcome ${t} heeft geen indicator.`, `Outcome ${t} has no indicator.`) : null,
      noAio: c.aio.length === 0 ? result('card-no-aio', [c.id], `${t} heeft nog geen AIO-element.`, `${t} has no AIO element yet.`) : null,
      noEmpowerment:
        anyEmpowerment && c.stage === 'outcome' && c.empowerment.length === 0
          ? result(
              'outcome-no-empowerment',
              [c.id],
              `Outcome ${t} noemt geen empowermentcomponent (intrapersoonlijk, interpersoonlijk of gedrag).`,
              `Outcome ${t} names no empowerment component (intrapersonal, interactional or behavioural).`,
            )
          : null,
      unreached: c.stage === 'impact' && !reached ? result('impact-unreached', [c.id], `Impact ${t} wordt vanuit geen enkele input bereikt.`, `No input leads to impact ${t}.`) : null,
    };
    this.cardFindings.set(c, f);
    return f;
  }

  private linkFindingsOf(l: Link, from: Card, to: Card): LinkFindings {
    const kept = this.linkFindings.get(l);
    if (kept && kept.from === from && kept.to === to) return kept;
    this.built++;
    const step = stageIndex(to.stage) - stageIndex(from.stage);
    const fromTitle = quote(from, l.from);
    const toTitle = quote(to, l.to);
    const ends = { nl: `van ${fromTitle} naar ${toTitle}`, en: `from ${fromTitle} to ${toTitle}` };
    let direction: CheckResult | null = null;
    if (step < 0) {
      direction = result(
        'link-backwards',
        [l.id, l.from, l.to],
        `De verbinding ${ends.nl} loopt terug van ${STAGE_LABELS.nl[from.stage]} naar ${STAGE_LABELS.nl[to.stage]}.`,
        `The link ${ends.en} runs backwards from ${STAGE_LABELS.en[from.stage]} to ${STAGE_LABELS.en[to.stage]}.`,
      );
    } else if (step >= 3) {
      const skipped = STAGES.slice(stageIndex(from.stage) + 1, stageIndex(to.stage));
      direction = result(
        'link-skips-stages',
        [l.id, l.from, l.to],
        `De verbinding ${ends.nl} slaat ${skipped.length} fasen over (${skipped.map((s) => STAGE_LABELS.nl[s]).join(', ')}).`,
        `The link ${ends.en} skips ${skipped.length} stages (${skipped.map((s) => STAGE_LABELS.en[s]).join(', ')}).`,
      );
    }
    const noRationale = l.rationale.trim()
      ? null
      : result(
          'link-no-rationale',
          [l.id],
          `De verbinding ${ends.nl} heeft geen onderbouwing (waarom leidt het een tot het ander?).`,
          `The link ${ends.en} has no rationale (why does one lead to the other?).`,
        );
    const f: LinkFindings = { from, to, direction, noRationale };
    this.linkFindings.set(l, f);
    return f;
  }
}

/** The chain checks of one theory, worked out whole (ChainChecker follows a theory through its edits). */
export function runChecks(theory: Theory): CheckResult[] {
  return new ChainChecker().run(theory);
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
  // Up to the first card, not all of them (Object.keys of thousands on every edit).
  for (const id in theory.cards) if (Object.prototype.hasOwnProperty.call(theory.cards, id)) return results.length === 0 ? 'clean' : 'findings';
  return 'empty';
}
