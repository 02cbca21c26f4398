import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { overlaps, type Box } from './support/geometry';
import { ROOT, SEED, fitToView, openFile, useAppPerTest } from './support/app';
import { Editor } from '../../shared/editor';
import { emptyDocument, STAGES } from '../../shared/model';
import { serializeDocument } from '../../shared/format/serialize';

/** Issue #14, "a canvas that reads on a projector": highlights, contrast, fit, overlays, lane headers, dropping links. */
const app = useAppPerTest();
const work = mkdtempSync(join(tmpdir(), 'werkzaam-canvas-e2e-'));
const SHOTS = join(ROOT, 'test/e2e/__screenshots__');

/** A tall theory: `perStage` cards in every stage, stacked from the lane top. */
function tallTheory(perStage: number): string {
  const e = new Editor(emptyDocument('en'));
  e.run('updateTheory', { changes: { title: 'Tall chain' } });
  for (const stage of STAGES) for (let i = 0; i < perStage; i++) e.run('addCard', { stage, title: `${stage} card ${i + 1}` });
  const file = join(work, `tall-${perStage}.werkzaam`);
  writeFileSync(file, serializeDocument(e.document));
  return file;
}

const cardBoxes = (page: Page) => page.locator('.card-node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
const overlayBoxes = (page: Page) =>
  page
    .locator('.react-flow__controls, .react-flow__minimap, .checks-panel, .overlay-toggle')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
const zoomOf = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** No card under any overlay, each pair named when one is. */
async function expectCardsClear(page: Page) {
  const overlays = await overlayBoxes(page);
  const hits = (await cardBoxes(page)).flatMap((card) => overlays.filter((o) => overlaps(card, o)).map((o) => ({ card, o })));
  expect(hits).toEqual([]);
}

/**
 * WCAG contrast of each text part of each dimmed card, from the rendered colours: the text's
 * colour with every opacity on the way up to the card, over the card's background (itself over
 * the white canvas).
 */
function dimmedContrasts(page: Page): Promise<{ card: string; part: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgba = (s: string) => {
      const m = s.match(/rgba?\(([^)]+)\)/);
      if (!m) throw new Error(`colour ${s}`);
      const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r!, g!, b!, a] as const;
    };
    const over = (fg: readonly number[], alpha: number, bg: readonly number[]) => fg.slice(0, 3).map((c, i) => c * alpha + bg[i]! * (1 - alpha));
    const lum = (c: readonly number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const out: { card: string; part: string; ratio: number }[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('.card-node.is-dimmed')) {
      const cardBg = rgba(getComputedStyle(card).backgroundColor);
      const background = over(cardBg, cardBg[3], [255, 255, 255]);
      for (const part of card.querySelectorAll<HTMLElement>('.card-title, .aio-badge, .card-indicators')) {
        let opacity = 1;
        for (let el: HTMLElement | null = part; el && el !== card.parentElement; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        const fg = rgba(getComputedStyle(part).color);
        const text = over(fg, fg[3] * opacity, background);
        const [hi, lo] = [lum(text), lum(background)].sort((a, b) => b - a);
        out.push({ card: card.dataset.cardId!, part: part.className, ratio: (hi! + 0.05) / (lo! + 0.05) });
      }
    }
    return out;
  });
}

describe('the canvas on a projector (issue #14)', () => {
  it('AIO highlights combine with each other and with a stage; dimmed cards stay legible (contrast >= 3:1)', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    await fitToView(page);
    const bright = () =>
      page.locator('.card-node:not(.is-dimmed)').evaluateAll((els) =>
        els.map((e) => ({ stage: (e as HTMLElement).dataset.stage, marks: [...e.querySelectorAll('.aio-badge')].map((b) => b.textContent?.trim()) })),
      );
    await page.getByRole('button', { name: 'Highlight AIO element Support networks' }).click();
    const networks = await bright();
    expect(networks.length).toBeGreaterThan(0);
    expect(networks.every((c) => c.marks.includes('O'))).toBe(true);
    // A second element shows together with the first (it used to replace it).
    await page.getByRole('button', { name: 'Highlight AIO element Work-oriented focus' }).click();
    expect(await page.getByRole('button', { name: 'Highlight AIO element Support networks' }).getAttribute('aria-pressed')).toBe('true');
    const both = await bright();
    expect(both.length).toBeGreaterThan(networks.length);
    expect(both.every((c) => c.marks.includes('O') || c.marks.includes('A'))).toBe(true);
    expect(both.some((c) => c.marks.includes('A') && !c.marks.includes('O'))).toBe(true);
    await page.getByRole('combobox', { name: 'Highlight stage' }).selectOption({ label: 'Actions' });
    const actions = await bright();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((c) => c.stage === 'action' && (c.marks.includes('O') || c.marks.includes('A')))).toBe(true);

    const contrasts = await dimmedContrasts(page);
    expect(contrasts.length).toBeGreaterThan(10);
    expect(contrasts.filter((c) => c.ratio < 3)).toEqual([]);
    writeFileSync(join(SHOTS, 'canvas-highlight-1920x1080.png'), await page.screenshot());
    await page.getByRole('combobox', { name: 'Highlight stage' }).selectOption({ label: 'Show all' });
    await page.getByRole('button', { name: 'Highlight AIO element Support networks' }).click();
    await page.getByRole('button', { name: 'Highlight AIO element Work-oriented focus' }).click();
    await expect.poll(() => page.locator('.card-node.is-dimmed').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fit uses the room the cards need and puts no card under the zoom controls, minimap or checks; these fold away', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    // Wide and tall enough that the height decides the zoom.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openFile(page, tallTheory(9));
    await expect.poll(() => page.locator('.card-node').count()).toBeGreaterThan(0);
    await fitToView(page);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const wide = await zoomOf(page);
    // The lanes reach two empty slots below the cards: fitting them would have zoomed out further.
    const laneHeight = (await page.locator('.react-flow__node-lane').first().boundingBox())!.height / wide;
    expect(wide).toBeGreaterThan(((pane.height - 68) / laneHeight) * 1.02);
    // The lowest card ends near the bottom of the room left above the minimap (≈ 130 px): the room is used.
    const lowest = Math.max(...(await cardBoxes(page)).map((b) => b.y + b.height));
    expect(pane.y + pane.height - lowest).toBeLessThan(200);
    await expectCardsClear(page);
    expect(await page.locator('.card-node').count()).toBe(45);
    writeFileSync(join(SHOTS, 'canvas-fit-1920x1080.png'), await page.screenshot());

    await page.setViewportSize({ width: 1024, height: 768 });
    await fitToView(page);
    const fitted = await zoomOf(page);
    await expectCardsClear(page);
    writeFileSync(join(SHOTS, 'canvas-fit-1024x768.png'), await page.screenshot());

    // Fold the zoom controls and minimap away: one small button stays; fit gets more room.
    const fold = page.getByRole('button', { name: 'Zoom controls and minimap' });
    expect(await fold.getAttribute('aria-pressed')).toBe('true');
    await fold.click();
    await expect.poll(() => page.locator('.react-flow__minimap, .react-flow__controls').count()).toBe(0);
    expect(await fold.getAttribute('aria-pressed')).toBe('false');
    await fitToView(page);
    expect(await zoomOf(page)).toBeGreaterThanOrEqual(fitted);
    await expectCardsClear(page);
    writeFileSync(join(SHOTS, 'canvas-overlays-folded-1024x768.png'), await page.screenshot());
    // The same from the View menu, back again.
    await page.getByRole('menubar').getByRole('menuitem', { name: 'View', exact: true }).click();
    await page.getByRole('menu').getByRole('menuitemcheckbox', { name: /^Zoom controls and minimap/ }).click();
    await expect.poll(() => page.locator('.react-flow__minimap').count()).toBe(1);

    // With the checks open, fit keeps the cards clear of them too.
    await page.getByRole('button', { name: /^Chain checks/ }).click();
    await fitToView(page);
    await expectCardsClear(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lane headers with their "+" stay in view when zoomed in and scrolled down', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openFile(page, tallTheory(7));
    await expect.poll(() => page.locator('.card-node').count()).toBeGreaterThan(0);
    await fitToView(page);
    // Fitted, the lanes show their own headers: no pinned copy.
    expect(await page.locator('.sticky-lanes').count()).toBe(0);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await page.waitForTimeout(400);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(300);
    // The lanes' own headings are above the pane now…
    const heading = (await page.locator('.react-flow__node-lane .lane-header').first().boundingBox())!;
    expect(heading.y + heading.height).toBeLessThan(pane.y);
    // …and the pinned headers sit along its top, each over its lane.
    const sticky = page.locator('.sticky-lane');
    await expect.poll(() => sticky.count()).toBe(5);
    const lanes = await page.locator('.react-flow__node-lane').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    const heads = await sticky.evaluateAll((els) => els.map((e) => ({ ...(e.getBoundingClientRect().toJSON() as Box), text: e.textContent })));
    heads.forEach((h, i) => {
      expect(Math.abs(h.y - pane.y)).toBeLessThan(2);
      expect(Math.abs(h.x - lanes[i]!.x)).toBeLessThan(2);
      expect(Math.abs(h.width - lanes[i]!.width)).toBeLessThan(2);
    });
    expect(heads.map((h) => h.text)).toEqual(['1Input+', '2Actions+', '3Intermediate results+', '4Outcomes+', '5Impact+']);
    writeFileSync(join(SHOTS, 'canvas-sticky-lanes-1024x768.png'), await page.screenshot());
    // Its "+" adds a card in that lane (one that is in view: the second lane's).
    const plus = sticky.nth(1).locator('.lane-add');
    const plusBox = (await plus.boundingBox())!;
    expect(plusBox.x + plusBox.width).toBeLessThanOrEqual(pane.x + pane.width);
    await plus.click();
    await page.waitForSelector('.card-title-input');
    expect(await page.locator('.card-title-input').evaluate((el) => el.closest<HTMLElement>('.card-node')?.dataset.stage)).toBe('action');
    await page.keyboard.type('Added from the pinned header');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.card-node', { hasText: 'Added from the pinned header' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link dropped anywhere on a card connects to it, the card lit up while the link is dragged over it', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openFile(page, tallTheory(2));
    await expect.poll(() => page.locator('.card-node').count()).toBe(10);
    await fitToView(page);
    const links = () => page.locator('.react-flow__edge').count();
    expect(await links()).toBe(0);
    const from = page.locator('.card-node[data-card-id="c1"]');
    const to = page.locator('.card-node[data-card-id="c4"]');
    const s = (await from.locator('.react-flow__handle-right').boundingBox())!;
    const t = (await to.boundingBox())!;
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    // The middle of the card's body, far from its left handle…
    await page.mouse.move(t.x + t.width * 0.6, t.y + t.height * 0.5, { steps: 12 });
    const zone = to.locator('.card-drop-zone');
    await expect.poll(() => zone.evaluate((el) => el.matches(':hover'))).toBe(true);
    expect(await zone.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
    // Only the card under the pointer lights up; the source card has no drop zone.
    expect(await from.locator('.card-drop-zone').count()).toBe(0);
    expect(await page.locator('.card-drop-zone').evaluateAll((els) => els.filter((e) => e.matches(':hover')).length)).toBe(1);
    writeFileSync(join(SHOTS, 'canvas-drop-target-1920x1080.png'), await page.screenshot());
    // …then dropped near its lower right corner.
    await page.mouse.move(t.x + t.width - 12, t.y + t.height - 10, { steps: 4 });
    await page.mouse.up();
    await expect.poll(links).toBe(1);
    // The drop zones are gone after the drag.
    expect(await page.locator('.card-drop-zone').count()).toBe(0);
    // The link runs c1 → c4: the inspector of the new, selected link names both ends.
    await expect.poll(() => page.locator('.link-ends').textContent()).toMatch(/input card 1.*action card 2/s);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('choosing a check shows its cards at a readable zoom, not 2x', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openFile(page, SEED);
    await page.waitForSelector('.card-node');
    await page.getByRole('button', { name: /^Chain checks/ }).click();
    const checks = page.locator('.checks-list .check');
    expect(await checks.count()).toBeGreaterThan(0);
    for (let i = 0; i < Math.min(3, await checks.count()); i++) {
      await checks.nth(i).click();
      await page.waitForTimeout(450);
      expect(await zoomOf(page)).toBeLessThanOrEqual(1.2 + 1e-6);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
