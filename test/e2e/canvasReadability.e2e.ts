import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { templateByName } from '../../shared/templates';
import { serializeDocument } from '../../shared/format/serialize';
import { openApp } from './support/browser';
import { ROOT, openFile, useAppPerTest } from './support/app';

// Issue #14, "a canvas that reads on a projector": what the two research samples look like
// on the canvas, checked on what Chromium drew.
const app = useAppPerTest();
const work = mkdtempSync(join(tmpdir(), 'werkzaam-readability-e2e-'));
const SHOTS = join(ROOT, 'test/e2e/__screenshots__');
const SAMPLES = ['kdg-aio', 'ijmond-groepen'] as const;

async function openSample(page: Page, name: string, language: 'nl' | 'en'): Promise<number> {
  const doc = templateByName(name)!.create(language);
  const file = join(work, `${name}-${language}.werkzaam`);
  writeFileSync(file, serializeDocument(doc));
  await openFile(page, file);
  const count = Object.keys(doc.theory.cards).length;
  await expect.poll(() => page.locator('.card-node').count()).toBe(count);
  await page.waitForTimeout(400);
  return count;
}

describe('a canvas that reads on a projector (issue #14)', () => {
  it('no card title is clipped or runs under the AIO marks, in both samples and both languages', async () => {
    for (const name of SAMPLES) {
      for (const language of ['nl', 'en'] as const) {
        const { page, errors } = await openApp(app.context, app.url, { language });
        await page.setViewportSize({ width: 1920, height: 1080 });
        const count = await openSample(page, name, language);
        // Fitted at 1920×1080 the cards are drawn whole (not as zoomed-out blocks).
        expect(await page.locator('.canvas.is-far').count()).toBe(0);
        const titles = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.card-node')].map((card) => {
            const title = card.querySelector<HTMLElement>('.card-title')!;
            const footer = card.querySelector<HTMLElement>('.card-footer')!;
            return {
              text: title.textContent ?? '',
              scrollHeight: title.scrollHeight,
              clientHeight: title.clientHeight,
              // The title's last line ends above the footer with the AIO marks.
              overlap: title.getBoundingClientRect().top + title.scrollHeight * (title.getBoundingClientRect().height / Math.max(1, title.clientHeight)) - footer.getBoundingClientRect().top,
              cardBottom: card.getBoundingClientRect().bottom,
              footerBottom: footer.getBoundingClientRect().bottom,
            };
          }),
        );
        expect(titles).toHaveLength(count);
        for (const t of titles) {
          expect(t.scrollHeight, `${name} ${language}: "${t.text}" clipped`).toBeLessThanOrEqual(t.clientHeight);
          expect(t.overlap, `${name} ${language}: "${t.text}" runs under the marks`).toBeLessThanOrEqual(0.5);
          expect(t.footerBottom, `${name} ${language}: "${t.text}" footer outside the card`).toBeLessThanOrEqual(t.cardBottom);
        }
        if (language === 'nl') await page.screenshot({ path: join(SHOTS, `canvas-${name}-1920x1080.png`) });
        expect(errors).toEqual([]);
        await page.close();
      }
    }
  });
  it('zoomed out, cards are blocks in their stage colour with their number; titles are still read out', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'nl' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openSample(page, 'kdg-aio', 'nl');
    const zoomOut = page.getByRole('button', { name: /^(Zoom Out|Uitzoomen)$/ }).first();
    for (let i = 0; i < 12 && (await page.locator('.canvas.is-far').count()) === 0; i++) await zoomOut.click();
    await expect.poll(() => page.locator('.canvas.is-far').count()).toBe(1);
    await page.waitForTimeout(400);
    const titles = new Map(Object.values(templateByName('kdg-aio')!.create('nl').theory.cards).map((c) => [c.id, c.title]));
    const cards = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.card-node')].map((card) => ({
        id: card.dataset.cardId!,
        block: card.classList.contains('is-block'),
        ref: card.querySelector('.card-ref')?.textContent ?? null,
        footer: card.querySelector('.card-footer') !== null,
        background: getComputedStyle(card).backgroundColor,
        // What a screen reader reads: the card's text, the title among it.
        text: card.textContent ?? '',
      })),
    );
    expect(cards.length).toBeGreaterThan(10);
    for (const c of cards) {
      expect(c.block).toBe(true);
      expect(c.ref).toMatch(/^[1-5]\.\d+$/);
      expect(c.footer).toBe(false);
      expect(c.background).not.toBe('rgb(255, 255, 255)');
      expect(c.text).toContain(titles.get(c.id));
    }
    await page.screenshot({ path: join(SHOTS, 'canvas-kdg-aio-far-1024x768.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
