// The journalist's map: state in the URL, embeds that size themselves, Spanish, hostile links,
// and the PNG export.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Point } from 'geojson';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { mapPoint, settle } from './app';
import { launch, type Browser } from './chromium';
import { builtFeatures, rawHomicides } from './data';
import { openPage, waitForMap } from './page';
import { decode, hex, modeColor, near } from './pixels';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('state in the URL', () => {
  it('opens a link to exactly the state it names', async () => {
    const { page, errors, offsite } = await openPage(
      browser.context,
      `${inject('baseUrl')}#year=2019&layers=homicides,guns&m.homicides=victims&view=-104.000,27.000,5.00&lang=es&sel=homicides:08`,
    );
    expect(await waitForMap(page)).toBeNull();
    await settle(
      page,
      ['year=2019;', 'lang=es', '[homicides:victims]', '[guns:'],
      ['[ports:', '[corridors:'],
    );
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('es');
    await expect(
      page.getByRole('checkbox', { name: 'Homicidios en México' }).isChecked(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('checkbox', { name: 'Puertos de entrada' }).isChecked(),
    ).resolves.toBe(false);
    await expect(page.getByRole('slider', { name: 'Año' }).inputValue()).resolves.toBe('2019');
    const details = page.getByRole('complementary', { name: 'Homicidios en México' });
    const victims = (await rawHomicides('08', 2019)).toLocaleString('es-MX');
    await expect(details.textContent()).resolves.toContain(`${victims} víctimas`);
    // The view: the named centre is in the middle of the map, and Chihuahua is coloured.
    const box = (await page.locator('#map').boundingBox())!;
    const c = await mapPoint(page, -104, 27);
    expect(Math.abs(c.x - box.width / 2)).toBeLessThan(2);
    expect(Math.abs(c.y - box.height / 2)).toBeLessThan(2);
    const p = await mapPoint(page, -107.2, 29.6);
    const color = modeColor(decode(await page.locator('#map').screenshot()), p.x, p.y, 6);
    expect(near(color, hex(BASEMAP_COLORS.focusLand), 12)).toBe(false);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('writes changes back to the URL, and the URL reopens them', async () => {
    const { page } = await openPage(browser.context, `${inject('baseUrl')}#lang=en`);
    expect(await waitForMap(page)).toBeNull();
    await page.getByRole('checkbox', { name: 'Border Patrol encounters' }).check();
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const state = await settle(page, ['year=2020;', '[encounters:']);
    const url = await page.evaluate('location.href');
    expect(url).toMatch(/year=2020/);
    expect(url).toMatch(/layers=[^&]*encounters/);
    const again = await browser.context.newPage();
    await again.goto(String(url));
    expect(await waitForMap(again)).toBeNull();
    await expect(settle(again, [state])).resolves.toBe(state);
    await page.close();
    await again.close();
  });

  it('ignores hostile values: nothing runs, nothing breaks, each is warned about', async () => {
    const hostile = `#year=<script>window.__pwned=1</script>&layers=homicides,"><img src=x onerror=window.__pwned=1>&lang=<b>es</b>&view=1e9,1e9,99&sel=homicides:<svg/onload=window.__pwned=1>&m.homicides=javascript:alert(1)`;
    const page = await browser.context.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) =>
      (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()),
    );
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}${hostile}`);
    expect(await waitForMap(page)).toBeNull();
    await settle(page, ['[homicides:rate]']);
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload]').count()).resolves.toBe(0);
    expect(
      warnings.filter((w) => w.startsWith('Southbound: ignoring')).length,
    ).toBeGreaterThanOrEqual(6);
    // The page rewrote the URL without the hostile values.
    await expect(page.evaluate('location.hash')).resolves.not.toMatch(
      /script|onerror|onload|javascript/i,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the share dialog', () => {
  it('gives the permalink and an iframe snippet for the current view, with copy buttons', async () => {
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#year=2018&layers=ports&m.ports=trucks`,
    );
    expect(await waitForMap(page)).toBeNull();
    await page.getByRole('button', { name: 'Share / embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share / embed' });
    const link = await dialog.getByLabel('Link to this view').inputValue();
    expect(link).toMatch(/#year=2018&layers=ports&m\.ports=trucks/);
    expect(link).not.toContain('mode=');
    const code = await dialog.getByLabel('Embed code').inputValue();
    // The embed frames the area on screen (the same area at any width) and pins the language.
    expect(code).toMatch(
      /^<iframe src="[^"]+#mode=embed&amp;year=2018&amp;layers=ports&amp;m\.ports=trucks&amp;bbox=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+&amp;lang=en"/,
    );
    expect(code).toMatch(/title="Southbound: [^"]+" width="100%" height="\d+"/);
    expect(code).toContain('loading="lazy" allow="fullscreen"');
    expect(code).toMatch(/<script src="[^"]+\/embed\.js" async><\/script>$/);
    await dialog.getByRole('button', { name: 'Copy' }).first().focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor({ timeout: 5000 });
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('embedding', () => {
  it('sizes itself in a host page at 320 and 1000 px, through the embed script', async () => {
    const base = inject('baseUrl');
    const host = `${base}__host.html`;
    await browser.context.route(host, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><body style="margin:0;font-family:sans-serif">
          <h1>A news article</h1><p>Text before the map.</p>
          <iframe id="narrow" src="${base}#mode=embed&year=2019" title="Southbound map" style="border:0;width:320px;height:150px" loading="lazy" allow="fullscreen"></iframe>
          <iframe id="wide" src="${base}#mode=embed&year=2019&lang=es" title="Southbound map" style="border:0;width:1000px;height:150px" loading="lazy" allow="fullscreen"></iframe>
          <p>Text after the map.</p>
          <script src="${base}embed.js" async></script></body></html>`,
      }),
    );
    const { page, errors, offsite } = await openPage(browser.context, host, {
      width: 1100,
      height: 900,
    });
    for (const id of ['narrow', 'wide']) {
      const frame = page.frameLocator(`#${id}`);
      await frame.locator('#map[data-ready="true"]').waitFor({ timeout: 30_000 });
      await expect(
        frame
          .getByRole('link', {
            name: id === 'wide' ? 'Abrir el mapa completo' : 'Open the full map',
          })
          .getAttribute('href'),
      ).resolves.toMatch(/year=2019/);
      await expect(frame.getByRole('checkbox').count()).resolves.toBe(0);
    }
    await page.waitForFunction(
      `document.getElementById('narrow').getBoundingClientRect().height > 300 && document.getElementById('wide').getBoundingClientRect().height > 500`,
    );
    const heights = (await page.evaluate(
      `[...document.querySelectorAll('iframe')].map((f) => [f.getBoundingClientRect().height, f.contentDocument.querySelector('.app').getBoundingClientRect().height])`,
    )) as number[][];
    for (const [outer, inner] of heights)
      expect(Math.abs(outer! - Math.ceil(inner!))).toBeLessThanOrEqual(1);
    // The script ignores messages that do not come from the iframe itself.
    await page.evaluate(`window.postMessage({ type: 'southbound:height', height: 40 }, '*')`);
    await page.waitForTimeout(200);
    await expect(
      page.evaluate(`document.getElementById('narrow').getBoundingClientRect().height`),
    ).resolves.toBeGreaterThan(300);
    await mkdir(RESULTS, { recursive: true });
    await page.screenshot({ path: `${RESULTS}embed-host-1100.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${RESULTS}embed-host-360.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await browser.context.unroute(host);
    await page.close();
  });

  it('does not hijack page scrolling: wheel zoom needs a modifier key', async () => {
    const { page } = await openPage(browser.context, `${inject('baseUrl')}#mode=embed`, {
      width: 800,
      height: 700,
    });
    expect(await waitForMap(page)).toBeNull();
    const box = (await page.locator('#map').boundingBox())!;
    const before = await mapPoint(page, -100, 25);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(600);
    expect(await mapPoint(page, -100, 25)).toEqual(before);
    await expect(
      page.locator('.maplibregl-cooperative-gesture-screen').textContent(),
    ).resolves.toMatch(/zoom|Ctrl|⌘/i);
    await page.close();
  });
});

describe('PNG export', () => {
  it('downloads the view with the data layers, title, year, legend and sources', async () => {
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#year=2019&layers=homicides,ports`,
    );
    expect(await waitForMap(page)).toBeNull();
    await settle(page, ['year=2019;', '[homicides:', '[ports:']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const png = decode(await readFile((await download.path())!));
    await writeFile(`${RESULTS}export.png`, await readFile((await download.path())!));
    const box = (await page.locator('#map').boundingBox())!;
    // Twice the screen's resolution, whatever the screen (this one is 1×).
    expect(download.suggestedFilename()).toBe('southbound-2019@2x.png');
    expect(png.width).toBe(Math.round(box.width) * 2);
    const top = mapTop(png);
    expect(png.height).toBeGreaterThan(top + Math.round(box.height) * 2);
    // Chihuahua is drawn in its homicide colour (MapLibre's fill), not as bare land.
    const p = await mapPoint(page, -107.2, 29.6);
    const color = modeColor(png, p.x * 2, p.y * 2 + top, 12);
    expect(near(color, hex(BASEMAP_COLORS.focusLand), 12)).toBe(false);
    expect(near(color, [255, 255, 255], 12)).toBe(false);
    // deck.gl's layers are drawn at 2× too, where they belong: the busiest port's circle (sky
    // blue) is under its position, not at half its coordinates.
    const ports = await builtFeatures('ports');
    const busiest = ports.reduce((a, b) =>
      Number(b.properties.personal_vehicles_2019 ?? 0) >
      Number(a.properties.personal_vehicles_2019 ?? 0)
        ? b
        : a,
    );
    const [lon, lat] = (busiest.geometry as Point).coordinates as [number, number];
    const q = await mapPoint(page, lon, lat);
    const [r, , b] = modeColor(png, q.x * 2 + 10, q.y * 2 + top + 10, 3);
    expect(b - r, `port circle at ${lon},${lat} in the 2× picture`).toBeGreaterThan(60);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The first row of the map in a PNG: the first row under the (pure white) title band that is
 * (almost) all colour — the basemap's land is off-white, never #fff. */
function mapTop(png: ReturnType<typeof decode>): number {
  for (let y = 0; y < png.height; y++) {
    let coloured = 0;
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 255 || png.data[i + 1]! < 255 || png.data[i + 2]! < 255) coloured++;
    }
    if (coloured > png.width * 0.95) return y;
  }
  throw new Error('no map in the PNG');
}
