import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { ROOT, useAppPerTest } from './support/app';

// Issue #11: "Instruments can be … kept in a personal library in the app's settings." In the
// browser build the settings are the page's localStorage: the library outlives the theory and a reload.
const app = useAppPerTest();

describe('the personal instrument library (#11)', () => {
  it('keeps the MPE in my library, adds it from there to a new theory, and still has it after a reload', async () => {
    const { page, errors } = await openApp(app.context, app.url, { language: 'en' });
    // Leaving a page with unsaved work asks first; here the answer is yes.
    page.on('dialog', (dialog) => void dialog.accept());
    const inspector = page.locator('#inspector');
    const library = inspector.getByRole('region', { name: 'My library' });
    await expect.poll(() => library.textContent()).toMatch(/Nothing kept yet/);

    await inspector.getByRole('button', { name: 'Add the MPE to the instruments' }).click();
    const mpe = inspector.locator('.instrument[data-instrument-id="m1"]');
    await mpe.getByLabel('Scale range').fill('1–5');
    await mpe.getByRole('button', { name: /^Keep in my library: MPE/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is now in your library' }).count()).toBeGreaterThan(0);
    const entry = library.getByRole('listitem');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('MPE (Meetschaal voor Psychologisch Empowerment');

    // A new, empty theory (its own instruments: none); the library is still there.
    await page.keyboard.press('Control+n');
    const newTheory = page.getByRole('dialog', { name: 'New theory' });
    await newTheory.getByRole('radio', { name: 'Empty theory' }).press('Enter');
    await expect.poll(() => newTheory.count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: "Don't save" }).click();
    await expect.poll(() => inspector.locator('.instrument').count()).toBe(0);
    const add = library.getByRole('button', { name: /^Add from my library: MPE/ });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => inspector.locator('.instrument').count()).toBe(1);
    const added = inspector.locator('.instrument[data-instrument-id="m1"]');
    expect(await added.getByLabel('Scale range').inputValue()).toBe('1–5');
    expect(await added.getByLabel('Reference / source').inputValue()).toContain('European Journal of Social Work 20(4)');
    expect(await added.getByLabel(/^Factors or items/).inputValue()).toBe('intrapsychic\ninterpsychic\nbehavioural');
    // The keyboard went to the added instrument's first field (in the frame after it is drawn: focusWhenRendered).
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[data-instrument-id="m1"]')))).toBe(true);
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    await library.scrollIntoViewIfNeeded();
    await inspector.screenshot({ path: join(ROOT, '.tmp/personal-library.png') });

    // The theory's unsaved work is offered back after the reload: the copy is written ~2 s after the first unsaved change.
    await page.waitForTimeout(2600);
    await page.reload();
    await page.waitForSelector('.react-flow__node-lane');
    await page.getByRole('dialog', { name: 'Unsaved work found' }).getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => library.getByRole('listitem').count()).toBe(1);
    expect(await library.getByRole('listitem').textContent()).toContain('MPE (Meetschaal voor Psychologisch Empowerment');

    // Forgotten, it stays forgotten after another reload.
    await library.getByRole('button', { name: /^Forget from my library: MPE/ }).click();
    await expect.poll(() => library.textContent()).toMatch(/Nothing kept yet/);
    // The keyboard goes to the heading in a frame after the emptied list is drawn (focusWhenRendered): CI once looked before it had.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('personal-instruments-heading');
    await page.reload();
    await page.waitForSelector('.react-flow__node-lane');
    await expect.poll(() => library.textContent()).toMatch(/Nothing kept yet/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
