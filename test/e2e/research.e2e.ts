import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { ROOT, SEED, openFile, useAppPerTest } from './support/app';

const app = useAppPerTest();

async function selectCard(page: Page, id: string) {
  await page.locator(`.card-node[data-card-id="${id}"]`).click();
}

async function tick(page: Page, legend: string, name: RegExp) {
  const group = page.getByRole('group', { name: legend });
  await group.getByRole('checkbox', { name }).check();
}

const cellOf = (page: Page, row: string, column: string) => page.locator(`.matrix-cell[data-row="${row}"][data-column="${column}"]`);

describe('research tags and the matrix (#11)', () => {
  it('tags outcomes with empowerment components and a rung; the matrix fills in, a gap stays empty, a cell selects its card', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');

    // c12 "Zelfvertrouwen en zelfeffectiviteit" (work-oriented, integrated): intrapersonal, rung 5.
    await selectCard(page, 'c12');
    await tick(page, 'Empowerment components', /^Intrapersonal/);
    await tick(page, 'Participation-ladder rungs', /^Rung 5/);
    // c13 "Veerkracht en werkhouding": behavioural.
    await selectCard(page, 'c13');
    await tick(page, 'Empowerment components', /^Behavioural/);

    await page.getByRole('menubar').getByRole('menuitem', { name: /^View$/ }).click();
    await page.getByRole('menu').getByRole('menuitemcheckbox', { name: /^Research matrix/ }).click();
    const panel = page.getByRole('complementary', { name: 'Research matrix' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => cellOf(page, 'arbeidsmatig', 'intrapersonal').textContent()).toBe('Zelfvertrouwen en zelfeffectiviteit');
    await expect.poll(() => cellOf(page, 'integraal', 'intrapersonal').textContent()).toBe('Zelfvertrouwen en zelfeffectiviteit');
    // Nothing is tagged interactional: the whole column is a gap, and says so.
    for (const row of ['arbeidsmatig', 'integraal', 'netwerk']) {
      expect(await cellOf(page, row, 'interactional').textContent()).toBe('empty');
      expect(await cellOf(page, row, 'interactional').getAttribute('class')).toContain('is-gap');
    }
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await page.screenshot({ path: join(ROOT, '.tmp/research-matrix.png') });

    // Choosing a cell selects its card: the inspector shows it.
    await selectCard(page, 'c13');
    await cellOf(page, 'arbeidsmatig', 'intrapersonal').click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('Zelfvertrouwen en zelfeffectiviteit');

    // By rung: the card sits under rung 5, named in the Flemish ladder.
    await panel.getByRole('combobox', { name: 'Columns' }).selectOption('rungs');
    await expect.poll(() => panel.getByRole('columnheader').nth(5).textContent()).toBe('Rung 5 · Paid work with support');
    await expect.poll(() => cellOf(page, 'arbeidsmatig', '5').textContent()).toBe('Zelfvertrouwen en zelfeffectiviteit');
    expect(await cellOf(page, 'netwerk', '5').textContent()).toBe('empty');

    // The tags are saved with the theory: undo takes the last one off, and the matrix follows.
    await page.keyboard.press('Escape');
    await page.locator('.card-node[data-card-id="c13"]').focus();
    await page.keyboard.press('Control+z');
    await panel.getByRole('combobox', { name: 'Columns' }).selectOption('empowerment');
    await expect.poll(() => cellOf(page, 'arbeidsmatig', 'behavioural').textContent()).toBe('empty');
    expect(errors).toEqual([]);
    await page.close();
  });
});
