// The presenter's map at 1920×1080: every scene stepped through with the keyboard (as a clicker
// would), its year, layers and caption checked, nothing fetched from off this machine, and a
// screenshot per scene in both languages.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import briefing from '../../src/briefing/default.json';
import { settle } from './app';
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
    const keys = ['PageDown', 'ArrowRight', ' '];
    for (const [i, scene] of briefing.scenes.entries()) {
      const panel = page.locator(`section.briefing[data-scene="${scene.id}"]`);
      await panel.waitFor();
      await settle(page, [`year=${scene.year};`, ...scene.layers.map((l) => `[${l}:`)], [], 40_000);
      const state = (await page.getAttribute('#map', 'data-state'))!;
      expect(state.match(/\[[a-z-]+:/g)?.length, scene.id).toBe(scene.layers.length);
      await expect(panel.locator('.caption').textContent()).resolves.toBe(scene.caption[lang]);
      await expect(panel.locator('h2').textContent()).resolves.toBe(scene.title[lang]);
      await expect(panel.locator('.progress').textContent()).resolves.toContain(
        `${i + 1} / ${briefing.scenes.length}`,
      );
      // Callouts are computed from the layers: every one shows a number, none is left pending.
      const values = await panel.locator('.callouts dd').allTextContents();
      expect(values).toHaveLength(scene.callouts.length);
      for (const v of values) expect(v, scene.id).toMatch(/\d/);
      const size = parseFloat(
        String(
          await page.evaluate(
            `getComputedStyle(document.querySelector('section.briefing .caption')).fontSize`,
          ),
        ),
      );
      expect(size).toBeGreaterThanOrEqual(28);
      await expect(panel.locator('figure.legend').count()).resolves.toBe(scene.layers.length);
      await page.screenshot({
        path: `${RESULTS}${lang}-${String(i + 1).padStart(2, '0')}-${scene.id}.png`,
      });
      if (i < briefing.scenes.length - 1) await page.keyboard.press(keys[i % keys.length]!);
    }
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
