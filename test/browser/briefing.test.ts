// The presenter's map at 1920×1080: every scene stepped through with the keyboard (as a clicker
// would), its year, layers and caption checked, nothing fetched from off this machine, and a
// screenshot per scene in both languages.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import briefing from '../../src/briefing/default.json';
import { settle } from './app';
import { STAGE, stageFactor } from '../../src/briefing/stage';
import { SMALLEST_LABEL } from '../../src/map/labels';
import { stepThrough } from './briefing-steps';
import { launch, type Browser } from './chromium';
import { openPage, waitForMap } from './page';
import { encodeBriefing } from '../../src/briefing/link';
import { fold } from '../../scripts/lib/gazetteer';
import { rawTable } from './data';

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
    // Every callout number carries its source, on screen: each run of numbers from one source
    // is followed by that source.
    const groups = page.locator('section.briefing .group');
    let numbers = 0;
    for (let g = 0; g < (await groups.count()); g++) {
      await expect(groups.nth(g).locator('.source a').count()).resolves.toBe(1);
      numbers += await groups.nth(g).locator('dd').count();
    }
    expect(numbers).toBe(scene.callouts.length);
    await expect(page.locator('section.briefing .drift').count()).resolves.toBe(0);
    // A link moves the map to another year: the caption's numbers are not for that year.
    await page.evaluate(`location.hash = '#mode=briefing&scene=2&lang=en&year=2011'`);
    await settle(page, ['year=2011;']);
    const drift = page.locator('section.briefing .drift');
    await expect(drift.textContent()).resolves.toContain(`(${scene.year})`);
    await drift.getByRole('button', { name: 'Back to the scene' }).click();
    await settle(page, [`year=${scene.year};`]);
    await expect(drift.count()).resolves.toBe(0);
    // The projector theme: C (or its button) switches it. The map keeps its colours, which the
    // legends must match.
    const toggle = page.getByRole('button', { name: 'High contrast' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.keyboard.press('c');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(
      page.evaluate(`getComputedStyle(document.querySelector('section.briefing')).backgroundColor`),
    ).resolves.toBe('rgb(0, 0, 0)');
    await page.screenshot({ path: `${RESULTS}contrast-en-02.png` });
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    // Only the language changes: the map stays on the scene.
    await page.evaluate(`location.hash = '#mode=briefing&scene=2&lang=es'`);
    await page.locator('section.briefing h2', { hasText: scene.title.es }).waitFor();
    await settle(page, [`year=${scene.year};`, 'lang=es']);
    await expect(drift.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('follow the guns and who covers here as scenes', () => {
  const scene = (id: string, extra: object) => ({
    id,
    title: { en: id, es: id },
    caption: { en: `The ${id} scene.`, es: `La escena ${id}.` },
    view: { lon: -102, lat: 24, zoom: 4 },
    bounds: [-117.2, 14.4, -86.7, 36],
    year: 2010,
    layers: [],
    ...extra,
  });
  const scenes = {
    title: { en: 'Chain', es: 'Cadena' },
    scenes: [
      scene('jalisco', { chain: 'mx-state:14' }),
      scene('top', { chain: 'top' }),
      scene('juarez', { cover: [-106.45, 31.69] }),
    ],
  };

  it('narrates the chain, the points of diversion and who covers, as the raw rows count them', async () => {
    const raw = await rawTable('us-mx-trafficking-court-cases/court_case_data_firearm_details.csv');
    const jalisco = raw.filter((r) => /jalisco|guadalajara/.test(fold(r['Mex Recovery area']!)));
    const oaxaca = raw.filter((r) => fold(r['Mex Recovery area']!) === 'oaxaca').length;
    const b = await encodeBriefing(scenes);
    // Spanish at 1280×720: the longest words on the smallest stage.
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#mode=briefing&scene=1&lang=es&b=${b}`,
      { width: 1280, height: 720 },
    );
    expect(await waitForMap(page)).toBeNull();
    const min = STAGE.minText * stageFactor(1280, 720);
    const fits = async (id: string) => {
      expect(await page.evaluate<string[]>(OVERFLOW), id).toEqual([]);
      const small = (await page.evaluate<[number, string][]>(TEXT_SIZES)).filter(
        ([px]) => px < min - 0.5,
      );
      expect(small, `${id}: text under ${min} px`).toEqual([]);
      await page.screenshot({ path: `${RESULTS}chain-es-${id}.png` });
    };

    // The chain: the map lights it, the stage says how many, of how many, from where.
    await settle(page, [';chain=mx-state:14']);
    const lead = page.locator('section.briefing .stage-chain p').first();
    await expect(lead.textContent()).resolves.toMatch(
      new RegExp(`, ${jalisco.length} \\(.*se recuperaron en Jalisco`),
    );
    await expect(
      page.locator('section.briefing .stage-chain .chain-legend li').count(),
    ).resolves.toBe(4);
    await fits('jalisco');

    // The points of diversion: the recovery state most firearms name, with its count.
    await page.keyboard.press('PageDown');
    const top = page.locator('section.briefing .stage-chain[data-chain="top"]');
    await expect(top.locator('dd').nth(3).textContent()).resolves.toMatch(
      new RegExp(`^Oaxaca \\(${oaxaca}\\)`),
    );
    await fits('top');

    // Who covers Ciudad Juárez: the Mexican agencies, each with the unit the built areas give.
    await page.keyboard.press('PageDown');
    await settle(page, [';cover=-106.4500,31.6900']);
    const cover = page.locator('section.briefing .stage-cover');
    await expect(cover.locator('p').first().textContent()).resolves.toContain('Chihuahua');
    await expect(
      cover
        .locator('[data-agency]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-agency'))),
    ).resolves.toEqual(['sedena', 'gn', 'fgr']);
    for (const dd of await cover.locator('dd').allTextContents()) expect(dd.trim()).not.toBe('');
    await fits('juarez');

    // Back to the chain: its scene again, and the map did not leave it.
    await page.keyboard.press('Home');
    await settle(page, [';chain=mx-state:14']);
    await expect(page.locator('section.briefing .drift').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Every visible text on the stage with its rendered size in px (SVG text scaled to the page). */
const TEXT_SIZES = `(() => {
  const out = [];
  const roots = document.querySelectorAll('section.briefing, .stage-card, .maplibregl-ctrl-attrib');
  for (const root of roots) {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      const r = el.getBoundingClientRect();
      if (!n.textContent.trim() || r.width === 0 || r.height === 0) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement) {
        const m = el.getScreenCTM();
        px *= m ? Math.hypot(m.a, m.b) : 1;
      }
      out.push([Math.round(px * 10) / 10, n.textContent.trim().slice(0, 40)]);
    }
  }
  return out;
})()`;

/** What does not fit: a scrolled scene body or stage card, or controls outside the window. */
const OVERFLOW = `(() => {
  const bad = [];
  for (const sel of ['section.briefing .body', '.stage-card']) {
    const el = document.querySelector(sel);
    if (el && el.scrollHeight > el.clientHeight + 1)
      bad.push(sel + ' is ' + (el.scrollHeight - el.clientHeight) + ' px too tall');
  }
  for (const b of document.querySelectorAll('section.briefing .controls button')) {
    const r = b.getBoundingClientRect();
    if (r.bottom > innerHeight || r.right > innerWidth || r.top < 0 || r.left < 0)
      bad.push('control "' + b.textContent.trim() + '" off screen');
  }
  return bad;
})()`;

describe.each([
  [1920, 1080],
  [1280, 720],
])('the stage at %i×%i', (width, height) => {
  it('fits every scene with its controls on screen, and nothing is too small to read', async () => {
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#mode=briefing&scene=1&lang=es`,
      { width, height },
    );
    expect(await waitForMap(page)).toBeNull();
    const min = STAGE.minText * stageFactor(width, height);
    for (const [i, scene] of briefing.scenes.entries()) {
      await page.locator(`section.briefing[data-scene="${scene.id}"]`).waitFor();
      await settle(page, [`year=${scene.year};`, ...scene.layers.map((l) => `[${l}:`)], [], 40_000);
      if ('indicators' in scene)
        await page.locator('.stage-card .indicators[data-loaded="true"]').waitFor();
      expect(await page.evaluate<string[]>(OVERFLOW), scene.id).toEqual([]);
      const small = (await page.evaluate<[number, string][]>(TEXT_SIZES)).filter(
        ([px]) => px < min - 0.5,
      );
      expect(small, `${scene.id}: text under ${min} px`).toEqual([]);
      const scale = Number(await page.getAttribute('#map', 'data-label-scale'));
      expect(SMALLEST_LABEL * scale, 'map labels').toBeGreaterThanOrEqual(min - 0.5);
      if (width === 1920)
        await page.screenshot({
          path: `${RESULTS}stage-es-${String(i + 1).padStart(2, '0')}-${scene.id}.png`,
        });
      if (i < briefing.scenes.length - 1) await page.keyboard.press('PageDown');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the presenter view', () => {
  it('opens a second window that follows the stage and steers it', async () => {
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#mode=briefing&scene=1&lang=en`,
      { width: 1920, height: 1080 },
    );
    expect(await waitForMap(page)).toBeNull();
    const [first, second, third] = briefing.scenes;
    const [win] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.keyboard.press('p'),
    ]);
    await win.locator(`section.now[data-scene="${first!.id}"]`).waitFor();
    await expect(win.locator('.next-title').textContent()).resolves.toBe(second!.title.en);
    await expect(win.locator('.timer').textContent()).resolves.toMatch(/^\d\d:\d\d$/);
    await expect(win.locator('#map').count()).resolves.toBe(0);
    // The clicker pointed at the presenter's window moves the stage…
    await win.keyboard.press('ArrowRight');
    await page.locator(`section.briefing[data-scene="${second!.id}"]`).waitFor();
    // …and pointed at the stage, moves the presenter's window.
    await page.keyboard.press('ArrowRight');
    await win.locator(`section.now[data-scene="${third!.id}"]`).waitFor();
    await win.screenshot({ path: `${RESULTS}presenter-en-03.png` });
    expect(errors).toEqual([]);
    await win.close();
    await page.close();
  });
});
