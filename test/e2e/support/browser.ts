import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { installOpfsPickers } from './opfs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium through playwright-core (it cannot download browsers here). */
export async function launch(viewport = { width: 1280, height: 800 }, options: { locale?: string } = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'werkzaam-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    // The browser's language (navigator.languages): the app follows it until the user picks one.
    ...(options.locale ? { locale: options.locale } : {}),
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page with the File System Access pickers removed, so open/save use upload/download
 * (which tests can drive). With `pickers: 'opfs'` the pickers stay, answering with real
 * handles from the origin-private file system: see support/opfs.ts.
 */
export async function openApp(
  context: BrowserContext,
  url: string,
  options: { language?: 'nl' | 'en'; pickers?: 'fallback' | 'opfs'; recovery?: 'offer' | 'forget' } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript((language) => {
    if (language && !localStorage.getItem('werkzaam.language')) localStorage.setItem('werkzaam.language', language);
  }, options.language ?? null);
  if (options.pickers === 'opfs') await page.addInitScript(installOpfsPickers);
  else
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
    });
  if (options.recovery !== 'offer') await forgetRecoveryCopies(page, url);
  await page.goto(url);
  await page.waitForSelector('.react-flow__node-lane');
  return { page, errors };
}

/**
 * A page closed by a test is a tab gone without saving: its unsaved work stays behind as a
 * recovery copy, and the next page of the same profile offers it back (at a moment that
 * depends on the load, over whatever dialog the test has opened). A page that is not about
 * recovery starts without such copies: they are removed from the app's storage first, on a
 * blank page of the app's origin. Recovery tests open with `recovery: 'offer'`.
 */
async function forgetRecoveryCopies(page: Page, url: string): Promise<void> {
  const blank = new URL('/__e2e-blank', url).href;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(blank);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        for (const key of Object.keys(localStorage)) if (key.startsWith('werkzaam.recovery:')) localStorage.removeItem(key);
        // The app's key-value store (renderer/platform/idb.ts): database 'werkzaam', store 'kv', keys 'recovery:<slot>'.
        const request = indexedDB.open('werkzaam', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kv');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('kv', 'readwrite');
          const store = tx.objectStore('kv');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            for (const key of keys.result) if (String(key).startsWith('recovery:')) store.delete(key);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.unroute(blank);
}
