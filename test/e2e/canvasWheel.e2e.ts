import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { SEED, fitToView, openFile, useAppPerTest } from './support/app';

/**
 * The wheel on the canvas, and what holding a modifier costs (issue #9). React Flow's zoom
 * activation key is off: holding it was React state, and each press and release bound the
 * pane's wheel listener anew, after which Chromium painted the whole canvas again. A Ctrl+Z
 * then cost a frame before the Z.
 */
const app = useAppPerTest();

/** Counts every wheel listener the page binds, from before the app's first script. */
const countWheelListeners = () => {
  const add = EventTarget.prototype.addEventListener;
  (window as unknown as { wheelBinds: number }).wheelBinds = 0;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (type === 'wheel') (window as unknown as { wheelBinds: number }).wheelBinds++;
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof add;
};
const wheelBinds = (page: Page) => page.evaluate(() => (window as unknown as { wheelBinds: number }).wheelBinds);
const view = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });

async function openSeed(page: Page) {
  await openFile(page, SEED);
  await expect.poll(() => page.locator('.card-node').count()).toBeGreaterThan(0);
  await fitToView(page);
}

/** The canvas point under a screen point, under a view (the pane's box given). */
const flowPoint = (v: { x: number; y: number; zoom: number }, pane: { x: number; y: number }, screen: { x: number; y: number }) => ({
  x: (screen.x - pane.x - v.x) / v.zoom,
  y: (screen.y - pane.y - v.y) / v.zoom,
});

describe('the wheel on the canvas', () => {
  it('holding Ctrl binds no wheel listener again; Ctrl+wheel still zooms, a plain wheel pans', async () => {
    const context = app.context;
    await context.addInitScript(countWheelListeners);
    const { page, errors } = await openApp(context, app.url, { language: 'en' });
    await openSeed(page);
    await page.locator('.card-node').first().click();
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const before = await wheelBinds(page);
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.down('Control');
      await page.waitForTimeout(50);
      await page.keyboard.up('Control');
    }
    await page.waitForTimeout(200);
    expect(await wheelBinds(page)).toBe(before);

    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    const start = await view(page);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -120);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(start.zoom * 1.1);
    const zoomed = await view(page);
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await view(page)).y).toBeLessThan(zoomed.y - 10);
    expect((await view(page)).zoom).toBeCloseTo(zoomed.zoom, 5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a Mac, Command+wheel zooms about the pointer, as React Flow did with Command as its key', async () => {
    const context = app.context;
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
    const { page, errors } = await openApp(context, app.url, { language: 'en' });
    await openSeed(page);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    // Off centre, so a zoom about the middle instead of the pointer would show.
    const pointer = { x: pane.x + pane.width * 0.3, y: pane.y + pane.height * 0.4 };
    await page.mouse.move(pointer.x, pointer.y);
    const start = await view(page);
    const under = flowPoint(start, pane, pointer);
    await page.keyboard.down('Meta');
    await page.mouse.wheel(0, -120);
    await page.keyboard.up('Meta');
    await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(start.zoom * 1.1);
    const zoomed = await view(page);
    // One notch zooms as far as React Flow's wheel did: 2^(120 × 0.002).
    expect(zoomed.zoom / start.zoom).toBeCloseTo(2 ** 0.24, 3);
    const still = flowPoint(zoomed, pane, pointer);
    expect(Math.abs(still.x - under.x)).toBeLessThan(0.5);
    expect(Math.abs(still.y - under.y)).toBeLessThan(0.5);
    // Without Command the wheel pans, as on every platform.
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await view(page)).y).toBeLessThan(zoomed.y - 10);
    expect((await view(page)).zoom).toBeCloseTo(zoomed.zoom, 5);
    // Over a card, too, Command+wheel zooms (out, this time).
    const card = (await page.locator('.card-node').first().boundingBox())!;
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    const before = await view(page);
    await page.keyboard.down('Meta');
    await page.mouse.wheel(0, 120);
    await page.keyboard.up('Meta');
    await expect.poll(async () => (await view(page)).zoom).toBeLessThan(before.zoom * 0.9);
    expect(errors).toEqual([]);
    await page.close();
  });
});
