import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDocument } from '../../shared/format/parse';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { STAGES } from '../../shared/model';
import { openApp } from './support/browser';
import { fitToView, menu, useAppPerTest } from './support/app';

const app = useAppPerTest();
const work = mkdtempSync(join(tmpdir(), 'werkzaam-e2e-nl-'));
const card = (page: Page, title: string) => page.locator('.card-node', { hasText: title });

async function drag(page: Page, from: string, to: string) {
  const s = (await card(page, from).locator('.react-flow__handle-right').boundingBox())!;
  const t = (await card(page, to).locator('.react-flow__handle-left').boundingBox())!;
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
  await page.mouse.up();
}

describe('in Dutch, with the mouse', () => {
  it('builds one card per stage with the lane buttons, links them by dragging, saves, and guards unsaved work when opening', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'nl' });
    const titles = ['Trajectbegeleiders', 'Groepstraining', 'Twaalf bijeenkomsten', 'Meer zelfvertrouwen', 'Duurzaam aan het werk'];
    for (const [i, stage] of STAGES.entries()) {
      await page.getByRole('button', { name: `Kaart toevoegen in ${STAGE_LABELS.nl[stage]}` }).click();
      const input = page.getByRole('textbox', { name: 'Titel van de kaart' });
      await input.fill(titles[i]!);
      await input.press('Enter');
      await expect.poll(() => card(page, titles[i]!).count()).toBe(1);
    }
    await fitToView(page);
    for (let i = 0; i + 1 < titles.length; i++) {
      await drag(page, titles[i]!, titles[i + 1]!);
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(i + 1);
    }
    await card(page, 'Groepstraining').click();
    await page.getByRole('checkbox', { name: 'Arbeidsmatige focus' }).check();

    // Ctrl+S on a new theory is Save As: in the browser fallback, a download.
    await card(page, 'Groepstraining').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.werkzaam$/);
    await expect.poll(() => page.title()).toBe(`${download.suggestedFilename()} — Werkzaam`);

    // New work, then Open: "Annuleren" keeps it; "Niet opslaan" goes on to the file dialog.
    await page.getByRole('button', { name: 'Kaart toevoegen in Impact' }).click();
    await page.getByRole('textbox', { name: 'Titel van de kaart' }).fill('Niet bewaard');
    await page.getByRole('textbox', { name: 'Titel van de kaart' }).press('Enter');
    await menu(page, /^Bestand$/, /^Openen…/);
    const ask = page.getByRole('dialog', { name: 'Wijzigingen opslaan?' });
    await ask.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => card(page, 'Niet bewaard').count()).toBe(1);
    await menu(page, /^Bestand$/, /^Openen…/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ask.getByRole('button', { name: 'Niet opslaan' }).click()]);
    await chooser.setFiles(file);
    await expect.poll(() => card(page, 'Niet bewaard').count()).toBe(0);
    await fitToView(page);
    await expect.poll(() => page.locator('.card-node').count()).toBe(5);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);

    const result = parseDocument(readFileSync(file, 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const theory = result.document.theory;
    expect(theory.language).toBe('nl');
    const ordered = STAGES.map((stage) => Object.values(theory.cards).filter((c) => c.stage === stage).map((c) => c.title));
    expect(ordered).toEqual(titles.map((t) => [t]));
    const links = Object.values(theory.links).map((l) => `${theory.cards[l.from]!.title} → ${theory.cards[l.to]!.title}`).sort();
    expect(links).toEqual(titles.slice(0, -1).map((t, i) => `${t} → ${titles[i + 1]}`).sort());
    expect(Object.values(theory.cards).find((c) => c.title === 'Groepstraining')!.aio).toEqual(['arbeidsmatig']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
