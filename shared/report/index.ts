import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { AIO_KEYS, STAGES, type Language, type WerkzaamDocument } from '../model';
import { AIO_LABELS, ASSUMPTION_KIND_LABELS, ASSUMPTION_STATUS_LABELS, STAGE_LABELS } from '../i18n/domain';
import { reportStrings } from '../i18n/report';
import { translator, LOCALES } from '../i18n/core';
import { runChecks } from '../checks';
import { cardRefs } from './refs';
import { registerFonts, FONT_FAMILY, type ReportFonts } from './fonts';
import { drawDiagram, layoutDiagram } from './diagram';
import { Flow, LANDSCAPE_PAGE, PORTRAIT, pageGeometry } from './flow';
import { ACCENT, INK, MUTED, RULE, STAGE_COLOURS } from '../theme';
import { printableTheory } from './printable';

export type { ReportFonts } from './fonts';
export { theoryToSvg } from './svg';

export interface ReportOptions {
  /** Language of the report; defaults to the theory's language. */
  language?: Language;
  /** Include the open chain checks (default true). */
  includeChecks?: boolean;
  /** The date printed on the title page (default now). */
  date?: Date;
  onProgress?: (fraction: number, step: string) => void;
}

/**
 * The funder report: title page, diagram (landscape), narrative, indicators, assumptions,
 * AIO coverage and open checks, drawn with vector calls from the model. Pure: the caller
 * supplies the font bytes and writes the returned bytes.
 */
export function buildReport(source: WerkzaamDocument, fonts: ReportFonts, options: ReportOptions = {}): Uint8Array {
  const theory = printableTheory(source.theory);
  const language = options.language ?? theory.language;
  const t = translator(reportStrings, language);
  const progress = options.onProgress ?? (() => undefined);
  const date = options.date ?? new Date();
  const refs = cardRefs(theory);
  const cardLabel = (id: string) => `${refs.ref(id)} ${theory.cards[id]?.title ?? id}`;

  // Only the fonts in use: otherwise jsPDF lists the 14 standard fonts, unembedded, which preflight tools flag.
  const doc = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, fonts);
  // The same theory and date give the same bytes: jsPDF would otherwise stamp the clock
  // and a random file id, and a kept sample report would change on every regeneration.
  doc.setCreationDate(date);
  doc.setFileId(fileId(`${theory.title}|${theory.revision}|${date.toISOString()}`));
  doc.setLanguage(language);
  doc.setProperties({
    title: theory.title,
    subject: `${t('subtitle')}${theory.organisation ? ` – ${theory.organisation}` : ''}`,
    author: theory.authors.join(', '),
    keywords: ['programmatheorie', 'program theory', 'AIO', theory.organisation].filter(Boolean).join(', '),
    creator: t('creator'),
  });
  const sections: { title: string; page: number }[] = [];
  // Recorded after the heading is drawn: the heading itself may move to a new page.
  const startSection = (title: string) => {
    flow.sectionHeading(title);
    sections.push({ title, page: doc.getNumberOfPages() });
  };

  // 1. Title page.
  progress(0.05, 'title');
  const flow = new Flow(doc);
  doc.setFillColor(...ACCENT);
  doc.rect(0, 0, PORTRAIT.width, 8, 'F');
  flow.y = 60;
  flow.paragraph(t('subtitle').toUpperCase(), { size: 10, colour: ACCENT, bold: true, after: 3 });
  flow.heading(theory.title || '—', 26);
  flow.space(4);
  const meta: [string, string][] = [
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
  ];
  for (const [label, value] of meta) {
    if (!value) continue;
    doc.setFontSize(10);
    const lines: string[] = doc.splitTextToSize(value, flow.width - 40);
    // A long list of authors continues on the next page rather than over the footer.
    for (const [i, line] of lines.entries()) {
      flow.ensure(4.6);
      if (i === 0) {
        doc.setFont(FONT_FAMILY, 'bold');
        doc.setTextColor(...MUTED);
        doc.text(label, PORTRAIT.margin, flow.y + 4);
      }
      doc.setFont(FONT_FAMILY, 'normal');
      doc.setTextColor(...INK);
      doc.text(line, PORTRAIT.margin + 40, flow.y + 4);
      flow.y += 4.6;
    }
    flow.y += 2;
  }
  flow.space(6);
  doc.setDrawColor(...RULE);
  doc.line(PORTRAIT.margin, flow.y, PORTRAIT.width - PORTRAIT.margin, flow.y);
  flow.space(6);
  flow.paragraph(t('summary'), { bold: true, size: 11, after: 2 });
  flow.paragraph(theory.description.trim() || t('noSummary'), { size: 10, colour: theory.description.trim() ? INK : MUTED });
  // Room for the contents, filled in at the end when the page numbers are known: below the
  // summary, or at the top of the next page when a long summary leaves too little room.
  const sectionCount = 6 + (options.includeChecks !== false ? 1 : 0);
  flow.space(6);
  flow.ensure(CONTENTS_LINE * (sectionCount + 1) + 4);
  const contentsPage = doc.getNumberOfPages();
  const contentsY = flow.y + 4;

  // 2. Diagram, landscape.
  progress(0.15, 'diagram');
  const layout = layoutDiagram(doc, refs);
  const firstDiagramPage = doc.getNumberOfPages() + 1;
  for (let i = 0; i < layout.pages; i++) doc.addPage('a4', 'landscape');
  sections.push({ title: t('diagram'), page: firstDiagramPage });
  drawDiagram(doc, theory, refs, layout, language, firstDiagramPage);

  // 3. Narrative per stage.
  progress(0.4, 'narrative');
  flow.newPage('portrait');
  startSection(t('narrative'));
  const links = Object.values(theory.links);
  for (const stage of STAGES) {
    flow.space(2);
    flow.heading(`${STAGES.indexOf(stage) + 1}. ${STAGE_LABELS[language][stage]}`, 12.5, STAGE_COLOURS[stage].edge);
    const cards = refs.byStage[stage];
    if (cards.length === 0) flow.paragraph(t('noCardsInStage'), { colour: MUTED });
    for (const card of cards) {
      flow.ensure(16);
      flow.paragraph(card.title.trim() || '—', { bold: true, size: 10, after: 1, indent: NARRATIVE_INDENT, hang: refs.ref(card.id) });
      flow.paragraph(card.description.trim() || t('noDescription'), { indent: NARRATIVE_INDENT, colour: card.description.trim() ? INK : MUTED, after: 1 });
      const aio = card.aio.map((k) => AIO_LABELS[language][k]).join(', ') || t('noAio');
      flow.paragraph(`${t('aioElements')}: ${aio}`, { indent: NARRATIVE_INDENT, size: 8.5, colour: MUTED, after: 1 });
      const describe = (otherId: string, rationale: string, evidence: string) =>
        `${cardLabel(otherId)}: ${rationale.trim() || `(${t('rationaleMissing')})`}${evidence.trim() ? ` [${t('evidence')}: ${evidence.trim()}]` : ''}`;
      for (const l of links.filter((x) => x.to === card.id)) {
        flow.paragraph(`← ${t('comesFrom')} ${describe(l.from, l.rationale, l.evidence)}`, { indent: NARRATIVE_INDENT, size: 8.5, after: 0.6 });
      }
      for (const l of links.filter((x) => x.from === card.id)) {
        flow.paragraph(`→ ${t('leadsTo')} ${describe(l.to, l.rationale, l.evidence)}`, { indent: NARRATIVE_INDENT, size: 8.5, after: 0.6 });
        // A link's assumptions are listed once, under the card the link leaves.
        for (const id of l.assumptions) {
          const a = theory.assumptions[id];
          if (!a) continue;
          const label = a.kind === 'external' ? t('externalFactorOnLink') : t('assumptionOnLink');
          flow.paragraph(`${label}: ${a.text.trim() || '—'} (${ASSUMPTION_STATUS_LABELS[language][a.status].toLowerCase()})`, {
            indent: NARRATIVE_INDENT + 4,
            size: 8,
            colour: MUTED,
            after: 0.6,
          });
        }
      }
      flow.space(2.5);
    }
  }

  const tableStyles = {
    theme: 'grid' as const,
    // A row never splits over two pages: a lone line of a cell on the next page reads as noise.
    rowPageBreak: 'avoid' as const,
    // textOptions: {} gives cells jsPDF's own text handling; autotable's default bidi options
    // reverse Arabic and Hebrew that jsPDF has already put in visual order.
    styles: { font: FONT_FAMILY, fontSize: 8, cellPadding: 1.6, textColor: INK, lineColor: RULE, lineWidth: 0.2, overflow: 'linebreak' as const, textOptions: {} },
    headStyles: { font: FONT_FAMILY, fontStyle: 'bold' as const, fillColor: ACCENT, textColor: [255, 255, 255] as [number, number, number] },
    margin: { left: PORTRAIT.margin, right: PORTRAIT.margin, top: PORTRAIT.top, bottom: 297 - PORTRAIT.bottom },
  };
  const afterTable = () => {
    flow.y = ((doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY ?? flow.y) + 3;
  };

  // 4. Indicators: nine columns need a landscape page to stay readable.
  progress(0.6, 'indicators');
  flow.newPage('landscape');
  startSection(t('indicators'));
  const indicatorRows = STAGES.flatMap((stage) =>
    refs.byStage[stage].flatMap((card) =>
      card.indicators.map((i) => [cardLabel(card.id), i.name, i.definition, i.unit, i.baseline, i.target, i.source, i.frequency, i.owner]),
    ),
  );
  if (indicatorRows.length === 0) flow.paragraph(t('noIndicators'), { colour: MUTED });
  else {
    const head = [t('colCard'), t('colIndicator'), t('colDefinition'), t('colUnit'), t('colBaseline'), t('colTarget'), t('colSource'), t('colFrequency'), t('colOwner')];
    // Narrow columns are at least as wide as the longest word of their heading, so a long
    // cell elsewhere cannot squeeze a heading into "Tar-get".
    doc.setFont(FONT_FAMILY, 'bold');
    doc.setFontSize(7.5);
    const headingWidth = (text: string) => Math.max(...text.split(/\s+/).map((w) => doc.getTextWidth(w))) + 2 * 1.6 + 0.5;
    autoTable(doc, {
      ...tableStyles,
      startY: flow.y,
      head: [head],
      body: indicatorRows,
      margin: { left: LANDSCAPE_PAGE.margin, right: LANDSCAPE_PAGE.margin, top: LANDSCAPE_PAGE.top, bottom: 210 - LANDSCAPE_PAGE.bottom },
      styles: { ...tableStyles.styles, fontSize: 7.5 },
      columnStyles: {
        0: { cellWidth: 40 },
        1: { cellWidth: 32 },
        2: { cellWidth: 40 },
        3: { minCellWidth: headingWidth(head[3]!) },
        4: { minCellWidth: headingWidth(head[4]!) },
        5: { minCellWidth: headingWidth(head[5]!) },
        6: { cellWidth: 30 },
        7: { minCellWidth: headingWidth(head[7]!) },
        8: { minCellWidth: headingWidth(head[8]!) },
      },
    });
  }
  flow.newPage('portrait');

  // 5. Assumptions and external factors.
  progress(0.7, 'assumptions');
  startSection(t('assumptions'));
  const assumptions = Object.values(theory.assumptions);
  if (assumptions.length === 0) flow.paragraph(t('noAssumptions'), { colour: MUTED });
  else {
    autoTable(doc, {
      ...tableStyles,
      startY: flow.y,
      head: [[t('colText'), t('colKind'), t('colStatus'), t('colLinks')]],
      body: assumptions.map((a) => {
        const on = links.filter((l) => l.assumptions.includes(a.id)).map((l) => `${refs.ref(l.from)} → ${refs.ref(l.to)}`);
        return [a.text, ASSUMPTION_KIND_LABELS[language][a.kind], ASSUMPTION_STATUS_LABELS[language][a.status], on.join('\n') || t('notLinked')];
      }),
      columnStyles: { 1: { cellWidth: 26 }, 2: { cellWidth: 28 }, 3: { cellWidth: 28 } },
    });
    afterTable();
  }

  // 6. AIO coverage.
  progress(0.8, 'coverage');
  flow.ensure(80);
  startSection(t('coverage'));
  flow.paragraph(t('coverageIntro'), { colour: MUTED });
  const allCards = STAGES.flatMap((s) => refs.byStage[s]);
  const count = (cards: typeof allCards, pred: (c: (typeof allCards)[number]) => boolean) => String(cards.filter(pred).length);
  autoTable(doc, {
    ...tableStyles,
    startY: flow.y,
    head: [[t('colStage'), ...AIO_KEYS.map((k) => AIO_LABELS[language][k]), t('colNone'), t('colTotal')]],
    body: [
      ...STAGES.map((stage) => {
        const cards = refs.byStage[stage];
        return [STAGE_LABELS[language][stage], ...AIO_KEYS.map((k) => count(cards, (c) => c.aio.includes(k))), count(cards, (c) => c.aio.length === 0), String(cards.length)];
      }),
      [
        { content: language === 'nl' ? 'Totaal' : 'Total', styles: { fontStyle: 'bold' } },
        ...[...AIO_KEYS.map((k) => count(allCards, (c) => c.aio.includes(k))), count(allCards, (c) => c.aio.length === 0), String(allCards.length)].map(
          (content) => ({ content, styles: { fontStyle: 'bold' as const } }),
        ),
      ],
    ],
    columnStyles: { 1: { halign: 'center' }, 2: { halign: 'center' }, 3: { halign: 'center' }, 4: { halign: 'center' }, 5: { halign: 'center' } },
  });
  afterTable();
  const untagged = allCards.filter((c) => c.aio.length === 0);
  flow.space(4);
  flow.ensure(14);
  flow.paragraph(t('cardsWithoutAio'), { bold: true, after: 1.5 });
  if (untagged.length === 0) flow.paragraph(allCards.length === 0 ? t('emptyTheory') : t('allCardsTagged'), { colour: MUTED });
  for (const card of untagged) flow.paragraph(cardLabel(card.id), { indent: 4, hang: '•', after: 0.8 });

  // 7. Open chain checks.
  if (options.includeChecks !== false) {
    progress(0.88, 'checks');
    flow.ensure(45);
    startSection(t('checks'));
    const results = runChecks(theory);
    // Check ids name cards, links or (for an empty stage) a stage: show them as the reader sees them.
    // A link's own ends are already in "a → b": name them once.
    const concerns = (ids: string[]) => {
      const ends = new Set(ids.flatMap((id) => (theory.links[id] ? [theory.links[id].from, theory.links[id].to] : [])));
      return ids
        .filter((id) => !ends.has(id))
        .map((id) => {
          if (theory.cards[id]) return refs.ref(id);
          const link = theory.links[id];
          if (link) return `${refs.ref(link.from)} → ${refs.ref(link.to)}`;
          return (STAGES as readonly string[]).includes(id) ? STAGE_LABELS[language][id as (typeof STAGES)[number]] : id;
        })
        .join(', ');
    };
    // The checks say nothing about a theory without cards; the report should not call that fine.
    if (allCards.length === 0) flow.paragraph(t('emptyTheory'), { colour: MUTED });
    else if (results.length === 0) flow.paragraph(t('noChecks'), { colour: MUTED });
    else {
      autoTable(doc, {
        ...tableStyles,
        startY: flow.y,
        head: [[t('colSeverity'), t('colText'), t('colConcerns')]],
        body: [...results]
          .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
          .map((r) => [t(`severity_${r.severity}`), r.message[language], concerns(r.ids)]),
        columnStyles: { 0: { cellWidth: 26 }, 2: { cellWidth: 30 } },
      });
      afterTable();
    }
  }

  // Appendix: the measurement instruments the indicators name, with the cards that use them.
  progress(0.93, 'instruments');
  flow.ensure(40);
  startSection(t('instruments'));
  const instruments = new Map<string, Set<string>>();
  for (const card of allCards) {
    for (const indicator of card.indicators) {
      const source = indicator.source.trim();
      if (!source) continue;
      const users = instruments.get(source) ?? new Set<string>();
      users.add(refs.ref(card.id));
      instruments.set(source, users);
    }
  }
  if (instruments.size === 0) flow.paragraph(t('noInstruments'), { colour: MUTED });
  else {
    flow.paragraph(t('instrumentsIntro'), { colour: MUTED });
    autoTable(doc, {
      ...tableStyles,
      startY: flow.y,
      head: [[t('colInstrument'), t('colUsedBy')]],
      body: [...instruments].sort(([a], [b]) => a.localeCompare(b, language)).map(([source, users]) => [source, [...users].join(', ')]),
      columnStyles: { 1: { cellWidth: 50 } },
    });
    afterTable();
  }

  // Contents on the title page, header and footer on every page, outline.
  progress(0.95, 'finishing');
  const pages = doc.getNumberOfPages();
  // The room kept for the contents was counted by hand; a section added without it would overflow.
  if (sections.length !== sectionCount) throw new Error(`The contents have room for ${sectionCount} sections, not ${sections.length}.`);
  doc.setPage(contentsPage);
  let cy = contentsY;
  doc.setFont(FONT_FAMILY, 'bold');
  doc.setFontSize(11);
  doc.setTextColor(...INK);
  doc.text(t('contents'), PORTRAIT.margin, cy);
  cy += CONTENTS_LINE + 1;
  doc.setFontSize(9.5);
  for (const s of sections) {
    doc.setFont(FONT_FAMILY, 'normal');
    doc.text(s.title, PORTRAIT.margin, cy);
    doc.text(String(s.page), PORTRAIT.width - PORTRAIT.margin, cy, { align: 'right' });
    cy += CONTENTS_LINE;
  }
  for (let p = 1; p <= pages; p++) {
    doc.setPage(p);
    const size = doc.internal.pageSize;
    const w = size.getWidth();
    const h = size.getHeight();
    doc.setFont(FONT_FAMILY, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(...MUTED);
    if (p > 1) {
      const title = clip(doc, theory.title, w / 2);
      const m = pageGeometry(doc).margin;
      doc.text(title, w - m, 9, { align: 'right' });
      doc.setDrawColor(...RULE);
      doc.setLineWidth(0.2);
      doc.line(m, 11, w - m, 11);
    }
    // Footer: organisation on the left, page number on the right, on the header's margins.
    const left = pageGeometry(doc).margin;
    const right = w - left;
    doc.text(t('pageOf', { page: p, pages }), right, h - 7, { align: 'right' });
    if (theory.organisation && p > 1) doc.text(clip(doc, theory.organisation, w - 24 - 40), left, h - 7);
  }
  for (const s of sections) doc.outline.add(null, s.title, { pageNumber: s.page });
  progress(1, 'done');
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Line height of the contents list on the title page, mm. */
const CONTENTS_LINE = 5;

/** Card text in the narrative sits right of the reference numbers (up to "5.100"). */
const NARRATIVE_INDENT = 12;

/** 32 hex digits from a string (FNV-1a, four lanes): a stable PDF file id. */
function fileId(text: string): string {
  let out = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = (0x811c9dc5 ^ lane) >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** One line of text no wider than `width`, ellipsised when cut. */
function clip(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
