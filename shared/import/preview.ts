import { STAGES, type Language, type StageKey } from '../model';
import { STAGE_LABELS } from '../i18n/domain';
import { describeImportMessage, describeLocation, importUiStrings } from '../i18n/import';
import { format } from '../i18n/core';
import { columnName } from './table';
import type { ColumnRole } from './headers';
import type { ImportSettings } from './index';
import type { ImportResult } from './types';

/**
 * What the preview shows before anything is created: the cards per stage, the links, and
 * what was skipped (and taken in with a change) and why, all in the user's language. The
 * dialog and the CLI both read this; neither puts words of its own together.
 */
export interface ImportPreview {
  stages: { stage: StageKey; label: string; cards: { key: string; title: string; description: string; where: string }[] }[];
  links: { key: string; from: string; to: string; rationale: string; assumptions: string[] }[];
  counts: { cards: number; links: number; assumptions: number; indicators: number };
  skipped: string[];
  notes: string[];
  /** "14 kaarten, 11 verbindingen, 1 aanname" */
  summary: string;
}

export function previewOf(result: ImportResult, language: Language): ImportPreview {
  const t = importUiStrings[language];
  const title = new Map(result.cards.map((c) => [c.key, c.title] as const));
  const assumptionText = new Map(result.assumptions.map((a) => [a.key, a.text] as const));
  const indicators = result.cards.reduce((n, c) => n + c.indicators.length, 0);
  const counts = { cards: result.cards.length, links: result.links.length, assumptions: result.assumptions.length, indicators };
  const count = (n: number, one: string, many: string) => format(n === 1 ? one : many, { n });
  return {
    stages: STAGES.map((stage) => ({
      stage,
      label: STAGE_LABELS[language][stage],
      cards: result.cards
        .filter((c) => c.stage === stage)
        .map((c) => ({ key: c.key, title: c.title, description: c.description, where: describeLocation(c.from, language) })),
    })),
    links: result.links.map((l, i) => ({
      key: `${i}`,
      from: title.get(l.from) ?? l.from,
      to: title.get(l.to) ?? l.to,
      rationale: l.rationale,
      assumptions: l.assumptions.map((k) => assumptionText.get(k) ?? k),
    })),
    counts,
    skipped: result.skipped.map((m) => describeImportMessage(m, language)),
    notes: result.notes.map((m) => describeImportMessage(m, language)),
    summary: [
      count(counts.cards, t.oneCard, t.cards),
      count(counts.links, t.oneLink, t.links),
      count(counts.assumptions, t.oneAssumption, t.assumptions),
      count(counts.indicators, t.oneIndicator, t.indicators),
    ].join(', '),
  };
}

export function roleLabel(role: ColumnRole, language: Language): string {
  if ((STAGES as readonly string[]).includes(role)) return STAGE_LABELS[language][role as StageKey];
  return importUiStrings[language].roles[role as Exclude<ColumnRole, StageKey>];
}

/** The mapping in use, one line per column or element type: what the CLI prints, what the dialog starts from. */
export function mappingLines(settings: ImportSettings, language: Language): string[] {
  const t = importUiStrings[language];
  if (settings.kind === 'workbook') return [t.workbookMapping];
  if (settings.kind === 'kumu') {
    return settings.plan.types.map((type) =>
      format(t.typeLine, {
        type: type.type || t.noType,
        count: type.count,
        stage: type.stage === 'auto' ? t.auto : STAGE_LABELS[language][type.stage],
      }),
    );
  }
  const shape = settings.plan.shape === 'columns' ? t.shapeColumns : t.shapePaths;
  return [
    format(t.shapeLine, { shape, row: settings.plan.headerRow }),
    ...settings.plan.columns.map((c) =>
      format(c.how === 'exact' || c.how === 'contains' || c.how === 'fuzzy' ? t.columnMatched : c.how === 'manual' ? t.columnManual : t.columnLine, {
        column: columnName(c.column),
        header: c.header || t.noHeader,
        role: roleLabel(c.role, language),
        word: c.word ?? '',
      }),
    ),
  ];
}
