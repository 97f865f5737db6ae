// A presenter builds a briefing in the app, as a non-developer would: two views of the map made
// into scenes, captions in both languages, a number picked from the data, the scenes reordered
// and the reorder undone; then the file is exported and imported in a fresh browser, the link is
// opened elsewhere, and the offline copy opens from file:// with no network — the same scenes and
// the same number every time.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setYear, settle, showOnly } from './app';
import { launch, type Browser } from './chromium';
import { builtFeatures } from './data';
import { openPage, waitForMap } from './page';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The expected callout: firearm victims in 2019, summed from the built layer. */
const victims2019 = async () =>
  (await builtFeatures('homicides'))
    .reduce((n, f) => n + Number(f.properties.homicides_firearm_2019), 0)
    .toLocaleString('en-US');

const editor = (page: Page) => page.locator('aside.editor');
const scenes = (page: Page) =>
  editor(page)
    .locator('ol.scenes li')
    .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-scene-id')));

let exported = '';
let link = '';
let expected = '';

describe('the briefing editor', () => {
  it('makes scenes from views, with captions, a computed number, reorder and undo', async () => {
    expected = await victims2019();
    const { page, errors } = await openPage(browser.context, inject('baseUrl'), {
      width: 1600,
      height: 1000,
    });
    expect(await waitForMap(page)).toBeNull();
    await page.getByRole('button', { name: 'Briefing' }).click();
    await showOnly(page, ['ports']);
    await editor(page).getByRole('button', { name: 'Start with this view' }).click();
    await editor(page).getByLabel('Title (English)', { exact: true }).fill('The crossings');
    await editor(page).getByLabel('Title (Spanish)', { exact: true }).fill('Los cruces');
    await editor(page).getByLabel('Caption (English)').fill('Where trucks and cars cross.');
    await editor(page).getByLabel('Caption (Spanish)').fill('Donde cruzan camiones y autos.');
    await editor(page).getByLabel('Caption (Spanish)').blur();

    // A second view: homicides in 2019, with a number from the data.
    await showOnly(page, ['homicides']);
    await setYear(page, 2019);
    await editor(page).getByRole('button', { name: 'Add this view as a scene' }).click();
    await expect(scenes(page)).resolves.toHaveLength(2);
    await editor(page).getByLabel('Title (English)', { exact: true }).fill('Killed with a gun');
    await editor(page).getByLabel('Title (Spanish)', { exact: true }).fill('Muertos a tiros');
    await editor(page).getByLabel('Title (Spanish)', { exact: true }).blur();
    const picker = editor(page).locator('fieldset.picker');
    await picker.getByLabel('Number', { exact: true }).selectOption('sum');
    await picker.getByLabel('Layer', { exact: true }).selectOption('homicides');
    await picker.getByLabel('Measure', { exact: true }).selectOption('homicides_firearm');
    await picker.getByLabel('Year', { exact: true }).selectOption('2019');
    await picker.getByLabel('Label (English)').fill('Firearm victims, 2019');
    await picker.getByLabel('Label (Spanish)').fill('Víctimas con arma de fuego, 2019');
    await expect(picker.locator('.preview strong').textContent()).resolves.toBe(expected);
    await picker.getByRole('button', { name: 'Add this number' }).click();
    await expect(editor(page).locator('ul.callouts strong').textContent()).resolves.toBe(expected);
    // The Spanish title is still the layer's: the scene is complete in both languages.
    await expect(editor(page).locator('.warnings').count()).resolves.toBe(0);

    // Reorder, undo, redo.
    const before = await scenes(page);
    await editor(page).getByRole('button', { name: 'Move up: 2' }).click();
    await expect(scenes(page)).resolves.toEqual([before[1], before[0]]);
    await editor(page).getByRole('button', { name: 'Undo' }).click();
    await expect(scenes(page)).resolves.toEqual(before);
    await editor(page).getByRole('button', { name: 'Redo' }).click();
    await expect(scenes(page)).resolves.toEqual([before[1], before[0]]);
    await page.screenshot({ path: `${RESULTS}editor-en.png` });
    await page.getByRole('button', { name: 'Español' }).click();
    await editor(page).getByRole('heading', { name: 'Tu presentación' }).waitFor();
    await page.screenshot({ path: `${RESULTS}editor-es.png` });
    await page.getByRole('button', { name: 'English' }).click();

    // Export the file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page).getByRole('button', { name: 'Export .json' }).click(),
    ]);
    exported = `${RESULTS}my-briefing.json`;
    await download.saveAs(exported);

    // Present: the link carries the whole briefing.
    await editor(page).getByRole('button', { name: 'Present' }).click();
    await page.locator('section.briefing h2', { hasText: 'Killed with a gun' }).waitFor();
    await page.waitForFunction(() => location.hash.includes('b='));
    link = await page.evaluate(() => location.href);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports the exported file in a fresh browser, with the same scenes and number', async () => {
    const fresh = await launch();
    try {
      const { page, errors } = await openPage(fresh.context, inject('baseUrl'), {
        width: 1600,
        height: 1000,
      });
      expect(await waitForMap(page)).toBeNull();
      await page.getByRole('button', { name: 'Briefing' }).click();
      await editor(page).locator('input[type=file]').setInputFiles(exported);
      await editor(page).locator('ol.scenes li').nth(1).waitFor();
      await expect(scenes(page)).resolves.toEqual(
        JSON.parse(await readFile(exported, 'utf8')).scenes.map((s: { id: string }) => s.id),
      );
      await editor(page).getByRole('button', { name: 'Present' }).click();
      await stepThrough(page, 'en');
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('opens a shared link elsewhere, in Spanish', async () => {
    const { page, errors } = await openPage(
      browser.context,
      link.replace('mode=briefing', 'mode=briefing&lang=es'),
      {
        width: 1920,
        height: 1080,
      },
    );
    expect(await waitForMap(page)).toBeNull();
    await page.locator('section.briefing h2', { hasText: 'Muertos a tiros' }).waitFor();
    await stepThrough(page, 'es');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a broken file, at the scene and field', async () => {
    const { page } = await openPage(browser.context, inject('baseUrl'));
    expect(await waitForMap(page)).toBeNull();
    await page.getByRole('button', { name: 'Briefing' }).click();
    const bad = JSON.parse(await readFile(exported, 'utf8'));
    bad.scenes[0].year = 1900;
    await writeFile(`${RESULTS}bad-briefing.json`, JSON.stringify(bad));
    await editor(page).locator('input[type=file]').setInputFiles(`${RESULTS}bad-briefing.json`);
    await expect(editor(page).getByRole('alert').textContent()).resolves.toContain(
      `scenes.0 (${bad.scenes[0].id}).year: 1900 has no data`,
    );
    await page.close();
  });

  it('saves an offline copy that opens from file:// with no network, on this briefing', async () => {
    const { page } = await openPage(browser.context, inject('baseUrl'), {
      width: 1600,
      height: 1000,
    });
    expect(await waitForMap(page)).toBeNull();
    await page.getByRole('button', { name: 'Briefing' }).click();
    await editor(page).locator('input[type=file]').setInputFiles(exported);
    await editor(page).locator('ol.scenes li').nth(1).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor(page).getByRole('button', { name: 'Download offline copy' }).click(),
    ]);
    const file = `${RESULTS}my-briefing.html`;
    await download.saveAs(file);
    await page.close();

    const offline = await launch();
    try {
      const network: string[] = [];
      await offline.context.route('**/*', (r) => {
        if (/^(file|data|blob):/.test(r.request().url())) return r.continue();
        network.push(r.request().url());
        return r.abort('internetdisconnected');
      });
      for (const lang of ['en', 'es'] as const) {
        const p = await offline.context.newPage();
        await p.setViewportSize({ width: 1920, height: 1080 });
        await p.goto(`${pathToFileURL(file).href}`);
        if (lang === 'es') await p.evaluate(() => (location.hash += '&lang=es'));
        expect(await waitForMap(p, 60_000)).toBeNull();
        await stepThrough(p, lang);
        await p.close();
      }
      expect(network).toEqual([]);
    } finally {
      await offline.close();
    }
  });
  it('makes a scene of the guns followed from Jalisco, and presents it', async () => {
    const fresh = await launch();
    try {
      const { page, errors } = await openPage(
        fresh.context,
        `${inject('baseUrl')}#lang=en&chain=mx-state:14`,
        { width: 1600, height: 1000 },
      );
      expect(await waitForMap(page)).toBeNull();
      await page.locator('aside.chain .narration').waitFor();
      await page.getByRole('button', { name: 'Briefing' }).click();
      await editor(page).getByRole('button', { name: 'Start with this view' }).click();
      const extra = editor(page).locator('.scene-form .extra');
      await expect(extra.textContent()).resolves.toContain('Follows the guns from: Jalisco');
      await editor(page).getByRole('button', { name: 'Present' }).click();
      await settle(page, [';chain=mx-state:14']);
      await expect(page.locator('section.briefing .stage-chain h3').textContent()).resolves.toBe(
        'Follow the guns: Jalisco',
      );
      expect(errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

/** The two scenes of the briefing made above, in order, with the number on the second. */
async function stepThrough(page: Page, lang: 'en' | 'es') {
  const first = page.locator('section.briefing h2');
  await expect(first.textContent()).resolves.toContain(
    lang === 'en' ? 'Killed with a gun' : 'Muertos a tiros',
  );
  await settle(page, ['year=2019;', '[homicides:']);
  await expect(page.locator('section.briefing .callouts dt').textContent()).resolves.toBe(
    lang === 'en' ? 'Firearm victims, 2019' : 'Víctimas con arma de fuego, 2019',
  );
  const number = await page.locator('section.briefing .callouts dd').textContent();
  expect(number?.replace(/\s/g, ' ')).toBe(
    lang === 'en' ? expected : Number(expected.replace(/,/g, '')).toLocaleString('es-MX'),
  );
  await page.keyboard.press('ArrowRight');
  await expect(first.textContent()).resolves.toContain(
    lang === 'en' ? 'The crossings' : 'Los cruces',
  );
  await settle(page, ['[ports:']);
  await expect(page.locator('section.briefing .caption').textContent()).resolves.toContain(
    lang === 'en' ? 'Where trucks and cars cross.' : 'Donde cruzan camiones y autos.',
  );
}
