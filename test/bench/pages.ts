/**
 * One benchmark pass over one page (the app or the baseline) at one theory size: open,
 * pan, zoom, drag one card, drag 50, and the four edits; for the app also save, the PDF
 * and PNG exports and tidy-up. Every figure is measured in the page (probe.js), from the
 * input event's time stamp to the frame painted after it.
 */
import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import type { Theory } from '../../shared/model';
import { chainViewport } from '../../renderer/canvas/viewOptions';
import {
  DRAG_MOVES,
  DRAG_STEP,
  GESTURE_MAX_MS,
  PAN_STEPS,
  ZOOM_STEPS,
  cardCentre,
  dragCard,
  editCard,
  selectionBox,
  toScreen,
  visibleCards,
  wheelForPan,
  type Rect,
  type Viewport,
  type WheelStep,
} from './scenario';

/** BENCH_DEBUG=1 logs each step (to find a gesture that hangs). */
const step = (label: string) => {
  if (process.env.BENCH_DEBUG) process.stderr.write(`  · ${label}\n`);
};
const PROBE = fileURLToPath(new URL('./probe.js', import.meta.url));
export const WINDOW = { width: 1280, height: 800 };

interface Condition {
  selector: string;
  text?: string;
  /** The first match's text contains this (a card drawn whole or as a zoomed-out block). */
  includes?: string;
  minCount?: number;
  visible?: boolean;
  absent?: boolean;
}
interface FrameStats {
  frames: number;
  p50: number | null;
  p95: number | null;
  fps: number | null;
}
/** measure name → value (ms, or a count), or several of one round; null when it could not be measured. */
export type Figures = Record<string, number | null | (number | null)[]>;

declare const __bench: {
  arm(type: string, cond: Condition, timeout?: number): void;
  armNow(cond: Condition, timeout?: number): void;
  result(): Promise<number | null>;
  startFrames(): void;
  stopFrames(): FrameStats | null;
  viewport(): Viewport | null;
  paneRect(): Rect | null;
  domElements(): number;
  count(selector: string): number;
  wheel(steps: WheelStep[], maxMs: number): Promise<FrameStats>;
};
declare const __baseline: { load(payload: unknown): void };

/** The four timed edits, key to paint, on the selected card `id` (the profiler runs them too). */
export interface Edits {
  add(page: Page): Promise<number | null>;
  rename(page: Page, id: string, to: string): Promise<number | null>;
  undo(page: Page, id: string, title: string): Promise<number | null>;
  redo(page: Page, id: string, title: string): Promise<number | null>;
}

/** What differs between the app and the baseline: how a theory is opened and edited. */
interface Target extends Edits {
  cardSelector: string;
  titleOf(id: string): string;
  open(page: Page, expected: number): Promise<number | null>;
}

export interface PassInput {
  browser: Browser;
  url: string;
  theory: Theory;
  file: string;
  /** The app's canvas pane (the baseline's pane is made the same size). */
  pane: { width: number; height: number };
  round: number;
  errors: string[];
  /** "app 1000" or "baseline 1000", for error messages. */
  label: string;
  /** Only these gestures (SCENARIOS; open always runs); undefined: all of them. */
  only?: ReadonlySet<Scenario>;
}

/** The gestures a pass can be narrowed to (`npm run bench -- --only zoom,edits`). */
export const SCENARIOS = ['pan', 'zoom', 'drag1', 'drag50', 'edits', 'save', 'pdf', 'png', 'tidy'] as const;
export type Scenario = (typeof SCENARIOS)[number];
const runs = (input: PassInput, s: Scenario) => !input.only || input.only.has(s);

async function newPage(browser: Browser, errors: string[], label: string): Promise<Page> {
  const context = await browser.newContext({ viewport: WINDOW, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
  await page.addInitScript({ path: PROBE });
  // The upload/download fallback (a headless browser cannot answer the native pickers) and
  // English menus.
  await page.addInitScript(() => {
    delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    if (!localStorage.getItem('werkzaam.language')) localStorage.setItem('werkzaam.language', 'en');
  });
  return page;
}

/** An edit painted later than this is not measured (null), so a broken step costs seconds, not minutes. */
const EDIT_TIMEOUT_MS = 20_000;
/**
 * Each edit is timed this many times a round. A key-to-paint figure includes the wait for
 * the next frame, anywhere from 0 to 16.7 ms: a median of three rounds' single edits swung
 * by a frame between runs of the same build (undo at 100 cards 8.7–19.5 ms).
 */
const EDIT_REPEATS = 5;
const EDIT_PAUSE_MS = 250;

const timed = async (page: Page, type: string, cond: Condition, input: () => Promise<unknown>, timeout = 120_000): Promise<number | null> => {
  await page.evaluate(([t, c, ms]) => __bench.arm(t as string, c as Condition, ms as number), [type, cond, timeout] as const);
  step(`armed ${type}`);
  await input();
  step(`input ${type} sent`);
  return page.evaluate(() => __bench.result());
};

const frameFigures = (prefix: string, stats: FrameStats | null): Figures => ({
  [`${prefix}.p50`]: stats?.p50 ?? null,
  [`${prefix}.p95`]: stats?.p95 ?? null,
  [`${prefix}.fps`]: stats?.fps ?? null,
});

/** Drag from a card's centre by DRAG_MOVES mouse moves, one per frame; then drop. */
async function drag(page: Page, from: { x: number; y: number }, prefix: string): Promise<Figures> {
  step(`drag from ${JSON.stringify(from)}`);
  await page.mouse.move(from.x, from.y);
  step('down');
  await page.mouse.down();
  await page.evaluate(() => __bench.startFrames());
  step('moves');
  const start = Date.now();
  for (let i = 1; i <= DRAG_MOVES && Date.now() - start < GESTURE_MAX_MS; i++) {
    await page.mouse.move(from.x + i * DRAG_STEP.x, from.y + i * DRAG_STEP.y);
  }
  const stats = await page.evaluate(() => __bench.stopFrames());
  step('drop');
  const drop = await timed(page, 'mouseup', { selector: '.react-flow__node.dragging', absent: true }, () => page.mouse.up());
  return { ...frameFigures(prefix, stats), [`${prefix}.drop`]: drop };
}

/**
 * Run one gesture; a gesture that fails costs its own figures, not the rest of the pass.
 * Afterwards Escape, so a half-done gesture (an open title field) does not spill over.
 */
async function attempt(page: Page, input: PassInput, name: string, run: () => Promise<Figures>): Promise<Figures> {
  step(name);
  try {
    return await run();
  } catch (error) {
    input.errors.push(`${input.label} round ${input.round + 1}, ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    await page.keyboard.press('Escape').catch(() => undefined);
    return {};
  }
}

async function canvasPass(page: Page, target: Target, input: PassInput): Promise<Figures> {
  const { theory } = input;
  const view = chainViewport(theory, input.pane);
  const figures: Figures = { open: await target.open(page, Math.max(1, visibleCards(theory, view, input.pane) - 1)) };
  if (figures.open === null) throw new Error('the theory did not open');
  await page.waitForTimeout(500);
  figures.domElements = await page.evaluate(() => __bench.domElements());

  const wheel = (steps: WheelStep[]) => page.evaluate(([s, m]) => __bench.wheel(s as WheelStep[], m as number), [steps, GESTURE_MAX_MS] as const);
  await pointAtPane(page);
  if (runs(input, 'pan')) Object.assign(figures, await attempt(page, input, 'pan', async () => frameFigures('pan', await wheel(PAN_STEPS))));
  if (runs(input, 'zoom')) Object.assign(figures, await attempt(page, input, 'zoom', async () => frameFigures('zoom', await wheel(ZOOM_STEPS))));
  await page.waitForTimeout(300);

  const where = async () => {
    const [viewport, pane] = await page.evaluate(() => [__bench.viewport(), __bench.paneRect()] as const);
    if (!viewport || !pane) throw new Error('no React Flow viewport on the page');
    return { screen: (p: { x: number; y: number }) => toScreen(p, viewport, pane), pane };
  };

  if (runs(input, 'drag1')) {
    Object.assign(figures, await attempt(page, input, 'drag 1', async () => drag(page, (await where()).screen(cardCentre(dragCard(theory))), 'drag1')));
    await page.waitForTimeout(300);
  }

  // A box selection around 50 cards, then drag one of them (and so all 50).
  if (runs(input, 'drag50')) Object.assign(
    figures,
    await attempt(page, input, 'drag 50', async () => {
      const { screen } = await where();
      const cards = await boxSelect(page, theory, screen);
      const selected = await page.evaluate(() => __bench.count('.react-flow__node.selected'));
      return { selected, ...(await drag(page, screen(cardCentre(cards[5]!)), 'drag50')) };
    }),
  );
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);

  // The edits, on the lowest card of the fourth stage: brought to the middle of the view
  // first, so the card added beside it (in the fifth stage, at the bottom) is in view too.
  const edited = editCard(theory);
  const title = target.titleOf(edited.id);
  const renamed = `Hernoemd in ronde ${input.round + 1}`;
  if (runs(input, 'edits')) Object.assign(
    figures,
    await attempt(page, input, 'edits', async () => {
      const { screen, pane } = await where();
      const at = screen(cardCentre(edited));
      await wheel([[0, wheelForPan(at.y - (pane.top + pane.height / 2)), false]]);
      await page.waitForTimeout(300);
      const centre = (await where()).screen(cardCentre(edited));
      await page.mouse.click(centre.x, centre.y);
      await page.waitForFunction((id) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.classList.contains('selected'), edited.id);
      const edits: Record<'add' | 'rename' | 'undo' | 'redo', (number | null)[]> = { add: [], rename: [], undo: [], redo: [] };
      for (let i = 0; i < EDIT_REPEATS; i++) {
        edits.add.push(await target.add(page));
        edits.rename.push(await target.rename(page, edited.id, renamed));
        edits.undo.push(await target.undo(page, edited.id, title));
        edits.redo.push(await target.redo(page, edited.id, renamed));
        // Back to the title it was loaded with (not timed), so the next time round renames it
        // again; then a pause, as between a person's edits, for what each edit does at idle.
        await target.undo(page, edited.id, title);
        await page.waitForTimeout(EDIT_PAUSE_MS);
      }
      return edits;
    }),
  );
  return figures;
}

/** An add timed until `shown` is painted, then cancelled with Escape (the theory as it was for the next edit). */
async function addThenCancel(page: Page, key: string, shown: string): Promise<number | null> {
  const ms = await timed(page, 'keydown', { selector: shown }, () => page.keyboard.press(key), EDIT_TIMEOUT_MS);
  await page.keyboard.press('Escape');
  await page.waitForSelector(shown, { state: 'detached' });
  return ms;
}

/** The app: Enter adds a linked card, F2 renames, Ctrl+Z and Ctrl+Shift+Z undo and redo. */
export const appEdits: Edits = {
  // Enter on the selected card: a linked card in the next stage, its title being edited.
  add: (page) => addThenCancel(page, 'Enter', '.card-title-input'),
  async rename(page, id, to) {
    // After the cancelled new card the keyboard is back on the edited card: F2 edits its title.
    await page.keyboard.press('F2');
    const field = page.locator(`.react-flow__node[data-id="${id}"] .card-title-input`);
    await field.fill(to);
    return timed(page, 'keydown', { selector: `.react-flow__node[data-id="${id}"] .card-node`, includes: to }, () => field.press('Enter'), EDIT_TIMEOUT_MS);
  },
  // The card's text holds its title when it is drawn whole, its label when it is a block (zoomed out, lod.ts).
  undo: (page, id, title) =>
    timed(page, 'keydown', { selector: `.react-flow__node[data-id="${id}"] .card-node`, includes: title }, () => page.keyboard.press('Control+z'), EDIT_TIMEOUT_MS),
  redo: (page, id, title) =>
    timed(page, 'keydown', { selector: `.react-flow__node[data-id="${id}"] .card-node`, includes: title }, () => page.keyboard.press('Control+Shift+z'), EDIT_TIMEOUT_MS),
};

/**
 * The bare page's own keys (test/bench/baseline): a adds a node, r renames the target to the
 * title it was loaded with (renameTo), u and y undo and redo.
 */
export const baselineEdits: Edits = {
  add: (page) => addThenCancel(page, 'a', '.react-flow__node[data-id="bench-new"]'),
  rename: (page, id, to) => timed(page, 'keydown', { selector: `.react-flow__node[data-id="${id}"]`, text: to }, () => page.keyboard.press('r'), EDIT_TIMEOUT_MS),
  undo: (page, id, title) => timed(page, 'keydown', { selector: `.react-flow__node[data-id="${id}"]`, text: title }, () => page.keyboard.press('u'), EDIT_TIMEOUT_MS),
  redo: (page, id, title) => timed(page, 'keydown', { selector: `.react-flow__node[data-id="${id}"]`, text: title }, () => page.keyboard.press('y'), EDIT_TIMEOUT_MS),
};

const appTarget = (input: PassInput): Target => ({
  cardSelector: '.react-flow__node-card',
  titleOf: (id) => input.theory.cards[id]!.title,
  async open(page, expected) {
    await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('menu').getByRole('menuitem', { name: /^Open…/ }).click()]);
    return timed(page, 'change', { selector: '.react-flow__node-card', minCount: expected, visible: true }, () => chooser.setFiles(input.file));
  },
  ...appEdits,
});

const baselineTarget = (input: PassInput): Target => ({
  cardSelector: '.react-flow__node-default',
  titleOf: (id) => input.theory.cards[id]!.title,
  async open(page, expected) {
    const { theory } = input;
    const payload = {
      nodes: Object.values(theory.cards).map((c) => ({ id: c.id, x: c.position.x, y: c.position.y, label: c.title })),
      edges: Object.values(theory.links).map((l) => ({ id: l.id, source: l.from, target: l.to })),
      viewport: chainViewport(theory, input.pane),
      pane: input.pane,
      target: editCard(theory).id,
      // The same new title as the app's pass (canvasPass): the rename is timed until it shows.
      renameTo: `Hernoemd in ronde ${input.round + 1}`,
    };
    await page.evaluate(
      ([p, n]) => {
        __bench.armNow({ selector: '.react-flow__node-default', minCount: n as number, visible: true });
        __baseline.load(p);
      },
      [payload, expected] as const,
    );
    return page.evaluate(() => __bench.result());
  },
  ...baselineEdits,
});

/** Wall time from a click (or key) to the download it causes. */
/**
 * A save or export that has not downloaded by then is reported as not measured (with the
 * error), so one that hangs (the PNG export of 3,000 cards did not finish in 5 minutes)
 * does not push the full run past 10 minutes.
 */
const DOWNLOAD_TIMEOUT_MS = 90_000;

async function untilDownload(page: Page, act: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: DOWNLOAD_TIMEOUT_MS }), act()]);
  const ms = performance.now() - start;
  await download.delete();
  return ms;
}

async function exportFromMenu(page: Page, item: RegExp): Promise<number> {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog');
  return untilDownload(page, () => dialog.getByRole('button', { name: 'Export', exact: true }).click());
}

/** Tidy-up, once the app has it (issue #14): from the command to the last card in place. */
async function tidyUp(page: Page): Promise<number | null> {
  await page.getByRole('menubar').getByRole('menuitem', { name: 'Edit' }).click();
  const item = page.getByRole('menu').getByRole('menuitem', { name: /^Tidy up/ });
  if ((await item.count()) === 0) {
    await page.keyboard.press('Escape');
    return null;
  }
  const start = performance.now();
  await item.click();
  // Done when no card moves between two frames for half a second.
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __tidyLast?: string; __tidySince?: number };
      const now = [...document.querySelectorAll<HTMLElement>('.react-flow__node-card')].map((n) => n.style.transform).join();
      if (now !== w.__tidyLast) {
        w.__tidyLast = now;
        w.__tidySince = performance.now();
        return false;
      }
      return performance.now() - (w.__tidySince ?? 0) > 500;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  return performance.now() - start - 500;
}

export async function appPass(input: PassInput, extras: boolean): Promise<Figures> {
  const page = await newPage(input.browser, input.errors, input.label);
  try {
    await page.goto(input.url);
    await page.waitForSelector('.react-flow__node-lane');
    const figures = await canvasPass(page, appTarget(input), input);
    if (extras) {
      const one = (name: string, run: () => Promise<number | null>) => attempt(page, input, name, async () => ({ [name]: await run() }));
      if (runs(input, 'save')) Object.assign(figures, await one('saveJson', () => untilDownload(page, () => page.keyboard.press('Control+s'))));
      if (runs(input, 'pdf')) Object.assign(figures, await one('exportPdf', () => exportFromMenu(page, /^Export as PDF/)));
      if (runs(input, 'png')) Object.assign(figures, await one('exportPng', () => exportFromMenu(page, /^Export as PNG/)));
      if (runs(input, 'tidy')) Object.assign(figures, await one('tidyUp', () => tidyUp(page)));
    }
    return figures;
  } finally {
    await page.context().close();
  }
}

export async function baselinePass(input: PassInput): Promise<Figures> {
  const page = await newPage(input.browser, input.errors, input.label);
  try {
    await page.goto(input.url);
    await page.waitForFunction(() => '__baseline' in window);
    return await canvasPass(page, baselineTarget(input), input);
  } finally {
    await page.context().close();
  }
}

/** The size of the app's canvas pane in the benchmark's window. */
export async function appPane(browser: Browser, url: string, errors: string[]): Promise<{ width: number; height: number }> {
  const page = await newPage(browser, errors, 'app');
  try {
    await page.goto(url);
    await page.waitForSelector('.react-flow__node-lane');
    const rect = await page.evaluate(() => __bench.paneRect());
    if (!rect) throw new Error('the app shows no canvas');
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  } finally {
    await page.context().close();
  }
}

/** A box drawn with the mouse around the scenario's 50 cards (scenario.ts selectionBox); resolves once they are selected. */
export async function boxSelect(page: Page, theory: Theory, screen: (p: { x: number; y: number }) => { x: number; y: number }) {
  const { box, cards } = selectionBox(theory);
  const a = screen({ x: box.x1, y: box.y1 });
  const b = screen({ x: box.x2, y: box.y2 });
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node.selected').length >= n, cards.length, { timeout: 60_000 });
  return cards;
}

/**
 * The pointer over the pane's centre, where the wheel gestures say they are (probe.js): a
 * wheel comes from a pointer over the canvas, and while the content under it moves Chromium
 * hit-tests it again on every frame to update hover. Without this the app's pointer was left
 * on the File menu over the canvas and the bare page's was never on the page, so only the
 * app paid for those hit tests.
 */
export async function pointAtPane(page: Page): Promise<void> {
  const pane = await page.evaluate(() => __bench.paneRect());
  if (!pane) throw new Error('no React Flow pane on the page');
  await page.mouse.move(pane.left + pane.width / 2, pane.top + pane.height / 2);
}
