// The presenter's map at 1920×1080: every scene stepped through with the keyboard (as a clicker
// would), its year, layers and caption checked, nothing fetched from off this machine, and a
// screenshot per scene in both languages.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import briefing from '../../src/briefing/default.json';
import { settle } from './app';
import { stepThrough } from './briefing-steps';
import { launch, type Browser } from './chromium';
import { openPage, waitForMap } from './page';

const RESULTS = new URL('../../test-results/briefing/', import.meta.url).pathname;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(RESULTS, { recursive: true });
});
afterAll(async () => browser?.close());

describe.each(['en', 'es'] as const)('the default briefing in %s', (lang) => {
  it('steps through every scene with the clicker keys', async () => {
    const { page, errors, offsite } = await openPage(
      browser.context,
      `${inject('baseUrl')}#mode=briefing&scene=1&lang=${lang}`,
      { width: 1920, height: 1080 },
    );
    expect(await waitForMap(page)).toBeNull();
    await stepThrough(
      page,
      briefing,
      lang,
      (i, id) => `${RESULTS}${lang}-${String(i + 1).padStart(2, '0')}-${id}.png`,
    );
    // Back with PageUp, Home and End, and number keys jump.
    await page.keyboard.press('PageUp');
    await expect(page.locator('section.briefing').getAttribute('data-scene')).resolves.toBe(
      briefing.scenes.at(-2)!.id,
    );
    await page.keyboard.press('Home');
    await expect(page.locator('section.briefing').getAttribute('data-scene')).resolves.toBe(
      briefing.scenes[0]!.id,
    );
    await page.keyboard.press('3');
    await expect(page.locator('section.briefing').getAttribute('data-scene')).resolves.toBe(
      briefing.scenes[2]!.id,
    );
    await expect(page.evaluate('location.hash')).resolves.toContain('scene=3');
    await page.keyboard.press('End');
    await expect(page.locator('section.briefing').getAttribute('data-scene')).resolves.toBe(
      briefing.scenes.at(-1)!.id,
    );
    // Esc leaves the briefing for the explorer.
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox').first().waitFor();
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });
});

describe('the stage stays honest', () => {
  it('has no year slider, cites every callout, and says so when the map leaves the scene', async () => {
    const scene = briefing.scenes[1]!;
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#mode=briefing&scene=2&lang=en`,
      { width: 1920, height: 1080 },
    );
    expect(await waitForMap(page)).toBeNull();
    await settle(page, [`year=${scene.year};`]);
    await expect(page.locator('.years').count()).resolves.toBe(0);
    // Every callout number carries its source, on screen.
    const sources = page.locator('section.briefing .callouts dd .source a');
    await expect(sources.count()).resolves.toBe(scene.callouts.length);
    await expect(page.locator('section.briefing .drift').count()).resolves.toBe(0);
    // A link moves the map to another year: the caption's numbers are not for that year.
    await page.evaluate(`location.hash = '#mode=briefing&scene=2&lang=en&year=2011'`);
    await settle(page, ['year=2011;']);
    const drift = page.locator('section.briefing .drift');
    await expect(drift.textContent()).resolves.toContain(`(${scene.year})`);
    await drift.getByRole('button', { name: 'Back to the scene' }).click();
    await settle(page, [`year=${scene.year};`]);
    await expect(drift.count()).resolves.toBe(0);
    // Only the language changes: the map stays on the scene.
    await page.evaluate(`location.hash = '#mode=briefing&scene=2&lang=es'`);
    await page.locator('section.briefing h2', { hasText: scene.title.es }).waitFor();
    await settle(page, [`year=${scene.year};`, 'lang=es']);
    await expect(drift.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
