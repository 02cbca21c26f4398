import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { SEED, fitToView, menu, openFile, useAppPerTest } from './support/app';
import { serializeDocument } from '../../shared/format/serialize';
import { corpusInputs } from '../fixtures/compare/corpus';

/**
 * Versions and comparing theories in Chromium (issue #12): save two versions with changes
 * in between, compare the older with now on the canvas and in the list, restore it, undo the
 * restore; open two theories in the comparison view, confirm and re-pair a match by keyboard
 * and mouse, merge, and see the organisations' badges on the generic theory's cards.
 */
const app = useAppPerTest();
const shots = join(__dirname, '.artifacts');
let dir: string;
beforeAll(() => {
  mkdirSync(shots, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'werkzaam-versions-e2e-'));
  for (const input of corpusInputs()) writeFileSync(join(dir, `${input.key}.werkzaam`), serializeDocument(input.document));
});

const card = (page: Page, id: string) => page.locator(`.card-node[data-card-id="${id}"]`);
// Zoomed out a card is a block whose title is read out but not drawn: its text holds the title either way.
const shows = async (page: Page, id: string, title: string) => ((await card(page, id).textContent()) ?? '').includes(title);

async function saveVersion(page: Page, name: string) {
  await menu(page, /^File$/, /^Save version…/);
  const dialog = page.getByRole('dialog', { name: 'Save version' });
  await dialog.getByRole('textbox', { name: 'Name of the version' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('complementary', { name: 'Versions' }).locator('.version-item', { hasText: name }).waitFor();
}

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('versions in Chromium', () => {
  it('save two versions, compare on the canvas and in the list, restore the older one, undo the restore', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openFile(page, SEED);
    await card(page, 'c5').waitFor();
    const original = 'Arbeidsmatige ondersteuning op de werkvloer';
    expect(await shows(page, 'c5', original)).toBe(true);
    await saveVersion(page, 'Before the workshop');

    // Changes in between: a title, a card removed, a card added.
    await card(page, 'c5').click();
    await page.keyboard.press('F2');
    const box = page.getByRole('textbox', { name: 'Card title' });
    await box.fill('Jobcoaching op de werkvloer');
    await box.press('Enter');
    await card(page, 'c2').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => card(page, 'c2').count()).toBe(0);
    await menu(page, /^Card$/, /^Add a card to Impact/);
    await box.fill('Minder uitval');
    await box.press('Enter');
    const added = page.locator('.card-node', { hasText: 'Minder uitval' });
    await added.waitFor();
    await saveVersion(page, 'After the workshop');

    // Compare the older one with now: marks on the canvas, and the list.
    const panel = page.getByRole('complementary', { name: 'Versions' });
    await panel.getByRole('button', { name: 'Compare with now: Before the workshop' }).click();
    const list = panel.getByRole('region', { name: 'Changes since "Before the workshop"' });
    await expect.poll(() => list.locator('li').count()).toBe(4);
    const entries = await list.locator('li').allInnerTexts();
    expect(entries.some((e) => e.includes('title changed') && e.includes('Jobcoaching op de werkvloer'))).toBe(true);
    expect(entries.some((e) => e.startsWith('Card removed:'))).toBe(true);
    expect(entries.some((e) => e.startsWith('Card added: "Minder uitval"'))).toBe(true);
    // Choosing an entry selects what it names.
    await list.getByRole('button', { name: /title changed/ }).click();
    await expect.poll(() => card(page, 'c5').getAttribute('aria-pressed')).toBe('true');
    // The canvas shows it: changed, new, and the removed card as a ghost where it was.
    await expect.poll(() => card(page, 'c5').locator('.version-mark.mark-changed').count()).toBe(1);
    await fitToView(page);
    expect(await added.locator('.version-mark.mark-added').count()).toBe(1);
    expect(await page.locator('.version-ghost[data-ghost-id="c2"]').count()).toBe(1);
    expect(await card(page, 'c6').locator('.version-mark').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'versions-compare.png') });

    // Restore the older version: one step, undone by one undo.
    await panel.getByRole('button', { name: 'Restore: Before the workshop' }).click();
    await expect.poll(() => shows(page, 'c5', original)).toBe(true);
    await fitToView(page);
    expect(await card(page, 'c2').count()).toBe(1);
    expect(await added.count()).toBe(0);
    // Compared with now, the older version has no changes left.
    await expect.poll(() => list.innerText()).toContain('No changes since this version.');
    await page.locator('.canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => shows(page, 'c5', 'Jobcoaching op de werkvloer')).toBe(true);
    await fitToView(page);
    expect(await card(page, 'c2').count()).toBe(0);
    expect(await added.count()).toBe(1);

    // Rename and delete a version.
    page.once('dialog', () => undefined);
    await panel.getByRole('button', { name: 'Rename…: After the workshop' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename the version' });
    await rename.getByRole('textbox', { name: 'Name of the version' }).fill('Na de workshop');
    await rename.getByRole('button', { name: 'Rename', exact: true }).click();
    await panel.locator('.version-item', { hasText: 'Na de workshop' }).waitFor();
    await panel.getByRole('button', { name: 'Delete…: Na de workshop' }).click();
    await page.getByRole('dialog', { name: 'Delete the version?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => panel.locator('.version-item').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('comparing theories in Chromium', () => {
  it('open two theories, confirm and re-pair a match by keyboard and mouse, merge, see organisation badges; axe finds nothing serious', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openFile(page, join(dir, 'stroom.werkzaam'));
    await page.locator('.card-node').first().waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu(page, /^File$/, /^Compare theories…/)]);
    await chooser.setFiles(join(dir, 'kras.werkzaam'));
    const view = page.getByRole('main', { name: 'Compare theories' });
    await view.waitFor();
    const list = view.getByRole('listbox', { name: 'Matches' });
    const selected = list.locator('[aria-selected="true"]');
    await expect.poll(() => selected.getAttribute('data-status')).toBe('proposed');
    expect(await list.locator('[data-status="proposed"]').count()).toBeGreaterThan(5);
    expect(await list.locator('[data-status="unique"]').count()).toBeGreaterThan(0);
    expect(await serious(page)).toEqual([]);

    // Keyboard: Y confirms the match in focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('option');
    const first = await selected.getAttribute('data-item-id');
    const firstTitles = (await selected.locator('.match-title').allInnerTexts()).map((x) => x.replace(/^[^:]+:\s*/, ''));
    await page.keyboard.press('y');
    await expect.poll(() => list.locator(`[data-item-id="${first}"]`).getAttribute('data-status')).toBe('confirmed');

    // Re-pair the next match: R goes to the list of cards to pair with; choosing one confirms the new pair.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selected.getAttribute('data-item-id')).not.toBe(first);
    await page.keyboard.press('r');
    const pair = view.getByRole('combobox', { name: 'Pair with a card of Stroom Maatwerk' });
    await expect.poll(() => pair.evaluate((el) => el === document.activeElement)).toBe(true);
    const options = await pair.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const before = await pair.inputValue();
    const other = options.find((o) => o !== before)!;
    await pair.selectOption(other);
    await expect.poll(() => pair.inputValue()).toBe(other);
    await expect.poll(() => selected.getAttribute('data-status')).toBe('confirmed');
    expect(await list.locator('[data-status="confirmed"]').count()).toBe(2);

    // Mouse: choose a proposed match and confirm it with the button.
    await list.locator('[data-status="proposed"]').first().click();
    await view.getByRole('button', { name: 'Confirm match' }).click();
    expect(await list.locator('[data-status="confirmed"]').count()).toBe(3);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'versions-comparison.png') });

    // The choices are kept in a matches file, the one `werkzaam merge --matches` reads.
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Save matches…' }).click()]);
    const saved = join(dir, 'matches.json');
    await download.saveAs(saved);
    const matches = JSON.parse(readFileSync(saved, 'utf8')) as { format: string; theories: { key: string }[]; matches: { status: string }[] };
    expect(matches.format).toBe('werkzaam-matches');
    expect(matches.theories.map((t) => t.key)).toEqual(['stroom', 'kras']);
    expect(matches.matches.filter((m) => m.status === 'confirmed')).toHaveLength(3);

    // Merge: the generic theory opens as a new document, its shared cards with both badges.
    await view.getByRole('button', { name: 'Merge into a generic theory' }).click();
    await view.waitFor({ state: 'detached' });
    await page.locator('.card-node').first().waitFor();
    expect(await page.locator('.card-node').count()).toBeGreaterThan(30);
    // Find the card of the first confirmed match (by one of its titles): it came from both organisations.
    await page.keyboard.press('Control+f');
    const search = page.getByRole('combobox', { name: 'Search cards' });
    let found = false;
    for (const title of firstTitles) {
      await search.fill(title);
      await page.waitForTimeout(200);
      const hit = page.locator('#search-results [role="option"]').first();
      if ((await hit.count()) > 0 && (await hit.locator('.hit-title').innerText()) === title) {
        await search.press('Enter');
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    const chosen = page.locator('.card-node.is-selected');
    await expect.poll(() => chosen.locator('.origin-badges').getAttribute('aria-label')).toBe('Origins: KRAS, Stroom Maatwerk');
    expect(await chosen.locator('.origin-badge').allInnerTexts()).toEqual(['KR', 'SM']);
    await page.screenshot({ path: join(shots, 'versions-merged.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
