/** Medians, ratios, targets and the printed table of a benchmark run. */
import type { Figures } from './pages';

export interface Measure {
  key: string;
  label: string;
  unit: 'ms' | 'fps' | 'MB' | '';
  /** Has a bare React Flow counterpart. */
  baseline: boolean;
}

export const MEASURES: Measure[] = [
  { key: 'open', label: 'open (to visible cards painted)', unit: 'ms', baseline: true },
  { key: 'domElements', label: 'DOM elements after open', unit: '', baseline: true },
  { key: 'pan.p50', label: 'pan frame p50', unit: 'ms', baseline: true },
  { key: 'pan.p95', label: 'pan frame p95', unit: 'ms', baseline: true },
  { key: 'pan.fps', label: 'pan', unit: 'fps', baseline: true },
  { key: 'zoom.p50', label: 'zoom frame p50', unit: 'ms', baseline: true },
  { key: 'zoom.p95', label: 'zoom frame p95', unit: 'ms', baseline: true },
  { key: 'zoom.fps', label: 'zoom', unit: 'fps', baseline: true },
  { key: 'drag1.p95', label: 'drag 1 card: frame p95', unit: 'ms', baseline: true },
  { key: 'drag1.fps', label: 'drag 1 card', unit: 'fps', baseline: true },
  { key: 'drag1.drop', label: 'drag 1 card: drop to paint', unit: 'ms', baseline: true },
  { key: 'drag50.p95', label: 'drag 50 cards: frame p95', unit: 'ms', baseline: true },
  { key: 'drag50.fps', label: 'drag 50 cards', unit: 'fps', baseline: true },
  { key: 'drag50.drop', label: 'drag 50 cards: drop to paint', unit: 'ms', baseline: true },
  { key: 'add', label: 'add card (key to paint)', unit: 'ms', baseline: true },
  { key: 'rename', label: 'rename (key to paint)', unit: 'ms', baseline: true },
  { key: 'undo', label: 'undo (key to paint)', unit: 'ms', baseline: true },
  { key: 'redo', label: 'redo (key to paint)', unit: 'ms', baseline: true },
  { key: 'saveJson', label: 'save JSON (key to file)', unit: 'ms', baseline: false },
  { key: 'exportPdf', label: 'export PDF in the app', unit: 'ms', baseline: false },
  { key: 'exportPng', label: 'export PNG in the app', unit: 'ms', baseline: false },
  { key: 'tidyUp', label: 'tidy-up', unit: 'ms', baseline: false },
  { key: 'cliPdf.ms', label: 'CLI PDF: wall time', unit: 'ms', baseline: false },
  { key: 'cliPdf.rssMb', label: 'CLI PDF: peak RSS', unit: 'MB', baseline: false },
];

/** Measures that may be absent without the run being broken (a feature not built yet). */
export const OPTIONAL = new Set(['tidyUp']);

export type Runs = Record<string, (number | null)[]>;
export interface SizeResult {
  cards: number;
  links: number;
  app: Runs;
  baseline: Runs;
}

export function addRuns(into: Runs, figures: Figures): void {
  for (const [k, v] of Object.entries(figures)) (into[k] ??= []).push(...(Array.isArray(v) ? v : [v]));
}

export function median(values: (number | null)[] | undefined): number | null {
  const xs = (values ?? []).filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

export interface Target {
  name: string;
  /** true / false, or null when this run did not measure it (e.g. --quick). */
  met: boolean | null;
  detail: string;
}

const fmt = (v: number | null, unit = ''): string => {
  if (v === null) return '—';
  const s = Math.abs(v) >= 100 || unit === '' ? Math.round(v).toLocaleString('en') : v.toFixed(1);
  return unit && unit !== 'ms' ? `${s} ${unit}` : s;
};
const ratioOf = (app: number | null, base: number | null, unit: Measure['unit']): number | null => {
  if (app === null || base === null || app === 0 || base === 0) return null;
  // Frames per second: more is better, so the ratio is base / app (≥ 1 means slower).
  return unit === 'fps' ? base / app : app / base;
};

export function evaluateTargets(sizes: SizeResult[]): Target[] {
  const at = (cards: number) => sizes.find((s) => s.cards === cards);
  const m = (s: SizeResult | undefined, side: 'app' | 'baseline', key: string) => (s ? median(s[side][key]) : null);
  const targets: Target[] = [];
  for (const gesture of ['pan', 'zoom', 'drag1', 'drag50'] as const) {
    for (const cards of [100, 1000, 3000]) {
      const s = at(cards);
      const r = ratioOf(m(s, 'app', `${gesture}.p95`), m(s, 'baseline', `${gesture}.p95`), 'ms');
      targets.push({ name: `${gesture} p95 ≤ 1.2× baseline at ${cards.toLocaleString('en')}`, met: r === null ? null : r <= 1.2, detail: r === null ? 'not measured' : `${r.toFixed(2)}×` });
    }
  }
  for (const edit of ['add', 'rename', 'undo', 'redo']) {
    const big = m(at(3000), 'app', edit);
    const small = m(at(100), 'app', edit);
    targets.push({ name: `${edit} < 50 ms at 3,000`, met: big === null ? null : big < 50, detail: big === null ? 'not measured' : `${fmt(big)} ms` });
    const r = big !== null && small !== null ? big / small : null;
    // The bare page's own growth over the same sizes, for scale (not part of the target).
    const bareBig = m(at(3000), 'baseline', edit);
    const bareSmall = m(at(100), 'baseline', edit);
    const bare = bareBig !== null && bareSmall !== null && bareSmall > 0 ? `; bare React Flow ${(bareBig / bareSmall).toFixed(2)}×` : '';
    targets.push({ name: `${edit} at 3,000 ≤ 1.5× at 100`, met: r === null ? null : r <= 1.5, detail: r === null ? 'not measured' : `${r.toFixed(2)}×${bare}` });
  }
  const open = ratioOf(m(at(1000), 'app', 'open'), m(at(1000), 'baseline', 'open'), 'ms');
  targets.push({ name: 'open 1,000 ≤ 1.3× baseline', met: open === null ? null : open <= 1.3, detail: open === null ? 'not measured' : `${open.toFixed(2)}×` });
  const cli1 = m(at(1000), 'app', 'cliPdf.ms');
  const rss1 = m(at(1000), 'app', 'cliPdf.rssMb');
  const cli3 = m(at(3000), 'app', 'cliPdf.ms');
  targets.push({ name: 'CLI PDF 1,000 < 3 s', met: cli1 === null ? null : cli1 < 3000, detail: cli1 === null ? 'not measured' : `${(cli1 / 1000).toFixed(2)} s` });
  targets.push({ name: 'CLI PDF 1,000 < 300 MB', met: rss1 === null ? null : rss1 < 300, detail: rss1 === null ? 'not measured' : `${Math.round(rss1)} MB` });
  targets.push({ name: 'CLI PDF 3,000 < 8 s', met: cli3 === null ? null : cli3 < 8000, detail: cli3 === null ? 'not measured' : `${(cli3 / 1000).toFixed(2)} s` });
  return targets;
}

/** One Markdown table: a row per measure, app / baseline / ratio per size. */
export function table(sizes: SizeResult[]): string {
  const head = ['measure', ...sizes.flatMap((s) => [`${s.cards.toLocaleString('en')}: app`, 'bare RF', 'ratio'])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const measure of MEASURES) {
    const cells = sizes.flatMap((s) => {
      const app = median(s.app[measure.key]);
      if (!measure.baseline) return [fmt(app, measure.unit), '', ''];
      const base = median(s.baseline[measure.key]);
      const r = ratioOf(app, base, measure.unit);
      return [fmt(app, measure.unit), fmt(base, measure.unit), r === null ? '—' : `${r.toFixed(2)}×`];
    });
    const unit = measure.unit === 'ms' ? ' (ms)' : '';
    lines.push(`| ${measure.label}${unit} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The targets this run measured, ✓ or ✗; the rest (sizes not in the run) counted in one line. */
export function targetList(targets: Target[]): string {
  const measured = targets.filter((t) => t.met !== null);
  const lines = measured.map((t) => `- ${t.met ? '✓' : '✗'} ${t.name}: ${t.detail}`);
  const met = measured.filter((t) => t.met).length;
  lines.push(`- ${met} of ${measured.length} measured targets met` + (measured.length < targets.length ? `; ${targets.length - measured.length} need sizes this run did not measure` : ''));
  return lines.join('\n');
}

/**
 * Figures that should be there and are not: a broken gesture, not a slow one. With
 * `attemptedOnly` (a partial run: --only, --canvas-only) only the figures a pass set out to take.
 */
export function missing(sizes: SizeResult[], attemptedOnly = false): string[] {
  const out: string[] = [];
  for (const s of sizes) {
    for (const measure of MEASURES) {
      if (OPTIONAL.has(measure.key)) continue;
      const sides: ('app' | 'baseline')[] = measure.baseline ? ['app', 'baseline'] : ['app'];
      for (const side of sides) {
        if (attemptedOnly && !(measure.key in s[side])) continue;
        if (median(s[side][measure.key]) === null) out.push(`${side}: ${measure.key} at ${s.cards} cards`);
      }
    }
  }
  return out;
}
