import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { SEED, openFile, useAppPerTest } from './support/app';

const app = useAppPerTest();

/** Moderate in axe-core, but named in issue #14: no h1, content outside landmarks. */
const ALSO = new Set(['page-has-heading-one', 'region', 'landmark-one-main']);

/** axe-core over the whole page: the serious and critical violations (and ALSO), each with the elements it found. */
async function serious(page: Page): Promise<string[]> {
  // AxeBuilder is typed against playwright's Page; playwright-core's is the same object.
  const results = await new AxeBuilder({ page: page as never }).analyze();
  const moderate = results.violations.filter((v) => v.impact === 'moderate' || v.impact === 'minor');
  if (moderate.length > 0) console.log('axe, moderate/minor:', moderate.map((v) => `${v.id}: ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`).join('\n'));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALSO.has(v.id))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} in all` : ''}`);
}

describe('accessibility (axe-core): no serious or critical violation', () => {
  it('the empty app, in Dutch and English', async () => {
    for (const language of ['nl', 'en'] as const) {
      const { page } = await openApp(app.context, app.url, { language });
      expect(await serious(page), language).toEqual([]);
      await page.close();
    }
  });

  it('a populated theory, a card selected, its title being edited, the checks open', async () => {
    const { page } = await openApp(app.context, app.url, { language: 'nl' });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    expect(await serious(page), 'theory').toEqual([]);
    await page.locator('.card-node[data-card-id="c5"]').click();
    expect(await serious(page), 'card selected').toEqual([]);
    await page.keyboard.press('F2');
    await page.waitForSelector('.card-title-input');
    expect(await serious(page), 'title editing').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Ketencontroles/ }).click();
    await page.locator('.card-node[data-card-id="c1"]').click({ modifiers: ['Shift'] });
    expect(await serious(page), 'checks open, two cards selected').toEqual([]);
    await page.close();
  });

  it('an open dialog: the shortcuts, the link dialog, the export options', async () => {
    const { page } = await openApp(app.context, app.url, { language: 'en' });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    await page.keyboard.press('Control+/');
    await page.getByRole('dialog').waitFor();
    expect(await serious(page), 'shortcuts').toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.card-node[data-card-id="c5"]').click();
    await page.keyboard.press('l');
    await page.getByRole('dialog').waitFor();
    expect(await serious(page), 'link dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export as PDF…' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await serious(page), 'export options').toEqual([]);
    await page.close();
  });

  it('presentation mode: the first stage, a middle one and the last, in Dutch and English', async () => {
    for (const language of ['nl', 'en'] as const) {
      const { page } = await openApp(app.context, app.url, { language });
      await openFile(page, SEED);
      await page.waitForSelector('.card-node');
      await page.keyboard.press('F5');
      const show = page.locator('.presentation');
      await show.waitFor();
      const stage = show.locator('#presentation-stage');
      const names = [];
      for (const step of [0, 2, 4]) {
        while ((await page.evaluate(() => Number(document.querySelector('.pres-step')?.textContent?.match(/\d+/)?.[0] ?? 0))) < step + 1) {
          await page.keyboard.press('ArrowRight');
        }
        names.push(await stage.textContent());
        // Let the fitted font size settle (the stage is measured, then laid out again).
        await page.waitForTimeout(300);
        expect(await serious(page), `${language}, step ${step + 1}`).toEqual([]);
      }
      // The loop did step through the stages (not three looks at the first one).
      expect(new Set(names).size, names.join(', ')).toBe(3);
      await page.keyboard.press('Escape');
      await expect.poll(() => show.count()).toBe(0);
      await page.close();
    }
  });
});
