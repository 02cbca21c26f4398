import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { SEED, openFile, useAppPerTest, selectCardForInspector } from './support/app';

const app = useAppPerTest();

async function renameFirstCard(page: Page, title: string) {
  await selectCardForInspector(page, 'c1');
  await page.getByRole('textbox', { name: 'Titel', exact: true }).fill(title);
}

/** A crash: the page goes away without unload handlers; the profile (IndexedDB) stays. */
async function crash(page: Page) {
  await page.close({ runBeforeUnload: false });
}

describe('crash recovery', () => {
  it('offers an opened file back under its own name after a crash, as unsaved work', async () => {
    const first = await openApp(app.context, app.url, { language: 'nl', recovery: 'offer' });
    await openFile(first.page, SEED);
    await expect.poll(() => first.page.locator('.card-node').count()).toBeGreaterThan(0);
    await renameFirstCard(first.page, 'Gered na een crash');
    // The copy is written about two seconds after the first unsaved change.
    await first.page.waitForTimeout(2600);
    expect(first.errors).toEqual([]);
    await crash(first.page);

    const { page, errors } = await openApp(app.context, app.url, { language: 'nl', recovery: 'offer' });
    const offer = page.getByRole('dialog', { name: 'Niet-opgeslagen werk gevonden' });
    await expect.poll(() => offer.textContent()).toContain('"kdg-aio.werkzaam"');
    await offer.getByRole('button', { name: 'Terugzetten' }).click();
    await expect.poll(() => page.locator('.card-node[data-card-id="c1"]').textContent()).toContain('Gered na een crash');
    await expect.poll(() => page.title()).toBe('• kdg-aio.werkzaam — Werkzaam');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a copy the user throws away is not offered again', async () => {
    const first = await openApp(app.context, app.url, { language: 'en', recovery: 'offer' });
    await first.page.getByRole('button', { name: 'Add a card to Input' }).click();
    await first.page.getByRole('textbox', { name: 'Card title' }).fill('Not wanted');
    await first.page.getByRole('textbox', { name: 'Card title' }).press('Enter');
    await first.page.waitForTimeout(2600);
    await crash(first.page);

    const second = await openApp(app.context, app.url, { language: 'en', recovery: 'offer' });
    const offer = second.page.getByRole('dialog', { name: 'Unsaved work found' });
    await offer.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => second.page.locator('.card-node').count()).toBe(0);
    // Let the clear reach IndexedDB before the next "crash".
    await second.page.waitForTimeout(300);
    await crash(second.page);

    const { page, errors } = await openApp(app.context, app.url, { language: 'en', recovery: 'offer' });
    await page.waitForTimeout(1000);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.title()).toBe('Untitled — Werkzaam');
    expect([...first.errors, ...second.errors, ...errors]).toEqual([]);
    await page.close();
  });

  it('two open tabs each keep their own copy: after a crash of one, a new tab offers that one while the other tab lives', async () => {
    const addCard = async (page: Page, title: string) => {
      await page.getByRole('button', { name: 'Add a card to Input' }).click();
      await page.getByRole('textbox', { name: 'Card title' }).fill(title);
      await page.getByRole('textbox', { name: 'Card title' }).press('Enter');
    };
    const one = await openApp(app.context, app.url, { language: 'en', recovery: 'offer' });
    const two = await openApp(app.context, app.url, { language: 'en', recovery: 'offer' });
    await addCard(one.page, 'Work of tab one');
    await addCard(two.page, 'Work of tab two');
    await one.page.waitForTimeout(2600);
    await two.page.waitForTimeout(300);
    await crash(one.page);

    const { page, errors } = await openApp(app.context, app.url, { language: 'en', recovery: 'offer' });
    const offer = page.getByRole('dialog', { name: 'Unsaved work found' });
    await offer.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('.card-node').allTextContents()).toEqual([expect.stringContaining('Work of tab one')]);
    // Tab two still has its own work, untouched.
    expect(await two.page.locator('.card-node').allTextContents()).toEqual([expect.stringContaining('Work of tab two')]);
    expect([...one.errors, ...two.errors, ...errors]).toEqual([]);
    await page.close();
    await two.page.close();
  });
});
