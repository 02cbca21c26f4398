import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/format/parse';
import { openApp } from './support/browser';
import { SEED, menu, useAppPerTest, selectCardForInspector } from './support/app';
import { readOpfs, scriptPickers, writeOpfs } from './support/opfs';

const app = useAppPerTest();
const seedText = readFileSync(SEED, 'utf8');
const titleOf = (text: string | null) => {
  const result = parseDocument(text ?? '');
  return result.ok ? result.document.theory.cards.c1?.title : `not a theory: ${text?.slice(0, 40)}`;
};

describe('saving over a file that changed on disk (real File System Access handles in Chromium)', () => {
  it('asks first: Cancel keeps the other version on disk and the work unsaved; Overwrite writes it', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en', pickers: 'opfs' });
    await writeOpfs(page, 'kdg.werkzaam', seedText);
    await scriptPickers(page, { nextOpen: 'kdg.werkzaam' });
    await menu(page, /^File$/, /^Open…/);
    await expect.poll(() => page.title()).toBe('kdg.werkzaam — Werkzaam');
    await selectCardForInspector(page, 'c1');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Mine');

    // Another tab or program saves the same file meanwhile.
    const theirs = seedText.replace(/"title": "Doelgroepmedewerkers[^"]*"/, '"title": "Theirs"');
    await page.waitForTimeout(50);
    await writeOpfs(page, 'kdg.werkzaam', theirs);

    await menu(page, /^File$/, /^Save(?! As| version)/);
    const dialog = page.getByRole('dialog', { name: 'File changed on disk' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain('"kdg.werkzaam" was changed by another program or window after you opened it.');
    // Escape is Cancel: nothing is written.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(titleOf(await readOpfs(page, 'kdg.werkzaam'))).toBe('Theirs');
    await expect.poll(() => page.title()).toBe('• kdg.werkzaam — Werkzaam');

    await menu(page, /^File$/, /^Save(?! As| version)/);
    await dialog.getByRole('button', { name: 'Overwrite' }).click();
    await expect.poll(async () => titleOf(await readOpfs(page, 'kdg.werkzaam'))).toBe('Mine');
    await expect.poll(() => page.title()).toBe('kdg.werkzaam — Werkzaam');
    // Our own save is no change on disk: the next save asks nothing.
    await selectCardForInspector(page, 'c1');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Mine again');
    await menu(page, /^File$/, /^Save(?! As| version)/);
    await expect.poll(async () => titleOf(await readOpfs(page, 'kdg.werkzaam'))).toBe('Mine again');
    expect(await dialog.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
