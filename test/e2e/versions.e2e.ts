import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { overlaps, type Box } from './support/geometry';
import { SEED, cardTitled, fitToView, menu, openFile, useAppPerTest } from './support/app';
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
// Zoomed out a card is a block whose title is read out but not drawn: its label holds the title, else its text does.
const shows = async (page: Page, id: string, title: string) => `${(await card(page, id).textContent()) ?? ''} ${(await card(page, id).getAttribute('aria-label')) ?? ''}`.includes(title);

async function saveVersion(page: Page, name: string) {
  await menu(page, /^File$/, /^Save version…/);
  const dialog = page.getByRole('dialog', { name: 'Save version' });
  await dialog.getByRole('textbox', { name: 'Name of the version' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('complementary', { name: 'Versions' }).locator('.version-item', { hasText: name }).waitFor();
}

const ORIGINAL = 'Arbeidsmatige ondersteuning op de werkvloer';

/** How both version tests begin: the seed open, a version saved, then card c5 retitled "Jobcoaching op de werkvloer". */
async function seedRetitledSince(label: string) {
  const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
  await openFile(page, SEED);
  await card(page, 'c5').waitFor();
  expect(await shows(page, 'c5', ORIGINAL)).toBe(true);
  await saveVersion(page, label);
  await card(page, 'c5').click();
  await page.keyboard.press('F2');
  const box = page.getByRole('textbox', { name: 'Card title' });
  await box.fill('Jobcoaching op de werkvloer');
  await box.press('Enter');
  return { page, errors, box };
}

async function serious(page: Page, only: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page: page as never });
  for (const selector of only) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('versions in Chromium', () => {
  it('save two versions, compare on the canvas and in the list, restore the older one, undo the restore', async () => {
    // Changes in between: a title (in the helper), a card removed, a card added.
    const { page, errors, box } = await seedRetitledSince('Before the workshop');
    const original = ORIGINAL;
    await card(page, 'c2').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => card(page, 'c2').count()).toBe(0);
    await menu(page, /^Card$/, /^Add a card to Impact/);
    await box.fill('Minder uitval');
    await box.press('Enter');
    const added = cardTitled(page, 'Minder uitval');
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
    // Fitted beside the panel the canvas is zoomed out: a block card's name says its mark first, as its drawn text did.
    expect(await page.locator('.canvas.is-far').count()).toBe(1);
    expect(await added.getAttribute('aria-label')).toMatch(/^new 5\.\d+ Impact: Minder uitval$/);
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

describe('a version read-only, two saved versions compared, links in Chromium', () => {
  it('open a version read-only (edits refused with a message), compare two saved versions with link marks and ghosts, export the changes since one, restore from the banner and undo', async () => {
    // Between V1 and V2: a title (in the helper), a link removed (c1 → c5), a link's rationale changed.
    const { page, errors, box } = await seedRetitledSince('V1');
    const original = ORIGINAL;
    await fitToView(page);
    await page.locator('.react-flow__edge[data-id="l1"]').click({ force: true });
    await expect.poll(() => page.locator('.react-flow__edge[data-id="l1"].selected').count()).toBe(1);
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__edge[data-id="l1"]').count()).toBe(0);
    await page.locator('.react-flow__edge[data-id="l2"]').click({ force: true });
    // Whichever arrow lies under the pointer there is the one changed.
    const changedLink = (await page.locator('.react-flow__edge.selected').getAttribute('data-id'))!;
    expect(changedLink).toMatch(/^l\d+$/);
    const rationale = page.getByRole('complementary', { name: /Properties|Eigenschappen/ }).getByRole('textbox', { name: /^Rationale/ });
    await rationale.fill('Jobcoaches ondersteunen op de werkvloer.');
    await rationale.press('Tab');
    await saveVersion(page, 'V2');
    // After V2: a new card (now differs from V2).
    await menu(page, /^Card$/, /^Add a card to Impact/);
    await box.fill('Minder uitval');
    await box.press('Enter');
    const added = cardTitled(page, 'Minder uitval');
    await added.waitFor();

    // Compare the two saved versions: V2 is shown read-only, with what changed since V1.
    const panel = page.getByRole('complementary', { name: 'Versions' });
    const two = panel.getByRole('region', { name: 'Compare two versions' });
    await two.getByRole('combobox', { name: 'From' }).selectOption({ label: 'V1' });
    await two.getByRole('combobox', { name: 'To' }).selectOption({ label: 'V2' });
    await two.getByRole('button', { name: 'Compare versions' }).click();
    const banner = page.getByRole('region', { name: 'Version read-only' });
    await banner.waitFor();
    expect(await banner.innerText()).toContain('You are looking at version "V2"');
    // The keyboard lands on the way back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('versions.endView');
    await fitToView(page);
    expect(await added.count()).toBe(0);
    await expect.poll(() => card(page, 'c5').locator('.version-mark.mark-changed').count()).toBe(1);
    expect(await page.locator('.version-ghost-link[data-ghost-link="l1"]').count()).toBe(1);
    expect(await page.locator(`.react-flow__edge[data-id="${changedLink}"] .link-path.mark-changed`).count()).toBe(1);
    expect(await page.locator(`[data-link-mark="${changedLink}"]`).innerText()).toMatch(/changed/i);
    const list = panel.getByRole('region', { name: 'Changes from "V1" to "V2"' });
    const entries = await list.locator('li').allInnerTexts();
    expect(entries.some((e) => e.startsWith('Link removed:'))).toBe(true);
    expect(entries.some((e) => e.includes('rationale changed'))).toBe(true);
    expect(entries.some((e) => e.includes('Minder uitval'))).toBe(false);
    // The change list selects what it names: the changed link, and brings the removed one's ghost forward.
    await list.getByRole('button', { name: /rationale changed/ }).click();
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${changedLink}"].selected`).count()).toBe(1);
    expect(await page.locator('.react-flow__edge.selected').count()).toBe(1);
    await list.getByRole('button', { name: /^Link removed:/ }).click();
    await expect.poll(() => page.locator('.version-ghost-link.is-focused[data-ghost-link="l1"]').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'versions-two-compared.png') });
    // The new views: the banner, the versions panel with its list of changes, the read-only inspector, the canvas's marks.
    // (The whole page is not asked: zoomed out to fit beside two panels, the Intermediate results lane
    // header's colour falls below 4.5:1 at its drawn size, a matter of the canvas's own styles.)
    await page.getByRole('button', { name: 'Zoom In' }).first().click();
    await page.getByRole('button', { name: 'Zoom In' }).first().click();
    await page.waitForTimeout(300);
    expect(await serious(page, ['.version-banner', '.versions-panel', '#inspector', '.react-flow__node-card', '.react-flow__edges'])).toEqual([]);
    await page.screenshot({ path: join(shots, 'versions-two-compared-zoom.png') });

    // Read-only: a key that would edit is refused with a message; the inspector's fields are disabled.
    await card(page, 'c6').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.toast').innerText()).toContain('you are looking at version "V2", which is read-only');
    expect(await card(page, 'c6').count()).toBe(1);
    // No title to edit in place: neither F2 nor a double-click opens one.
    await card(page, 'c6').focus();
    await page.keyboard.press('F2');
    await card(page, 'c6').dblclick();
    await page.waitForTimeout(200);
    expect(await page.getByRole('textbox', { name: 'Card title' }).count()).toBe(0);
    const title = page.getByRole('complementary', { name: /Properties|Eigenschappen/ }).getByRole('textbox', { name: /^Title/ });
    expect(await title.isDisabled()).toBe(true);
    expect(await page.locator('.card-node').first().evaluate((el) => el.closest('.react-flow__node')?.classList.contains('draggable'))).toBe(false);

    // Back to the current theory: the new card is there and edits are taken again.
    await banner.getByRole('button', { name: 'Back to the current theory' }).click();
    await banner.waitFor({ state: 'detached' });
    await added.waitFor();
    expect(await shows(page, 'c5', 'Jobcoaching op de werkvloer')).toBe(true);

    // Open V1 read-only from the timeline: the card as it was then.
    await panel.getByRole('button', { name: 'Open read-only: V1' }).click();
    await banner.waitFor();
    await expect.poll(() => shows(page, 'c5', original)).toBe(true);
    expect(await page.locator('.react-flow__edge[data-id="l1"]').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'versions-read-only.png') });
    // What is shown is what is exported: V1's drawing, the dialog and the file's name saying so.
    await menu(page, /^File$/, /^Export as SVG/);
    const svgDialog = page.getByRole('dialog', { name: 'Drawing of the chain (SVG)' });
    expect(await svgDialog.innerText()).toContain('This exports version "V1", shown now (read-only), not the current theory.');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), svgDialog.getByRole('button', { name: 'Export' }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/ \(V1\)\.svg$/);
    const svgPath = join(dir, 'v1.svg');
    await svgDownload.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    expect(svg).toContain('Arbeidsmatige');
    expect(svg).not.toContain('Jobcoaching');
    expect(svg).not.toContain('Minder uitval');

    // Restore it from the banner: one undo step, and back to editing.
    await banner.getByRole('button', { name: 'Restore: V1' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => shows(page, 'c5', original)).toBe(true);
    expect(await added.count()).toBe(0);
    await page.locator('.canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => shows(page, 'c5', 'Jobcoaching op de werkvloer')).toBe(true);
    await added.waitFor();

    // The report: "Changes since version V1" chosen in the export dialog.
    await menu(page, /^File$/, /^Export as PDF/);
    const dialog = page.getByRole('dialog', { name: 'Funder report (PDF)' });
    await dialog.getByRole('combobox', { name: 'Language' }).selectOption('en');
    await dialog.getByRole('combobox', { name: 'Changes since version' }).selectOption({ label: 'V1' });
    expect(await serious(page, ['[role="dialog"]'])).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: 'Export' }).click()]);
    const pdfPath = join(dir, 'changes.pdf');
    await download.saveAs(pdfPath);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Changes since version "V1"');
    expect(text).toContain('Minder uitval');
    expect(text).toContain('Jobcoaching op de werkvloer');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
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
  it('three theories: confirm, reject, re-pair, links one theory lacks, save and load the matches file, merge, badges, filter by organisation; axe finds nothing serious', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openFile(page, join(dir, 'stroom.werkzaam'));
    await page.locator('.card-node').first().waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu(page, /^File$/, /^Compare theories…/)]);
    await chooser.setFiles(join(dir, 'kras.werkzaam'));
    const view = page.getByRole('main', { name: 'Compare theories' });
    await view.waitFor();
    // A third theory, from the view itself.
    const [third] = await Promise.all([page.waitForEvent('filechooser'), view.getByRole('button', { name: 'Compare theories…' }).click()]);
    await third.setFiles(join(dir, 'vinac.werkzaam'));
    await expect.poll(() => view.locator('.comparison-header').innerText()).toContain('Stroom Maatwerk, KRAS, VINAC+');
    const coverage = view.getByRole('table', { name: 'AIO per organisation' });
    expect(await coverage.locator('tbody tr').count()).toBe(3);
    expect(await view.getByRole('table', { name: /^Empowerment per organisation/ }).locator('tbody tr').count()).toBe(3);
    const list = view.getByRole('listbox', { name: 'Matches' });
    const selected = list.locator('[aria-selected="true"]');
    // A match across all three theories is proposed.
    expect(await list.locator('[data-status="proposed"]').count()).toBeGreaterThan(5);
    await list.locator('[data-status="proposed"]').first().click();
    expect(await selected.locator('.match-title').count()).toBe(3);

    // Confirm (Y), reject the next (X), re-pair the one after (R, then a card from the list).
    const first = (await selected.getAttribute('data-item-id'))!;
    await page.keyboard.press('y');
    await expect.poll(() => list.locator(`[data-item-id="${first}"]`).getAttribute('data-status')).toBe('confirmed');
    await list.locator('[data-status="proposed"]').first().click();
    await expect.poll(() => selected.getAttribute('data-item-id')).not.toBe(first);
    const titlesOf = (el: Element) => [...el.querySelectorAll('.match-title')].map((t) => t.textContent).join('|');
    const rejected = await selected.evaluate(titlesOf);
    await page.keyboard.press('x');
    // Those cards are no longer one match.
    await expect.poll(() => list.locator('[role="option"]').evaluateAll((os, t) => os.some((o) => [...o.querySelectorAll('.match-title')].map((x) => x.textContent).join('|') === t), rejected)).toBe(false);
    await list.locator('[data-status="proposed"]').first().click();
    await page.keyboard.press('r');
    const pair = view.locator('.comparison-detail select').first();
    await expect.poll(() => pair.evaluate((el) => el === document.activeElement)).toBe(true);
    const options = await pair.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const before = await pair.inputValue();
    const chosen = options.find((o) => o !== before && o !== '')!;
    await pair.selectOption(chosen);
    // The new pair is confirmed (the card it replaced goes its own way).
    await expect.poll(() => list.locator('[data-status="confirmed"]').count()).toBe(2);

    // Links one theory draws and another, holding both cards, does not.
    const links = view.getByRole('table', { name: 'Links not every theory has' });
    expect(await links.locator('tbody tr').count()).toBeGreaterThan(0);
    const row = await links.locator('tbody tr').first().innerText();
    expect(row).toMatch(/Stroom Maatwerk|KRAS|VINAC\+/);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'versions-three-theories.png'), fullPage: true });

    // The matches file: saved, a decision changed, loaded back: the saved decisions return.
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Save matches…' }).click()]);
    const saved = join(dir, 'matches-three.json');
    await download.saveAs(saved);
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { theories: { key: string }[]; matches: { status: string; cards: unknown[] }[]; rejected: unknown[] };
    expect(file.theories.map((t) => t.key)).toEqual(['stroom', 'kras', 'vinac']);
    expect(file.matches.filter((m) => m.status === 'confirmed')).toHaveLength(2);
    expect(file.rejected.length).toBeGreaterThan(0);
    await list.locator(`[data-item-id="${first}"]`).click();
    await page.keyboard.press('x');
    await expect.poll(() => list.locator('[data-status="confirmed"]').count()).toBe(1);
    const [loader] = await Promise.all([page.waitForEvent('filechooser'), view.getByRole('button', { name: 'Load matches…' }).click()]);
    await loader.setFiles(saved);
    await expect.poll(() => list.locator('[data-status="confirmed"]').count()).toBe(2);
    await expect.poll(() => page.locator('.toast').innerText()).toContain('Matches loaded from "matches-three.json": 2 confirmed');
    // A file that is not a matches file is refused with where it goes wrong.
    const [wrong] = await Promise.all([page.waitForEvent('filechooser'), view.getByRole('button', { name: 'Load matches…' }).click()]);
    await wrong.setFiles(join(dir, 'kras.werkzaam'));
    const refused = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect.poll(() => refused.innerText()).toContain('Could not load the matches in "kras.werkzaam"');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Merge: the generic theory, cards with badges of the three organisations.
    await view.getByRole('button', { name: 'Merge into a generic theory' }).click();
    await view.waitFor({ state: 'detached' });
    await page.locator('.card-node').first().waitFor();
    await fitToView(page);
    // The organisation filter is a bar above the canvas: after fit it covers no card and not
    // the checks panel, at 1024×768 too, and never a toast.
    const filterBar = page.getByRole('group', { name: 'Organisations' });
    const boxes = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    for (const size of [{ width: 1024, height: 768 }, page.viewportSize()!]) {
      await page.setViewportSize(size);
      await fitToView(page);
      const bar = (await filterBar.boundingBox())!;
      const covered = await boxes('.card-node, .checks-panel');
      expect(covered.length).toBeGreaterThan(30);
      expect(covered.filter((b) => overlaps(bar, b)), `${size.width}×${size.height}`).toEqual([]);
    }
    await saveVersion(page, 'Merged');
    const toast = (await page.locator('.toast').boundingBox())!;
    expect(overlaps((await filterBar.boundingBox())!, toast)).toBe(false);
    // Near enough to draw each card's badges (a card drawn as a block at a distance has none).
    for (let i = 0; i < 6 && (await page.locator('.card-node.is-block').count()) > 0; i++) {
      await page.getByRole('button', { name: 'Zoom In' }).first().click();
      await page.waitForTimeout(250);
    }
    const badges = await page.locator('.origin-badges').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(badges).toContain('Origins: KRAS, Stroom Maatwerk, VINAC+');
    // Its titles and descriptions as each organisation wrote them, side by side in the inspector.
    // Keyboard focus selects a card (it may lie under the pinned lane headers for the mouse).
    await page.locator('.card-node:has(.origin-badges[aria-label="Origins: KRAS, Stroom Maatwerk, VINAC+"])').first().focus();
    const sources = page.getByRole('region', { name: 'What each organisation called and wrote on this card' });
    await expect.poll(() => sources.locator('li').count()).toBe(3);
    expect((await sources.locator('.card-origin-org').allInnerTexts()).map((x) => x.replace(/^\S+\s+/, '')).sort()).toEqual(['KRAS', 'Stroom Maatwerk', 'VINAC+']);
    await page.screenshot({ path: join(shots, 'versions-card-origins.png') });
    await page.locator('.canvas').click({ position: { x: 5, y: 300 } });

    // Filter by organisation: only KRAS's cards stay bright; with an AIO element, only those with both.
    const filter = page.getByRole('group', { name: 'Organisations' });
    await filter.getByRole('button', { name: 'Show the cards of organisation: KRAS' }).click();
    await expect.poll(() => filter.getByRole('button', { name: 'Show the cards of organisation: KRAS' }).getAttribute('aria-pressed')).toBe('true');
    const bright = page.locator('.card-node:not(.is-dimmed)');
    const dimmed = page.locator('.card-node.is-dimmed');
    await expect.poll(() => dimmed.count()).toBeGreaterThan(0);
    const brightLabels = await bright.locator('.origin-badges').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(brightLabels.length).toBeGreaterThan(0);
    expect(brightLabels.every((l) => l.includes('KRAS'))).toBe(true);
    expect(await dimmed.locator('.origin-badges').evaluateAll((els) => els.every((el) => !(el.getAttribute('aria-label') ?? '').includes('KRAS')))).toBe(true);
    const onlyKras = await bright.count();
    await page.getByRole('button', { name: /^Highlight AIO element Support networks/ }).first().click();
    await expect.poll(() => bright.count()).toBeLessThan(onlyKras);
    expect(await bright.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'versions-organisation-filter.png') });
    await page.getByRole('button', { name: /^Highlight AIO element Support networks/ }).first().click();
    await filter.getByRole('button', { name: 'All organisations' }).click();
    await expect.poll(() => dimmed.count()).toBe(0);
    // The filter's buttons are reached by Tab, like any button.
    await filter.getByRole('button', { name: 'Show the cards of organisation: VINAC+' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dimmed.count()).toBeGreaterThan(0);
    expect(await serious(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
