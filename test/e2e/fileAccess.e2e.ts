import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDocument } from '../../shared/format/parse';
import { openApp } from './support/browser';
import { SEED, menu, useAppPerTest, selectCardForInspector } from './support/app';
import { pickerCalls, readOpfs, scriptPickers, writeOpfs } from './support/opfs';

const app = useAppPerTest();
const seedText = readFileSync(SEED, 'utf8');

const titleOf = (text: string | null, id: string) => {
  const result = parseDocument(text ?? '');
  return result.ok ? result.document.theory.cards[id]?.title : `unparseable: ${result.problems[0]?.message}`;
};

async function renameFirstCard(page: Page, title: string) {
  const card = page.locator('.card-node[data-card-id="c1"]');
  await selectCardForInspector(page, 'c1');
  const field = page.getByRole('textbox', { name: 'Title', exact: true });
  await field.fill(title);
  await expect.poll(() => card.textContent()).toContain(title);
}

describe('files through the File System Access API (real handles from the origin-private file system)', () => {
  it('opens with the picker, saves back to the same file without asking, lists it as recent, and reopens it after a reload', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en', pickers: 'opfs' });
    let downloads = 0;
    page.on('download', () => downloads++);
    await writeOpfs(page, 'kdg.werkzaam', seedText);
    await scriptPickers(page, { nextOpen: 'kdg.werkzaam' });
    await menu(page, /^File$/, /^Open…/);
    await expect.poll(() => page.locator('.card-node').count()).toBeGreaterThan(0);
    await expect.poll(() => page.title()).toBe('kdg.werkzaam — Werkzaam');

    await renameFirstCard(page, 'Saved in place');
    await expect.poll(() => page.title()).toBe('• kdg.werkzaam — Werkzaam');
    await page.locator('.card-node[data-card-id="c1"]').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(async () => titleOf(await readOpfs(page, 'kdg.werkzaam'), 'c1')).toBe('Saved in place');
    await expect.poll(() => page.title()).toBe('kdg.werkzaam — Werkzaam');
    // Save went to the handle: no save dialog, no download.
    expect((await pickerCalls(page)).map((c) => c.picker)).toEqual(['open']);
    expect((await pickerCalls(page))[0]!.accept).toEqual(['.werkzaam', '.json']);
    expect(downloads).toBe(0);

    // After a reload the handle comes back from IndexedDB through File ▸ recent.
    await page.reload();
    await page.waitForSelector('.react-flow__node-lane');
    await menu(page, /^File$/, /^kdg\.werkzaam$/);
    await expect.poll(() => page.locator('.card-node[data-card-id="c1"]').textContent()).toContain('Saved in place');
    await expect.poll(() => page.title()).toBe('kdg.werkzaam — Werkzaam');

    // Saving the reopened file still writes to the same handle.
    await renameFirstCard(page, 'Second save');
    await page.locator('.card-node[data-card-id="c1"]').focus();
    await page.keyboard.press('Control+s');
    await expect.poll(async () => titleOf(await readOpfs(page, 'kdg.werkzaam'), 'c1')).toBe('Second save');
    expect((await pickerCalls(page)).filter((c) => c.picker === 'save')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Save As asks for a new file (cancel leaves it unsaved), and exports go through the picker with their own type', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en', pickers: 'opfs' });
    await page.getByRole('button', { name: 'Add a card to Input' }).click();
    const input = page.getByRole('textbox', { name: 'Card title' });
    await input.fill('Only card');
    await input.press('Enter');
    await expect.poll(() => page.title()).toMatch(/^• /);

    await scriptPickers(page, { nextSave: null });
    await menu(page, /^File$/, /^Save As…/);
    await expect.poll(async () => (await pickerCalls(page)).length).toBe(1);
    expect(await page.title()).toMatch(/^• /);

    await scriptPickers(page, { nextSave: 'copy.werkzaam' });
    await menu(page, /^File$/, /^Save As…/);
    await expect.poll(() => page.title()).toBe('copy.werkzaam — Werkzaam');
    const saved = parseDocument((await readOpfs(page, 'copy.werkzaam')) ?? '');
    expect(saved.ok && Object.values(saved.document.theory.cards).map((c) => c.title)).toEqual(['Only card']);

    await scriptPickers(page, { nextSave: undefined });
    await menu(page, /^File$/, /JSON/);
    await expect.poll(async () => (await pickerCalls(page)).length).toBe(3);
    const exportCall = (await pickerCalls(page))[2]!;
    expect(exportCall).toMatchObject({ picker: 'save', suggestedName: 'copy.json', accept: ['.json'] });
    // The picker answers before the export is written: wait for the file, not the call.
    await expect.poll(async () => parseDocument((await readOpfs(page, 'copy.json')) ?? '').ok).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
