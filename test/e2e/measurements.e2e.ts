import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { ROOT, SEED, menu, openFile, useAppPerTest } from './support/app';

// Issue #11, Done when: add MPE to the library, point an indicator at its intrapsychic factor,
// enter a baseline and two follow-ups, see the chart and the progress mark, export the PDF
// and find the values and the instrument reference in pdftotext. In the browser build.
const app = useAppPerTest();
const work = mkdtempSync(join(tmpdir(), 'werkzaam-measurements-e2e-'));

/** axe-core over the page: the serious and critical violations, each with the elements it found. */
async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Put the keyboard on a measurement's date field (add lands there) and type date, value and n, Tab between. */
async function typeMeasurement(page: Page, date: string, value: string, n: string) {
  await page.keyboard.type(date);
  await page.keyboard.press('Tab');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
  await page.keyboard.type(n);
}

describe('measured values over time (#11)', () => {
  it('MPE in the library, an indicator on its intrapsychic factor, a baseline and two follow-ups: chart, progress mark and PDF', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    const inspector = page.locator('#inspector');

    // Nothing selected: the theory's instrument library. The MPE goes in once (the button then greys out).
    const addMpe = inspector.getByRole('button', { name: 'Add the MPE to the instruments' });
    await addMpe.click();
    const mpe = inspector.locator('.instrument[data-instrument-id="m1"]');
    await expect.poll(() => mpe.getByLabel('Abbreviation').inputValue()).toBe('MPE');
    // The theory is Dutch: the preset comes in its language, with its reference.
    expect(await mpe.getByLabel('Reference / source').inputValue()).toContain('European Journal of Social Work 20(4)');
    expect(await addMpe.isDisabled()).toBe(true);

    // c12 "Zelfvertrouwen en zelfeffectiviteit": tagged intrapersonal and rung 5; its badges say so.
    await page.locator('.card-node[data-card-id="c12"]').click();
    await page.getByRole('group', { name: 'Empowerment components' }).getByRole('checkbox', { name: /^Intrapersonal/ }).check();
    await page.getByRole('group', { name: 'Participation-ladder rungs' }).getByRole('checkbox', { name: /^Rung 5/ }).check();
    const card = page.locator('.card-node[data-card-id="c12"]');
    await expect.poll(() => card.locator('.empowerment-badge [aria-hidden]').textContent()).toBe('Intra');
    expect(await card.locator('.rung-badge [aria-hidden]').textContent()).toBe('R5');

    // Its indicator reads the MPE's intrapsychic factor; a target of 3,8 by 2026.
    const indicator = inspector.locator('[data-indicator-id="c12-i1"]');
    await indicator.getByRole('combobox', { name: 'Measurement instrument' }).selectOption('m1');
    await indicator.getByRole('combobox', { name: 'Factor of MPE' }).selectOption('intrapsychisch');
    await indicator.getByLabel('Target', { exact: true }).fill('3,8');
    await indicator.getByLabel('Target date', { exact: true }).fill('2026');
    // No progress yet: nothing measured.
    expect(await card.locator('.card-progress').count()).toBe(0);

    // A baseline and two follow-ups, by keyboard: the add button (Enter) puts the keyboard in the new row's date.
    const add = indicator.getByRole('button', { name: 'Add measurement: Intrapersoonlijk empowerment' });
    for (const [date, value, n] of [['2025-01', '3,1', '14'], ['2025-06', '3,4', '13'], ['2025-12', '3,6', '12']] as const) {
      await add.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-measurement-id]')?.querySelector('input') === document.activeElement)).toBe(true);
      await typeMeasurement(page, date, value, n);
    }
    const rows = indicator.locator('.measurement');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).getByRole('combobox', { name: 'Kind of measurement' }).inputValue()).toBe('baseline');
    expect(await rows.nth(2).getByRole('combobox', { name: 'Kind of measurement' }).inputValue()).toBe('followUp');

    // The chart: three points, the baseline drawn apart, the target line; named and summarised.
    const chart = indicator.getByRole('img', { name: /^Measurements of Intrapersoonlijk empowerment/ });
    await expect.poll(() => chart.locator('.chart-point').count()).toBe(3);
    expect(await chart.locator('rect.chart-point.is-baseline').count()).toBe(1);
    expect(await chart.locator('.chart-target line').count()).toBeGreaterThan(0);
    const summary = await chart.locator('desc').textContent();
    expect(summary).toContain('baseline 3.1 (2025-01)');
    expect(summary).toContain('latest 3.6 (2025-12)');
    expect(summary).toContain('toward target');
    // The values as a table for screen readers.
    expect(await indicator.locator('.series-chart table tbody tr').count()).toBe(3);

    // The card's progress mark: toward the target, a shape that reads in black and white.
    await expect.poll(() => card.locator('.card-progress').getAttribute('data-progress')).toBe('toward');
    expect(await card.locator('.card-progress [aria-hidden]').textContent()).toBe('▲');
    expect(await card.locator('.card-progress').getAttribute('title')).toBe('Indicators moving toward their target');

    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await indicator.locator('.series-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ROOT, '.tmp/measurements-inspector.png') });
    expect(await serious(page), 'inspector with a chart').toEqual([]);

    // The funder report: the indicator table's values and the instrument with its reference.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      (async () => {
        await menu(page, /^File$/, /^Export as PDF/);
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('combobox', { name: 'Language' }).selectOption('en');
        await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      })(),
    ]);
    const pdf = join(work, 'report.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    writeFileSync(join(ROOT, '.tmp/measurements-report.txt'), text);
    // The indicator table: baseline, latest with its dates, the target with its date, the direction, the instrument and factor.
    // The target typed "3,8" is written as the values beside it are in an English report.
    expect(text).toContain('Intrapersoonlijk empowerment Score op de intrapsychische factor van de MPE');
    expect(text).toMatch(/3\.1 \(2025-01\) 3\.6 \(2025-12\) 3\.8 \(2026\) ↑ toward target MPE \(Meetschaal voor Psychologisch Empowerment\) – intrapsychisch/);
    // The appendix: the chart's sentence and its table, row by row.
    expect(text).toContain('3 measurements; baseline 3.1 (2025-01); latest 3.6 (2025-12); target 3.8 (2026); direction: toward target.');
    expect(text).toContain('2025-01 Baseline 3.1 14 2025-06 Follow-up 3.4 13 2025-12 Follow-up 3.6 12');
    // The instrument in use with its reference.
    expect(text).toMatch(/MPE \(Meetschaal voor Psychologisch Empowerment\) Psychologisch empowerment Factors: intrapsychisch, interpsychisch, gedragsmatig KdG \(Karel de Grote Hogeschool\), gevalideerd 2017; European Journal of Social Work 20\(4\)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('File ▸ Import measurements… names each bad row in Dutch and imports nothing, or the good rows as one step', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'nl' });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    const file = join(work, 'metingen.csv');
    // A Dutch spreadsheet: ';' and decimal commas; row 3 names no indicator of the theory, row 4 has no date.
    writeFileSync(file, 'indicator;datum;waarde;n\nc12-i1;2025-01;3,1;14\nOnbekend;2025-06;3,4;\nIntrapersoonlijk empowerment;;3,6;12\nintrapersoonlijk empowerment;2025-12;3,7;11\n');
    const importIt = async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu(page, /^Bestand$/, /^Metingen importeren…/)]);
      await chooser.setFiles(file);
    };
    await importIt();
    const dialog = page.getByRole('dialog', { name: 'Metingen importeren: metingen.csv' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('2 van de 4 rijen kunnen niet worden ingelezen. Er is nog niets geïmporteerd.');
    const problems = await dialog.locator('li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^metingen\.csv:3:1: rij 3, kolom A \("indicator"\): /);
    expect(problems[1]).toMatch(/^metingen\.csv:4:2: rij 4, kolom B \("datum"\): /);
    // Nothing, the default: the theory is as it was.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.locator('.card-node[data-card-id="c12"]').click();
    const indicator = page.locator('#inspector [data-indicator-id="c12-i1"]');
    expect(await indicator.locator('.measurement').count()).toBe(0);

    await importIt();
    await dialog.getByRole('button', { name: 'De 2 goede rijen importeren, de andere overslaan' }).click();
    await expect.poll(() => indicator.locator('.measurement').count()).toBe(2);
    await expect.poll(() => indicator.locator('.chart-point').count()).toBe(2);
    // One undo step takes the whole import back.
    await page.locator('.card-node[data-card-id="c12"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => indicator.locator('.measurement').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
