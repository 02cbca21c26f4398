/**
 * Where the time goes in one benchmark gesture: opens the built app (or the bare React Flow
 * baseline) on a generated theory in headless Chromium, records a CPU profile (CDP Profiler)
 * and a timeline trace (CDP Tracing) around one gesture, and prints the functions with the
 * most self time, the app's own functions with the most total time, and the main thread's
 * time by trace event (script, style, layout, paint, waiting on the compositor). For finding
 * causes, not for figures: profiling slows the page.
 *
 *   npx tsx test/bench/profile.ts --app-dist <built app> --cards 3000 --gesture zoom
 *   gestures: pan zoom drag1 drag50 edits rename; --baseline profiles the bare page instead;
 *   --out <dir> keeps the raw .cpuprofile and trace JSON; --invalidations records what invalidated
 *   style and layout (it makes DOM writes look far dearer); --phase moves|drop records only that part of a drag;
 *   --window counts only the spans from each timed input to its paint (the edits' key to paint).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { serializeDocument } from '../../shared/format/serialize';
import { chainViewport } from '../../renderer/canvas/viewOptions';
import { generateTheory } from './generate';
import { serveStatic } from '../e2e/support/server';
import { DRAG_MOVES, DRAG_STEP, PAN_STEPS, ZOOM_STEPS, cardCentre, dragCard, editCard, toScreen, wheelForPan, type WheelStep } from './scenario';
import { WINDOW, appEdits, baselineEdits, boxSelect, pointAtPane } from './pages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
const { values: args } = parseArgs({
  options: {
    'app-dist': { type: 'string' },
    cards: { type: 'string', default: '3000' },
    gesture: { type: 'string', default: 'zoom' },
    baseline: { type: 'boolean', default: false },
    out: { type: 'string' },
    top: { type: 'string', default: '25' },
    /** Extra CSS put in the page before the gesture (to find what is costly to draw). */
    css: { type: 'string' },
    /** drag1/drag50: record the whole gesture (default), only the moves, or only the drop. */
    phase: { type: 'string', default: 'all' },
    /** Record what invalidated style and layout (slows every DOM write in the profile). */
    invalidations: { type: 'boolean', default: false },
    /** Count only what happened between each timed input and its paint (edits: key to paint). */
    window: { type: 'boolean', default: false },
    /** With --window: only the n-th timed span (0 = the first; edits: add, rename, undo, redo); n/k: every k-th from the n-th. */
    span: { type: 'string' },
    /** Run the gesture this many times in one recording (edits, rename: steadier figures per function). */
    repeat: { type: 'string', default: '1' },
  },
});
const cards = Number(args.cards);
const gesture = args.gesture!;
const TOP = Number(args.top);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  cat: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

const short = (url: string) => url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '');
const frameName = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;

/** Spans of the trace's clock (µs) to count; null counts everything. */
type Spans = [number, number][] | null;
const inSpans = (spans: Spans, ts: number) => !spans || spans.some(([a, b]) => ts >= a && ts <= b);

function summariseProfile(profile: CpuProfile, spans: Spans): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (inSpans(spans, at)) self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  const selfByName = new Map<string, number>();
  const totalByName = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    selfByName.set(frameName(node), (selfByName.get(frameName(node)) ?? 0) + ms);
    // Inclusive: once per distinct name up the stack (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      totalByName.set(name, (totalByName.get(name) ?? 0) + ms);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const rows = (m: Map<string, number>, filter: (k: string) => boolean) =>
    [...m]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(9)} ms  ${k}`)
      .join('\n');
  return [
    `CPU profile: ${total.toFixed(0)} ms sampled`,
    'self time:',
    rows(selfByName, () => true),
    'total time (page scripts):',
    rows(totalByName, (k) => /\.js:|\.tsx?:/.test(k)),
  ].join('\n');
}

function summariseTrace(all: TraceEvent[], spans: Spans): string {
  const events = all.filter((e) => e.ph === 'M' || e.name === 'thread_name' || inSpans(spans, e.ts));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const compositor = events.find((e) => e.name === 'thread_name' && e.args?.name === 'Compositor');
  const byName = (tid: number | undefined, pid: number | undefined) => {
    const m = new Map<string, { ms: number; n: number }>();
    for (const e of events) {
      if (e.tid !== tid || e.pid !== pid || e.ph !== 'X' || !e.dur) continue;
      const r = m.get(e.name) ?? { ms: 0, n: 0 };
      r.ms += e.dur / 1000;
      r.n++;
      m.set(e.name, r);
    }
    return [...m]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, TOP)
      .map(([k, v]) => `  ${v.ms.toFixed(1).padStart(9)} ms  ${String(v.n).padStart(6)}×  ${k}`)
      .join('\n');
  };
  const workers = new Set(events.filter((e) => e.name === 'thread_name' && /ThreadPoolForegroundWorker|CompositorTileWorker/.test(e.args?.name ?? '')).map((e) => `${e.pid}:${e.tid}`));
  let raster = 0;
  for (const e of events) if (e.name === 'RasterTask' && e.ph === 'X' && e.dur && workers.has(`${e.pid}:${e.tid}`)) raster += e.dur / 1000;
  let mainBusy = 0;
  for (const e of events) if (e.name === 'RunTask' && e.ph === 'X' && e.dur && e.tid === main?.tid && e.pid === main?.pid) mainBusy += e.dur / 1000;
  // What invalidated layout and style (the element and the reason), most frequent first.
  const invalid = new Map<string, number>();
  for (const e of events) {
    if (!/InvalidationTracking$/.test(e.name)) continue;
    const d = (e.args?.data ?? {}) as { nodeName?: string; reason?: string; invalidationList?: { classes?: string[] }[]; changedClass?: string; changedAttribute?: string };
    const key = `${e.name.replace('InvalidationTracking', '')}: ${d.reason ?? ''} ${d.changedClass ?? d.changedAttribute ?? ''} ${d.nodeName ?? ''}`;
    invalid.set(key, (invalid.get(key) ?? 0) + 1);
  }
  const invalidation = [...invalid].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, n]) => `  ${String(n).padStart(7)}×  ${k}`).join('\n');
  return [`raster (worker threads): ${raster.toFixed(0)} ms; main thread busy: ${mainBusy.toFixed(0)} ms`, `main thread, by trace event (nested events counted in each):`, byName(main?.tid, main?.pid), 'compositor thread:', byName(compositor?.tid, compositor?.pid), 'invalidations:', invalidation].join('\n');
}

async function record<T>(
  cdp: CDPSession,
  run: (round: number) => Promise<T>,
  clock: () => Promise<{ now: number; windows: [number, number][] } | null>,
): Promise<{ result: T; profile: CpuProfile; trace: TraceEvent[]; spans: Spans }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 200) });
  const trace: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    // Invalidation tracking records a stack per style invalidation: every DOM write (setAttribute, a
    // style) then looks many times dearer than it is, so it is asked for only with --invalidations.
    traceConfig: {
      includedCategories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'viz', '__metadata', ...(args.invalidations ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])],
    },
  });
  await cdp.send('Profiler.start');
  let result!: T;
  for (let i = 0; i < Number(args.repeat); i++) result = await run(i);
  const timed = await clock();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Tracing.end');
  await done;
  let spans: Spans = null;
  if (timed) {
    // performance.now() (ms) to the trace's clock (µs), by the mark made when the spans were read.
    const mark = trace.find((e) => e.name === 'bench:clock');
    if (!mark) throw new Error('--window: the clock mark is not in the trace');
    const offset = mark.ts - timed.now * 1000;
    spans = timed.windows.map(([a, b]) => [a * 1000 + offset, b * 1000 + offset]);
    // --span 2 is the third span; with --repeat, --span 2/4 is the third of every four (each round's undo).
    if (args.span !== undefined) {
      const [first, every] = args.span.split('/').map(Number) as [number, number | undefined];
      spans = spans.filter((_, i) => (every ? i >= first && (i - first) % every === 0 : i === first));
    }
    console.log(`windows (ms): ${spans.map(([a, b]) => ((b - a) / 1000).toFixed(1)).join(', ')}; profile starts ${((profile.startTime - (trace.find((e) => e.ph === 'X')?.ts ?? 0)) / 1000).toFixed(1)} ms after the first trace event`);
  }
  return { result, profile, trace, spans };
}

declare const __bench: {
  wheel(steps: WheelStep[], maxMs: number): Promise<unknown>;
  viewport(): { x: number; y: number; zoom: number } | null;
  paneRect(): { left: number; top: number; width: number; height: number } | null;
  armNow(cond: unknown, timeout?: number): void;
  arm(type: string, cond: unknown, timeout?: number): void;
  result(): Promise<number | null>;
  windows(): { now: number; windows: [number, number][] };
};
declare const __baseline: { load(payload: unknown): void };

const work = mkdtempSync(join(tmpdir(), 'werkzaam-profile-'));
const doc = generateTheory(cards);
const theory = doc.theory;
const file = join(work, `theory-${cards}.werkzaam`);
writeFileSync(file, serializeDocument(doc));

let dist = args['app-dist'];
if (args.baseline) {
  dist = join(work, 'baseline');
  await build({ configFile: false, root: join(ROOT, 'test/bench/baseline'), base: './', logLevel: 'warn', plugins: [react()], build: { outDir: dist, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
}
if (!dist) throw new Error('--app-dist <built web app> (npx vite build --outDir …) or --baseline');
const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: WINDOW, acceptDownloads: true, bypassCSP: Boolean(args.css) });
  const page: Page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  await page.addInitScript({ path: PROBE });
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    localStorage.setItem('werkzaam.language', 'en');
  });
  await page.goto(server.url);
  if (args.baseline) {
    await page.waitForFunction(() => '__baseline' in window);
    const pane = { width: 1280 - 0, height: 800 - 60 };
    await page.evaluate((p) => __baseline.load(p), {
      nodes: Object.values(theory.cards).map((c) => ({ id: c.id, x: c.position.x, y: c.position.y, label: c.title })),
      edges: Object.values(theory.links).map((l) => ({ id: l.id, source: l.from, target: l.to })),
      viewport: chainViewport(theory, pane),
      pane,
      target: editCard(theory).id,
      renameTo: 'Hernoemd',
    });
    await page.waitForSelector('.react-flow__node-default');
  } else {
    await page.waitForSelector('.react-flow__node-lane');
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menu').getByRole('menuitem', { name: /^Open…/ }).click()]);
    await chooser.setFiles(file);
    await page.waitForSelector('.react-flow__node-card');
  }
  if (args.css) await page.addStyleTag({ content: args.css });
  await page.waitForTimeout(1500);
  console.log(`viewport before: ${JSON.stringify(await page.evaluate(() => __bench.viewport()))}`);
  const cdp = await context.newCDPSession(page);
  const where = async () => {
    const [viewport, pane] = await page.evaluate(() => [__bench.viewport(), __bench.paneRect()] as const);
    return { screen: (p: { x: number; y: number }) => toScreen(p, viewport!, pane!), pane: pane! };
  };
  const wheel = (steps: WheelStep[]) => page.evaluate(([s]) => __bench.wheel(s as WheelStep[], 60_000), [steps] as const);

  let run: (round: number) => Promise<unknown>;
  let after: (() => Promise<unknown>) | null = null;
  if (gesture === 'pan' || gesture === 'zoom') await pointAtPane(page);
  if (gesture === 'pan') run = () => wheel(PAN_STEPS);
  else if (gesture === 'zoom') run = () => wheel(ZOOM_STEPS);
  else if (gesture === 'drag1' || gesture === 'drag50') {
    let from = (await where()).screen(cardCentre(dragCard(theory)));
    if (gesture === 'drag50') {
      // As the bench does: a box selection around 50 cards (before the recording), then one of them dragged.
      const { screen } = await where();
      const boxed = await boxSelect(page, theory, screen);
      await page.waitForTimeout(500);
      from = screen(cardCentre(boxed[5]!));
    }
    const moves = async () => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= DRAG_MOVES; i++) await page.mouse.move(from.x + i * DRAG_STEP.x, from.y + i * DRAG_STEP.y);
    };
    const drop = async () => {
      await page.evaluate(() => __bench.arm('mouseup', { selector: '.react-flow__node.dragging', absent: true }));
      await page.mouse.up();
      return page.evaluate(() => __bench.result());
    };
    // --phase moves: only the frames of the drag are recorded (then the drop); drop: only the drop.
    if (args.phase === 'drop') {
      await moves();
      run = drop;
    } else if (args.phase === 'moves') {
      run = moves;
      after = drop;
    } else {
      run = async () => {
        await moves();
        return drop();
      };
    }
  } else if (gesture === 'edits' || gesture === 'rename') {
    const edited = editCard(theory);
    const { screen, pane } = await where();
    const at = screen(cardCentre(edited));
    await wheel([[0, wheelForPan(at.y - (pane.top + pane.height / 2)), false]]);
    await page.waitForTimeout(300);
    const c = (await where()).screen(cardCentre(edited));
    await page.mouse.click(c.x, c.y);
    await page.waitForTimeout(300);
    // The bench's own edits (pages.ts), on the app or the bare page. With --repeat each round on
    // the app renames to a title of its own, one line and two by turns (so each rename and undo
    // changes the card's height, as the first round's does), and its undo brings back the one
    // before; the bare page always renames to the renameTo it was loaded with, and undoes to its title.
    const edits = args.baseline ? baselineEdits : appEdits;
    let previous = edited.title;
    run = async (round) => {
      // No title within another: a condition is met by its own title only.
      const renamed = args.baseline || round === 0 ? 'Hernoemd' : round % 2 ? `Een langere titel ${round} die over twee regels loopt` : `Titel ${round} nieuw`;
      const before = args.baseline ? edited.title : previous;
      previous = renamed;
      const out: Record<string, number | null> = {};
      if (gesture === 'edits') out.add = await edits.add(page);
      out.rename = await edits.rename(page, edited.id, renamed);
      if (gesture === 'edits') {
        out.undo = await edits.undo(page, edited.id, before);
        out.redo = await edits.redo(page, edited.id, renamed);
      }
      return out;
    };
  } else throw new Error(`unknown gesture ${gesture}`);

  // What the gesture writes into the DOM, by element and attribute (a MutationObserver around the recording).
  await page.evaluate(() => {
    const counts = new Map<string, number>();
    const w = window as unknown as { __mutations: Map<string, number>; __observer: MutationObserver };
    w.__mutations = counts;
    w.__observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        const key = r.type === 'attributes' ? `${el.nodeName.toLowerCase()}.${el.getAttribute('class')?.split(' ')[0] ?? ''} @${r.attributeName}` : `${r.type} in ${el.nodeName?.toLowerCase()}.${(el as Element).getAttribute?.('class')?.split(' ')[0] ?? ''}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
    w.__observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
  });
  const { result, profile, trace, spans } = await record(cdp, run, async () => {
    if (!args.window) return null;
    return page.evaluate(() => __bench.windows());
  });
  const mutations = await page.evaluate(() => {
    const w = window as unknown as { __mutations: Map<string, number>; __observer: MutationObserver };
    w.__observer.disconnect();
    return [...w.__mutations].sort((a, b) => b[1] - a[1]).slice(0, 15);
  });
  console.log(`DOM mutations during the recording (most first):\n${mutations.map(([k, n]) => `  ${String(n).padStart(7)}  ${k}`).join('\n')}`);
  if (after) console.log(`after the recording: ${JSON.stringify(await after())}`);
  console.log(`${args.baseline ? 'baseline' : 'app'}, ${cards} cards, ${gesture}: ${JSON.stringify(result)}`);
  console.log(`viewport after: ${JSON.stringify(await page.evaluate(() => __bench.viewport()))}`);
  const traceText = summariseTrace(trace, spans);
  console.log(traceText.split('\n')[0]);
  if (TOP > 0) {
    console.log(summariseProfile(profile, spans));
    console.log(traceText);
  }
  if (args.out) {
    mkdirSync(args.out, { recursive: true });
    writeFileSync(join(args.out, `${gesture}-${cards}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(args.out, `${gesture}-${cards}.trace.json`), JSON.stringify({ traceEvents: trace }));
    if (spans) writeFileSync(join(args.out, `${gesture}-${cards}.spans.json`), JSON.stringify(spans));
  }
} finally {
  await browser.close();
  await server.close();
}
