import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { ROOT, SEED, fitToView, openFile, useAppPerTest } from './support/app';

/** Issue #14: sticky notes, the workshop's parking lot: kept in the file, on the canvas, not in the chain. */
const app = useAppPerTest();
const SHOTS = join(ROOT, 'test/e2e/__screenshots__');

const notes = (page: Page) => page.locator('.sticky-note');
const checksCount = (page: Page) => page.locator('.checks-toggle .badge').textContent();

async function chooseInMenu(page: Page, menuName: string, item: RegExp) {
  await page.getByRole('menubar').getByRole('menuitem', { name: menuName, exact: true }).click();
  await page.getByRole('menu').locator('[role^="menuitem"]').filter({ hasText: item }).first().click();
}

describe('sticky notes (the parking lot)', () => {
  it('are added from the Card menu or with Shift+N, typed into, moved, removed and undone like cards, and not part of the chain', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    const cards = await page.locator('.card-node').count();
    const checks = await checksCount(page);

    await chooseInMenu(page, 'Card', /^Add sticky note/);
    await expect.poll(() => notes(page).count()).toBe(1);
    // The keyboard is in its text: type, then leave the note.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.sticky-note')?.getAttribute('data-note-id') ?? null)).toBe('n1');
    await page.keyboard.type('Transport to the training: who pays?');
    // The view went to the note; fit shows the chain and the parking lot together.
    await fitToView(page);
    await page.locator('.card-node[data-card-id="c1"]').click();
    expect(await page.locator('.card-node').count()).toBe(cards);
    expect(await checksCount(page)).toBe(checks);

    // Shift+N from a card adds a second one below the first, in the parking lot right of the lanes.
    await page.locator('.card-node[data-card-id="c1"]').focus();
    await page.keyboard.press('Shift+N');
    await expect.poll(() => notes(page).count()).toBe(2);
    await page.keyboard.type('Ask the municipality');
    await expect.poll(() => notes(page).nth(1).locator('textarea').inputValue()).toBe('Ask the municipality');
    const [first, second] = await notes(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { x: number; y: number; height: number }));
    expect(Math.abs(first!.x - second!.x)).toBeLessThan(1);
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    const impactLane = (await page.locator('.lane.stage-impact').boundingBox())!;
    expect(first!.x).toBeGreaterThan(impactLane.x + impactLane.width);

    // Alt+arrows move the note the keyboard is in.
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    const moved = (await notes(page).nth(1).boundingBox())!;
    expect(moved.y).toBeGreaterThan(second!.y + 10);

    // Dragged by its strip: one undo step.
    await fitToView(page);
    await page.locator('.card-node[data-card-id="c1"]').focus();
    const strip = (await notes(page).first().locator('.sticky-note-head').boundingBox())!;
    await page.mouse.move(strip.x + 30, strip.y + strip.height / 2);
    await page.mouse.down();
    await page.mouse.move(strip.x + 30, strip.y + 200, { steps: 8 });
    await page.mouse.up();
    const dragged = (await notes(page).first().boundingBox())!;
    expect(dragged.y).toBeGreaterThan(strip.y + 150);
    writeFileSync(join(SHOTS, 'sticky-notes-1920x1080.png'), await page.screenshot());

    // axe-core on the canvas with notes: no serious or critical violation.
    const results = await new AxeBuilder({ page: page as never }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    // Undo: the drag, the two Alt+arrow moves, the typing, the second note; redo brings them back.
    await page.locator('.card-node[data-card-id="c1"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await notes(page).first().boundingBox())!.y).toBeLessThan(dragged.y - 100);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => notes(page).nth(1).locator('textarea').inputValue()).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => notes(page).count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => notes(page).count()).toBe(2);

    // The remove button, reached by Tab from the note's text.
    await notes(page).first().locator('textarea').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove sticky note 1');
    await page.keyboard.press('Enter');
    await expect.poll(() => notes(page).count()).toBe(1);
    expect(await notes(page).first().locator('textarea').inputValue()).toBe('');

    // Kept in the file: saved, the theory holds its note (file version 4).
    await page.keyboard.press('Control+z');
    await expect.poll(() => notes(page).count()).toBe(2);
    await notes(page).first().locator('textarea').focus();
    await page.locator('.card-node[data-card-id="c1"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.version).toBe(4);
    expect(saved.theory.notes.map((n: { text: string }) => n.text)).toEqual(['Transport to the training: who pays?', '']);
    expect(Object.keys(saved.theory.cards ?? {}).length === 0 ? saved.theory.cards.length : saved.theory.cards.length).toBe(cards);
    expect(errors).toEqual([]);
    await page.close();
  });
});
