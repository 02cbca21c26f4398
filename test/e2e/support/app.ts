import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { serveStatic } from './server';
import { launch } from './browser';

export const ROOT = join(__dirname, '../../..');
export const SEED = join(ROOT, 'test/fixtures/valid/kdg-aio.werkzaam');
/** The built web app; E2E_DIST points elsewhere to test a build without touching dist/. */
export const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist/renderer');

/**
 * Serve the built app for a suite and give each test a fresh browser profile, so no
 * crash-recovery copy or preference leaks from one test into the next.
 */
export function useAppPerTest(): { readonly url: string; readonly context: BrowserContext } {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built app at ${DIST}: run \`npx vite build\` first (npm test does).`);
    server = await serveStatic(DIST);
  });
  beforeEach(async () => {
    context = await launch();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get context() {
      return context!;
    },
  };
}

/** Choose an item from the in-app menu bar, as a person would. */
export async function menu(page: Page, name: RegExp, item: RegExp): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** File ▸ Open… and pick a file in the upload dialog (the browser fallback). */
export async function openFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu(page, /^(File|Bestand)$/, /^(Open…|Openen…)/)]);
  await chooser.setFiles(file);
}

/**
 * View ▸ Fit to View, then let the animation finish (mouse work needs a still view).
 * The same command sits in the toolbar and in the canvas controls; either will do.
 */
export async function fitToView(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Fit to View|Alles in beeld)$/ }).first().click();
  await page.waitForTimeout(200);
  await waitForStillView(page);
}

/**
 * Wait until the canvas view has stopped moving (a card brought into view pans for 200 ms,
 * longer on a loaded machine): positions read from the page are only good for mouse work
 * once the view is still. Each reading is taken after the page has drawn two frames, and the
 * view must read the same three times running: on a starved machine two readings 120 ms
 * apart could both fall between the frames of an animation still under way.
 */
export async function waitForStillView(page: Page): Promise<void> {
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate(
      (el) =>
        new Promise<string>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(getComputedStyle(el).transform))),
        ),
    );
  let last = await transform();
  let same = 0;
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(100);
    const now = await transform();
    same = now === last ? same + 1 : 0;
    if (same >= 2) return;
    last = now;
  }
  throw new Error('the canvas view kept moving for 6 s');
}

/**
 * Click a card and wait until the inspector shows its form. The inspector follows a new
 * selection one frame after the canvas has painted it (renderer/state/useAfterPaint), and
 * until then still shows the theory's form, which has a "Title" field of its own.
 */
export async function selectCardForInspector(page: Page, id: string): Promise<void> {
  await page.locator(`.card-node[data-card-id="${id}"]`).click();
  await page.waitForSelector('#inspector:not([data-behind])');
}

/** The card with this title on the canvas, drawn whole (the title is its text) or, zoomed out, as a block (its label). */
export function cardTitled(page: Page, title: string): Locator {
  return page.locator('.card-node', { hasText: title }).or(page.locator(`.card-node[aria-label*=${JSON.stringify(title)}]`));
}
