import { AIO_KEYS, STAGES, getOwn, type Card, type Language, type Link, type WerkzaamDocument } from '../model';
import { linksByCard } from './refs';
import { AIO_LABELS, ASSUMPTION_KIND_LABELS, ASSUMPTION_STATUS_LABELS, STAGE_LABELS } from '../i18n/domain';
import { reportStrings } from '../i18n/report';
import { translator, LOCALES } from '../i18n/core';
import { isStageResult, runChecks, type CheckResult } from '../checks';
import { cardRefs, type CardRefs } from './refs';
import { layoutDiagram } from './layout';
import { printableTheory } from './printable';
import type { Block, ReportModel, ReportSection, TextMeasure } from './model';
import { changesSection, generic } from './provenance';
import { notesOf } from '../notes';
import { indicatorTable, instrumentsAppendix, measurementsAppendix } from './research';

export interface ReportModelOptions {
  /** Language of the report; defaults to the theory's language. */
  language?: Language;
  /** Include the open chain checks (default false: they are working notes, not for a funder). */
  includeChecks?: boolean;
  /** Include the sticky notes, the workshop's parking lot (default false: not part of the theory). */
  includeNotes?: boolean;
  /** The date printed on the title page (default now). */
  date?: Date;
  /** How wide text is in the fonts the report is set in: the diagram's boxes depend on it. */
  measure: TextMeasure;
  /** A saved version (by label or id): the report gets a section "Changes since version …" (issue #12). */
  changesSince?: string;
}

export type Translate = ReturnType<typeof translator<(typeof reportStrings)['nl']>>;

export interface Context {
  theory: ReturnType<typeof printableTheory>;
  language: Language;
  t: Translate;
  refs: CardRefs;
  /** Every card, stage by stage, in reading order. */
  cards: Card[];
  cardLabel: (id: string) => string;
  /** Text widths in the report's fonts (the charts' labels). */
  measure: TextMeasure;
}

/**
 * What the funder report says, as a neutral description (see model.ts): title page,
 * diagram, narrative per stage, indicators, assumptions, AIO coverage, open checks and
 * the appendices of measurements and instruments. Every content rule of the report lives here; renderers only draw.
 */
export function buildReportModel(source: WerkzaamDocument, options: ReportModelOptions): ReportModel {
  const theory = printableTheory(source.theory);
  const language = options.language ?? theory.language;
  const t = translator(reportStrings, language);
  const date = options.date ?? new Date();
  const refs = cardRefs(theory);
  const ctx: Context = {
    theory,
    language,
    t,
    refs,
    cards: STAGES.flatMap((s) => refs.byStage[s]),
    cardLabel: (id) => `${refs.ref(id)} ${theory.cards[id]?.title ?? id}`,
    measure: options.measure,
  };
  // A section with nothing to say is left out (of the pages and the contents), rather than
  // printing "nothing yet" for the funder; the diagram says once that a theory is empty.
  const sections: ReportSection[] = (
    [
      ...generic(ctx, source),
      ...(options.changesSince !== undefined ? [changesSection(ctx, source, options.changesSince)] : []),
      { id: 'diagram', title: t('diagram'), orientation: 'landscape', blocks: [{ kind: 'diagram', diagram: layoutDiagram(theory, refs, options.measure, language) }] },
      { id: 'narrative', title: t('narrative'), orientation: 'portrait', blocks: narrative(ctx) },
      { id: 'indicators', title: t('indicators'), orientation: 'landscape', blocks: indicatorTable(ctx) },
      { id: 'assumptions', title: t('assumptions'), orientation: 'portrait', blocks: assumptions(ctx) },
      { id: 'coverage', title: t('coverage'), orientation: 'portrait', blocks: coverage(ctx) },
      { id: 'checks', title: t('checks'), orientation: 'portrait', blocks: options.includeChecks ? checks(ctx) : [] },
      { id: 'notes', title: t('notes'), orientation: 'portrait', blocks: options.includeNotes ? notes(source) : [] },
      { id: 'measurements', title: t('measurements'), orientation: 'portrait', blocks: measurementsAppendix(ctx) },
      { id: 'instruments', title: t('instruments'), orientation: 'portrait', blocks: instrumentsAppendix(ctx) },
    ] satisfies ReportSection[]
  ).filter((section) => section.blocks.length > 0);
  const summary = theory.description.trim();
  return {
    language,
    properties: {
      title: theory.title,
      subject: `${t('subtitle')}${theory.organisation ? ` – ${theory.organisation}` : ''}`,
      author: theory.authors.join(', '),
      keywords: ['programmatheorie', 'program theory', 'AIO', theory.organisation].filter(Boolean).join(', '),
      creator: t('creator'),
      date,
      identity: `${theory.title}|${theory.revision}|${date.toISOString()}`,
    },
    titlePage: {
      kicker: t('subtitle').toUpperCase(),
      title: theory.title || '—',
      facts: (
        [
          [t('organisation'), theory.organisation],
          [t('authors'), theory.authors.join(', ')],
          [t('date'), date.toLocaleDateString(LOCALES[language], { year: 'numeric', month: 'long', day: 'numeric' })],
          [t('revision'), theory.revision],
          [
            t('size'),
            t('sizeValue', {
              cards: Object.keys(theory.cards).length,
              links: Object.keys(theory.links).length,
              indicators: Object.values(theory.cards).reduce((n, c) => n + c.indicators.length, 0),
              assumptions: Object.keys(theory.assumptions).length,
            }),
          ],
        ] as [string, string][]
      )
        .filter(([, value]) => value)
        .map(([label, value]) => ({ label, value })),
      summary: summary ? { heading: t('summary'), text: summary, placeholder: false } : null,
    },
    contentsHeading: t('contents'),
    sections,
    page: { header: theory.title, footer: theory.organisation, pageNumber: t('pageOf') },
  };
}

function narrative({ theory, language, t, refs, cards: all, cardLabel }: Context): Block[] {
  const blocks: Block[] = [];
  if (all.length === 0) return blocks;
  const links = linksByCard(Object.values(theory.links));
  for (const stage of STAGES) {
    const cards = refs.byStage[stage];
    // A stage without cards shows as an empty column in the diagram; the narrative skips it.
    if (cards.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: `${STAGES.indexOf(stage) + 1}. ${STAGE_LABELS[language][stage]}`, stage });
    for (const card of cards) {
      // Only what the link says: a missing rationale is a working note (the checks), not report text.
      const describe = (otherId: string, rationale: string, evidence: string) =>
        `${cardLabel(otherId)}${rationale.trim() ? `: ${rationale.trim()}` : ''}${evidence.trim() ? ` [${t('evidence')}: ${evidence.trim()}]` : ''}`;
      const relations = [
        ...links.into(card.id).map((l) => ({ text: `← ${t('comesFrom')} ${describe(l.from, l.rationale, l.evidence)}`, notes: [] })),
        ...links
          .outOf(card.id)
          .map((l) => ({
            text: `→ ${t('leadsTo')} ${describe(l.to, l.rationale, l.evidence)}`,
            // A link's assumptions are listed once, under the card the link leaves.
            notes: l.assumptions.flatMap((id) => {
              const a = theory.assumptions[id];
              if (!a) return [];
              const label = a.kind === 'external' ? t('externalFactorOnLink') : t('assumptionOnLink');
              return [`${label}: ${a.text.trim() || '—'} (${ASSUMPTION_STATUS_LABELS[language][a.status].toLowerCase()})`];
            }),
          })),
      ];
      const description = card.description.trim();
      blocks.push({
        kind: 'entry',
        ref: refs.ref(card.id),
        title: card.title.trim() || '—',
        description: description ? { text: description, placeholder: false } : null,
        // Untagged cards are listed once, in the coverage section.
        tags: card.aio.length > 0 ? `${t('aioElements')}: ${card.aio.map((k) => AIO_LABELS[language][k]).join(', ')}` : null,
        relations,
      });
    }
  }
  return blocks;
}

function assumptions({ theory, language, t, refs }: Context): Block[] {
  const all = Object.values(theory.assumptions);
  if (all.length === 0) return [];
  // Each assumption's links, in link order: one pass over the links, not one per assumption.
  const linksOf = new Map<string, Link[]>();
  for (const l of Object.values(theory.links)) {
    for (const id of new Set(l.assumptions)) {
      const list = linksOf.get(id) ?? [];
      list.push(l);
      linksOf.set(id, list);
    }
  }
  return [
    {
      kind: 'table',
      headers: [t('colText'), t('colKind'), t('colStatus'), t('colLinks')],
      rows: all.map((a) => {
        const on = (linksOf.get(a.id) ?? []).map((l) => `${refs.ref(l.from)} → ${refs.ref(l.to)}`);
        return [a.text, ASSUMPTION_KIND_LABELS[language][a.kind], ASSUMPTION_STATUS_LABELS[language][a.status], on.join('\n') || t('notLinked')];
      }),
      columns: [{}, { width: 26 }, { width: 28 }, { width: 28 }],
    },
  ];
}

function coverage({ language, t, refs, cards, cardLabel }: Context): Block[] {
  const count = (list: Card[], pred: (c: Card) => boolean) => String(list.filter(pred).length);
  const row = (list: Card[]) => [...AIO_KEYS.map((k) => count(list, (c) => c.aio.includes(k))), count(list, (c) => c.aio.length === 0), String(list.length)];
  const untagged = cards.filter((c) => c.aio.length === 0);
  if (cards.length === 0) return [];
  return [
    { kind: 'paragraph', text: t('coverageIntro'), note: true },
    {
      kind: 'table',
      headers: [t('colStage'), ...AIO_KEYS.map((k) => AIO_LABELS[language][k]), t('colNone'), t('colTotal')],
      rows: STAGES.map((stage) => [STAGE_LABELS[language][stage], ...row(refs.byStage[stage])]),
      totals: [language === 'nl' ? 'Totaal' : 'Total', ...row(cards)],
      columns: [{}, { align: 'center' }, { align: 'center' }, { align: 'center' }, { align: 'center' }, { align: 'center' }],
    },
    { kind: 'heading', level: 2, text: t('cardsWithoutAio') },
    untagged.length === 0
      ? { kind: 'paragraph', text: t('allCardsTagged'), note: true }
      : { kind: 'list', items: untagged.map((c) => cardLabel(c.id)) },
  ];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The parking lot, when asked for: each sticky note's text, in file order (empty notes left out). */
function notes(source: WerkzaamDocument): Block[] {
  const items = notesOf(source.theory).map((n) => n.text.trim()).filter(Boolean);
  return items.length > 0 ? [{ kind: 'list', items }] : [];
}

function checks({ theory, language, t, refs, cards }: Context): Block[] {
  // The checks say nothing about a theory without cards; the report should not call that fine.
  if (cards.length === 0) return [{ kind: 'paragraph', text: t('emptyTheory'), note: true }];
  const results = runChecks(theory);
  if (results.length === 0) return [{ kind: 'paragraph', text: t('noChecks'), note: true }];
  // Check ids name cards, links or (for an empty stage) a stage: show them as the reader sees them.
  // A link's own ends are already in "a → b": name them once.
  // An empty stage is named by its code, not by looking its key up among the cards: a card
  // with the id "action" must not stand in for the empty Actions stage (D16).
  const concerns = (result: CheckResult) => {
    if (isStageResult(result)) return result.ids.map((stage) => STAGE_LABELS[language][stage as (typeof STAGES)[number]]).join(', ');
    const link = (id: string) => getOwn(theory.links, id);
    const ends = new Set(result.ids.flatMap((id) => (link(id) ? [link(id)!.from, link(id)!.to] : [])));
    return result.ids
      .filter((id) => !ends.has(id))
      .map((id) => {
        if (getOwn(theory.cards, id)) return refs.ref(id);
        const l = link(id);
        return l ? `${refs.ref(l.from)} → ${refs.ref(l.to)}` : id;
      })
      .join(', ');
  };
  return [
    {
      kind: 'table',
      headers: [t('colSeverity'), t('colText'), t('colConcerns')],
      rows: [...results].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((r) => [t(`severity_${r.severity}`), r.message[language], concerns(r)]),
      columns: [{ width: 26 }, {}, { width: 30 }],
    },
  ];
}
