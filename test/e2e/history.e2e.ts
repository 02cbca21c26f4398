import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/browser';
import { useAppPerTest } from './support/app';

/**
 * Undo history with marks (issue #8): a new card and its title are one step, and a new
 * card cancelled with Escape leaves neither an undo nor a redo step.
 */
const app = useAppPerTest();

const cardCount = (page: Page) => page.locator('.card-node').count();
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Card title' });

describe('history in Chromium', () => {
  it('Escape on a new card with an empty title, then Redo: nothing comes back', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.getByRole('button', { name: 'Add a card to Input' }).click();
    await titleBox(page).waitFor();
    expect(await cardCount(page)).toBe(1);
    await titleBox(page).press('Escape');
    await expect.poll(() => cardCount(page)).toBe(0);

    for (const keys of ['Control+Shift+z', 'Control+y']) {
      await page.keyboard.press(keys);
      await page.waitForTimeout(150);
      expect(await cardCount(page), keys).toBe(0);
    }
    // Undo has nothing to take back either (the empty card was never a step).
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(150);
    expect(await cardCount(page)).toBe(0);

    // The keyboard flow: Enter on a card makes a linked card; Escape takes card and link back.
    await page.getByRole('button', { name: 'Add a card to Input' }).click();
    await titleBox(page).fill('Job coaches');
    await titleBox(page).press('Enter');
    await expect.poll(() => cardCount(page)).toBe(1);
    await page.locator('.card-node').first().focus();
    await page.keyboard.press('Enter');
    await titleBox(page).waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await titleBox(page).press('Escape');
    await expect.poll(() => cardCount(page)).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForTimeout(150);
    expect(await cardCount(page)).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a new card and the title typed into it are one undo step', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    await page.getByRole('button', { name: 'Add a card to Input' }).click();
    await titleBox(page).fill('Job coaches');
    await titleBox(page).press('Enter');
    await expect.poll(() => page.locator('.card-node', { hasText: 'Job coaches' }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardCount(page)).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.card-node', { hasText: 'Job coaches' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
