import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDocument } from '../../shared/format/parse';
import { launch, openApp } from './support/browser';
import { ROOT as root, SEED as seed, fitToView, menu as chooseMenu, openFile as open, useAppPerTest } from './support/app';

const app = useAppPerTest();
const work = mkdtempSync(join(tmpdir(), 'werkzaam-e2e-'));

const card = (page: Page, title: string) => page.locator('.card-node', { hasText: title });

async function save(page: Page, file: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), chooseMenu(page, /^File$/, /^Save(?! As| version)/)]);
  await download.saveAs(file);
}

const focusedCardTitle = (page: Page) =>
  page.evaluate(() => (document.activeElement?.classList.contains('card-node') ? document.activeElement.querySelector('.card-title')?.textContent ?? null : null));

async function typeTitle(page: Page, title: string) {
  const input = page.getByRole('textbox', { name: 'Card title' });
  await input.waitFor({ timeout: 5000 }).catch(async (error: unknown) => {
    await page.screenshot({ path: join(work, `no-title-editor-${title}.png`) });
    throw error;
  });
  await input.fill(title);
  await input.press('Enter');
}

describe('the editor in Chromium', () => {
  it('builds a chain with mouse and keyboard, tags, edits an indicator, undoes, saves, reloads and reopens it intact', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });

    // Mouse: the "+" in the Input lane, then type the title.
    await page.getByRole('button', { name: 'Add a card to Input' }).click();
    await typeTitle(page, 'Job coaches');
    await expect.poll(() => card(page, 'Job coaches').count()).toBe(1);

    // Keyboard: Enter on a selected card adds a linked card in the next stage.
    await card(page, 'Job coaches').focus();
    let previous = 'Job coaches';
    for (const title of ['Group training', 'Twelve sessions held', 'Self-confidence', 'Lasting participation']) {
      // A person sees the focus ring come back to the card before pressing Enter again.
      await expect.poll(() => focusedCardTitle(page)).toBe(previous);
      await page.keyboard.press('Enter');
      await typeTitle(page, title);
      previous = title;
    }

    // The view follows the newest card, so the first ones can be scrolled off (and React Flow
    // does not render what is off screen): fit the view before counting what is there.
    await fitToView(page);
    await expect.poll(() => page.locator('.card-node').count()).toBe(5);

    // Mouse: double-click empty Outcomes lane space (once the view has stopped moving), then
    // connect by dragging from a handle.
    const below = (await card(page, 'Self-confidence').boundingBox())!;
    await page.mouse.dblclick(below.x + below.width / 2, below.y + below.height + 80);
    await typeTitle(page, 'Wider network');
    await fitToView(page);
    const source = card(page, 'Group training').locator('.react-flow__handle-right');
    const target = card(page, 'Wider network').locator('.react-flow__handle-left');
    const s = (await source.boundingBox())!;
    const t = (await target.boundingBox())!;
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(5);

    // Tag AIO elements in the inspector.
    await card(page, 'Group training').click();
    await page.getByRole('checkbox', { name: 'Integrated approach' }).check();
    await page.getByRole('checkbox', { name: 'Support networks' }).check();

    // Edit an indicator.
    await card(page, 'Self-confidence').click();
    await page.getByRole('button', { name: 'Add indicator' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('MPE score');
    await page.getByRole('textbox', { name: 'Target', exact: true }).fill('3.8');

    // Undo the target (typing in one field is one step) and redo it.
    await card(page, 'Self-confidence').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('textbox', { name: 'Target', exact: true }).inputValue()).toBe('');
    await expect.poll(() => page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('MPE score');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByRole('textbox', { name: 'Target', exact: true }).inputValue()).toBe('3.8');

    // Delete with the keyboard, then undo it.
    await card(page, 'Wider network').click();
    await card(page, 'Wider network').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => card(page, 'Wider network').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => card(page, 'Wider network').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => card(page, 'Wider network').count()).toBe(1);

    const file = join(work, 'chain.werkzaam');
    await save(page, file);
    await expect.poll(() => page.locator('.dirty-marker').count()).toBe(0);

    await page.reload();
    await page.waitForSelector('.react-flow__node-lane');
    await open(page, file);
    await expect.poll(() => page.locator('.card-node').count()).toBe(6);

    const result = parseDocument(readFileSync(file, 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const theory = result.document.theory;
    const byTitle = Object.fromEntries(Object.values(theory.cards).map((c) => [c.title, c]));
    expect(Object.fromEntries(Object.values(theory.cards).map((c) => [c.title, c.stage]))).toEqual({
      'Job coaches': 'input',
      'Group training': 'action',
      'Twelve sessions held': 'intermediate',
      'Self-confidence': 'outcome',
      'Lasting participation': 'impact',
      'Wider network': 'outcome',
    });
    const links = Object.values(theory.links).map((l) => `${theory.cards[l.from]!.title} → ${theory.cards[l.to]!.title}`).sort();
    expect(links).toEqual([
      'Group training → Twelve sessions held',
      'Group training → Wider network',
      'Job coaches → Group training',
      'Self-confidence → Lasting participation',
      'Twelve sessions held → Self-confidence',
    ]);
    expect(byTitle['Group training']!.aio).toEqual(['integraal', 'netwerk']);
    expect(byTitle['Self-confidence']!.indicators).toMatchObject([{ name: 'MPE score', target: '3.8' }]);
    expect(theory.modified).not.toBe('');

    // The reopened theory is the saved one, as data: export it again and compare whole documents.
    const again = join(work, 'chain-again.json');
    const [download] = await Promise.all([page.waitForEvent('download'), chooseMenu(page, /^File$/, /^Export as JSON/)]);
    await download.saveAs(again);
    const reopened = parseDocument(readFileSync(again, 'utf8'));
    expect(reopened.ok && reopened.document).toEqual(result.document);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses an invalid file with the problem and its JSON path, keeping the current theory', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await open(page, seed);
    await expect.poll(() => page.locator('.card-node').count()).toBe(17);
    await open(page, join(root, 'test/fixtures/invalid/bad-stage.werkzaam'));
    const dialog = page.getByRole('dialog', { name: 'Something went wrong' });
    await expect.poll(() => dialog.textContent()).toContain('"bad-stage.werkzaam" cannot be opened.');
    await expect.poll(() => dialog.textContent()).toContain('theory.cards[3].stage: "outcomes" is not a stage');
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await page.locator('.card-node').count()).toBe(17);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers unsaved work back after the page is closed without saving', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.getByRole('button', { name: 'Add a card to Impact' }).click();
    await typeTitle(page, 'Survives a crash');
    await page.waitForTimeout(2600); // the recovery copy is written ~2 s after the first unsaved change
    page.on('dialog', (d) => void d.accept()); // beforeunload
    await page.reload();
    const dialog = page.getByRole('dialog', { name: 'Unsaved work found' });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => card(page, 'Survives a crash').count()).toBe(1);
    await expect.poll(() => page.locator('.dirty-marker').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps reference screenshots of the editor in Dutch and English', async () => {
    for (const [width, height] of [[1280, 800], [1920, 1080]] as const) {
      for (const language of ['nl', 'en'] as const) {
        const ctx = await launch({ width, height });
        const { page, errors } = await openApp(ctx, app.url, { language });
        await open(page, seed);
        await expect.poll(() => page.locator('.card-node').count()).toBe(17);
        await card(page, 'Zelfvertrouwen en zelfeffectiviteit').click();
        await page.waitForTimeout(400);
        const path = join(root, `test/e2e/__screenshots__/editor-${language}-${width}x${height}.png`);
        writeFileSync(path, await page.screenshot());
        expect(errors).toEqual([]);
        await ctx.close();
      }
    }
  });
});
