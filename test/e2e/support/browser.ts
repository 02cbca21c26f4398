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
  options: { language?: 'nl' | 'en'; pickers?: 'fallback' | 'opfs' } = {},
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
  await page.goto(url);
  await page.waitForSelector('.react-flow__node-lane');
  return { page, errors };
}
