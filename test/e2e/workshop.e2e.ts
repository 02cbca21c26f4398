import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { SEED, fitToView, menu, openFile, useAppPerTest, waitForStillView } from './support/app';

const app = useAppPerTest();

/** The ids of the selected cards, sorted. */
const selectedCards = (page: Page) => page.locator('.card-node.is-selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-card-id')).sort());

/** A box drawn with the mouse on a lane's body, from just above one card to just below another. */
async function drawBoxInLane(page: Page, stage: string, top: string, bottom: string): Promise<void> {
  const lane = (await page.locator(`.lane[data-stage="${stage}"]`).boundingBox())!;
  const first = (await page.locator(`.card-node[data-card-id="${top}"]`).boundingBox())!;
  const last = (await page.locator(`.card-node[data-card-id="${bottom}"]`).boundingBox())!;
  await page.mouse.move(lane.x + 6, first.y - 6);
  await page.mouse.down();
  await page.mouse.move(lane.x + lane.width - 6, last.y + last.height + 6, { steps: 12 });
  // The box is on screen before the button is let go, as a user sees it (and if it never
  // comes, the failure says so rather than only that nothing got selected).
  await page.waitForSelector('.react-flow__selection', { timeout: 5_000 });
  await page.mouse.up();
}

async function openSeed(page: Page) {
  await openFile(page, SEED);
  await page.waitForSelector('.card-node');
}

const cards = (page: Page) => page.locator('.card-node');

describe('workshop moves', () => {
  it('copy and paste with the keyboard, duplicate, and paste between two open theories', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    const n = await cards(page).count();
    const source = page.locator('.card-node[data-card-id="c17"]');
    await source.click();
    await source.focus();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => cards(page).count()).toBe(n + 1);
    await page.keyboard.press('Control+d');
    await expect.poll(() => cards(page).count()).toBe(n + 2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards(page).count()).toBe(n + 1);

    // Another theory receives the same cards through the clipboard: copy, start a new theory, paste.
    await source.focus();
    await page.keyboard.press('Control+c');
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'New' }).click();
    // New asks for a template first; Empty is chosen, so Enter takes it.
    await page.getByRole('dialog', { name: 'New theory' }).getByRole('radio', { name: /^Empty theory/ }).press('Enter');
    await page.getByRole('dialog', { name: 'Save changes?' }).getByRole('button', { name: "Don't save" }).click();
    await expect.poll(() => cards(page).count()).toBe(0);
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.card-node', { hasText: 'Collectieve impact' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search jumps to a card; highlighting an AIO element dims the others', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    await page.keyboard.press('Control+f');
    const search = page.getByRole('combobox', { name: 'Search cards' });
    await search.fill('veerkracht');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBe(1);
    await search.press('Enter');
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Veerkracht en werkhouding');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card-id'))).toBe('c13');

    await page.getByRole('button', { name: 'Highlight AIO element Support networks' }).click();
    const dimmed = await page.locator('.card-node.is-dimmed').count();
    const tagged = await page.locator('.card-node:not(.is-dimmed)').allTextContents();
    expect(dimmed).toBeGreaterThan(0);
    expect(tagged.some((t) => t.includes('Hybride netwerken opbouwen'))).toBe(true);
    expect(tagged.some((t) => t.includes('Arbeidsmatige ondersteuning'))).toBe(false);

    // Highlighting a stage instead: only that stage's cards stay bright.
    await page.getByRole('button', { name: 'Highlight AIO element Support networks' }).click();
    await page.getByRole('combobox', { name: 'Highlight stage' }).selectOption({ label: 'Outcomes' });
    await expect.poll(() => page.locator('.card-node:not(.is-dimmed)').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')))).toEqual([
      'outcome',
      'outcome',
      'outcome',
    ]);
    await page.getByRole('combobox', { name: 'Highlight stage' }).selectOption({ label: 'Show all' });
    await expect.poll(() => page.locator('.card-node.is-dimmed').count()).toBe(0);

    // Cut takes a card out (with its links); paste puts a copy back.
    const before = await cards(page).count();
    await page.locator('.card-node[data-card-id="c17"]').click();
    await page.locator('.card-node[data-card-id="c17"]').focus();
    await page.keyboard.press('Control+x');
    await expect.poll(() => cards(page).count()).toBe(before - 1);
    await page.keyboard.press('Control+v');
    await expect.poll(() => cards(page).count()).toBe(before);
    await expect.poll(() => cards(page).allTextContents()).toContainEqual(expect.stringContaining('Collectieve impact'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves between cards with the arrow keys and drags a card into another stage as one undo step', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    await expect.poll(() => cards(page).count()).toBe(17);
    const first = page.locator('.card-node[data-card-id="c1"]');
    await first.click();
    await first.focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card-id'))).toBe('c1');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-stage'))).toBe('action');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card-id'))).toBe('c6');

    // Drag "Formele en informele partners" (input) into the Actions lane, once the view has settled.
    await fitToView(page);
    const card = page.locator('.card-node[data-card-id="c4"]');
    const from = (await card.boundingBox())!;
    const lane = (await page.locator('.lane[data-stage="action"]').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(lane.x + lane.width / 2, from.y + 40, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => card.getAttribute('data-stage')).toBe('action');
    await page.locator('.card-node[data-card-id="c4"]').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => card.getAttribute('data-stage')).toBe('input');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the frames of a drag after the mouse move has been handled, not inside it, as React Flow\'s own node state does', async () => {
    // Inside the event, the render and the layout it forces came on top of the frame's own work:
    // a drag of 50 cards at 3,000 ran at 37–44 fps against the bare React Flow page's 55–59 (issue #9).
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    await fitToView(page);
    const from = (await page.locator('.card-node[data-card-id="c4"]').boundingBox())!;
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(x, from.y + 16);
    // Each change to the card's transform, and whether it came while a mouse move was still
    // being dispatched (window.event: a render in the microtasks after React Flow's listener).
    await page.evaluate(() => {
      const node = document.querySelector<HTMLElement>('.react-flow__node[data-id="c4"]')!;
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      new MutationObserver(() => seen.push((window as unknown as { event?: Event }).event?.type ?? 'none')).observe(node, { attributes: true, attributeFilter: ['style'] });
    });
    for (let i = 1; i <= 4; i++) {
      await page.mouse.move(x, from.y + 16 + i * 16);
      await page.waitForTimeout(100);
    }
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    await page.mouse.up();
    expect(seen.length).toBeGreaterThanOrEqual(4);
    // In React's scheduler task (a 'message' event) or later; with the render inside the move, 'mousemove' each time.
    expect(seen.filter((when) => when === 'mousemove')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects with Shift+click and with a box drawn inside a lane; an empty stage in the checks shows its lane', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    await fitToView(page);
    const selected = () => selectedCards(page);
    await page.locator('.card-node[data-card-id="c1"]').click();
    await page.locator('.card-node[data-card-id="c2"]').click({ modifiers: ['Shift'] });
    await expect.poll(selected).toEqual(['c1', 'c2']);
    await page.locator('.card-node[data-card-id="c5"]').click({ modifiers: ['Shift'] });
    await expect.poll(selected).toEqual(['c1', 'c2', 'c5']);
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);

    // A box drawn on the lane's body, around the first two Input cards (once a click has
    // stopped bringing its card into view).
    await waitForStillView(page);
    await drawBoxInLane(page, 'input', 'c1', 'c2');
    await expect.poll(selected).toEqual(['c1', 'c2']);

    // Emptying a stage raises a check; choosing it puts the keyboard on that lane's "+".
    await page.keyboard.press('Escape');
    for (const id of ['c15', 'c16', 'c17']) {
      await page.locator(`.card-node[data-card-id="${id}"]`).click();
      await page.keyboard.press('Delete');
    }
    await page.getByRole('button', { name: /^Chain checks/ }).click();
    await page.getByRole('button', { name: /The stage Impact has no cards yet/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add a card to Impact');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a box drawn on a freshly opened theory keeps the view still and selects what it encloses', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    await fitToView(page);
    // Zoomed in on the middle of the chain: the first card (c1, Input) is out of view.
    const zoomIn = page.getByRole('button', { name: /^Zoom In$/ }).first();
    await zoomIn.click();
    await zoomIn.click();
    await waitForStillView(page);
    const c1 = await page.locator('.card-node[data-card-id="c1"]').boundingBox();
    expect(c1 !== null && c1.x > 0).toBe(false);
    const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
    const before = await transform();
    // The first press on the canvas: no card has had the keyboard yet.
    await drawBoxInLane(page, 'intermediate', 'c10', 'c11');
    await expect.poll(() => selectedCards(page)).toEqual(['c10', 'c11']);
    expect(await transform()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('File ▸ New Window opens a second theory in a tab of its own, and cards paste across', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await openSeed(page);
    const [second] = await Promise.all([app.context.waitForEvent('page'), menu(page, /^File$/, /^New Window/)]);
    await second.waitForSelector('.react-flow__node-lane');
    expect(await second.locator('.card-node').count()).toBe(0);
    // The first tab keeps its theory.
    expect(await cards(page).count()).toBe(17);
    await page.locator('.card-node[data-card-id="c5"]').click();
    await page.locator('.card-node[data-card-id="c5"]').focus();
    await page.keyboard.press('Control+c');
    await second.bringToFront();
    await second.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
    await second.keyboard.press('Control+v');
    await expect.poll(() => second.locator('.card-node').allTextContents()).toEqual([expect.stringContaining('Arbeidsmatige ondersteuning')]);
    expect(errors).toEqual([]);
    await second.close();
    await page.close();
  });
});
