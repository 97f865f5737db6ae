// Steps through a briefing the way a presenter's clicker does and checks every scene: its year
// and layers on the map, its title, caption and progress, a number in every callout, the caption
// size, a legend per layer. Shared by the served app's test and the offline file's.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Text } from '../../src/i18n/strings';
import { settle } from './app';

export async function stepThrough(
  page: Page,
  briefing: {
    scenes: {
      id: string;
      year: number;
      layers: string[];
      title: Text;
      caption: Text;
      callouts: unknown[];
    }[];
  },
  lang: 'en' | 'es',
  shot?: (i: number, id: string) => string,
): Promise<void> {
  const keys = ['PageDown', 'ArrowRight', ' '];
  for (const [i, scene] of briefing.scenes.entries()) {
    const panel = page.locator(`section.briefing[data-scene="${scene.id}"]`);
    await panel.waitFor();
    await settle(page, [`year=${scene.year};`, ...scene.layers.map((l) => `[${l}:`)], [], 40_000);
    const state = (await page.getAttribute('#map', 'data-state'))!;
    expect((state.match(/\[[a-z-]+:/g) ?? []).length, scene.id).toBe(scene.layers.length);
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
    if (shot) await page.screenshot({ path: shot(i, scene.id) });
    if (i < briefing.scenes.length - 1) await page.keyboard.press(keys[i % keys.length]!);
  }
}
