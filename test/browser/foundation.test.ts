// The foundation as a person would see it: the built app in real Chromium, offline basemap drawn
// over both countries, no errors, nothing fetched from off this machine.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASEMAP_COLORS } from '../../src/map/basemap-style';
import { showOnly } from './app';
import { launch, type Browser } from './chromium';
import { openPage, project, waitForMap, type OpenedPage } from './page';
import { box, decode, hex, near, share } from './pixels';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;

describe('the map on the bundled data', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let error: string | null;

  beforeAll(async () => {
    browser = await launch();
    opened = await openPage(browser.context, inject('baseUrl'));
    error = await waitForMap(opened.page);
  });
  afterAll(async () => browser?.close());

  it('reaches data-ready without an error', () => {
    expect(error).toBeNull();
  });

  it('draws land, borders and labels over Mexico and over the U.S.', async () => {
    // The basemap alone: data layers off.
    await showOnly(opened.page, []);
    const shot = await opened.page.screenshot();
    await mkdir(RESULTS, { recursive: true });
    await writeFile(`${RESULTS}foundation-1280x800.png`, shot);
    const img = decode(shot);
    const land = hex(BASEMAP_COLORS.focusLand);
    const sea = hex(BASEMAP_COLORS.sea);
    // Interiors of Durango/Coahuila (Mexico) and of Oklahoma/Texas (U.S.).
    for (const [lon, lat] of [
      [-104.5, 26.5],
      [-99.5, 34],
    ] as const) {
      const { x, y } = await project(opened.page, lon, lat);
      const px = box(img, x, y, 60);
      expect(
        share(px, (p) => near(p, land)),
        `land colour around ${lon},${lat}`,
      ).toBeGreaterThan(0.5);
      expect(
        share(px, (p) => near(p, sea)),
        `no sea around ${lon},${lat}`,
      ).toBeLessThan(0.05);
      // State borders and label text are darker than the land: the basemap is more than a fill.
      expect(
        share(px, (p) => p[0] < 200 && p[1] < 200 && p[2] < 200),
        `borders/labels around ${lon},${lat}`,
      ).toBeGreaterThan(0.003);
    }
    // The Gulf of Mexico is sea.
    const gulf = await project(opened.page, -91, 25);
    expect(share(box(img, gulf.x, gulf.y, 20), (p) => near(p, sea))).toBeGreaterThan(0.9);
  });

  it('names U.S. states in Spanish on the Spanish map, and back', async () => {
    const { page } = opened;
    const labels = () => page.evaluate<string[]>('window.southbound.labels()');
    const shown = async (name: string) => {
      await expect.poll(labels, { timeout: 10_000 }).toContain(name);
      return labels();
    };
    expect(await shown('NEW MEXICO')).toContain('TEXAS');
    await page.getByRole('button', { name: 'Español' }).click();
    const es = await shown('NUEVO MÉXICO');
    expect(es).not.toContain('NEW MEXICO');
    // Mexican places keep their one name.
    expect(es).toContain('CHIHUAHUA');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await shown('NEW MEXICO')).not.toContain('NUEVO MÉXICO');
  });

  it('logs no console errors', () => {
    expect(opened.errors).toEqual([]);
  });

  it('requests nothing outside 127.0.0.1', () => {
    expect(opened.offsite).toEqual([]);
  });

  it('names the map region and describes it for screen readers', async () => {
    const region = opened.page.getByRole('region', { name: /border region/i });
    await expect(region.count()).resolves.toBe(1);
    const described = await region.getAttribute('aria-describedby');
    expect((await opened.page.textContent(`#${described}`))?.length).toBeGreaterThan(20);
  });
});

describe('the build under test', () => {
  it('is the production build npm run build ships, in its own folder', async () => {
    const dir = inject('distDir');
    expect(dir).toMatch(/test-results\/dist$/);
    const scripts = (await readdir(join(dir, 'assets'))).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) {
      // Svelte's development runtime warns about stale assignments; production leaves it out.
      const code = await readFile(join(dir, 'assets', f), 'utf8');
      expect(code.includes('assignment_value_stale'), f).toBe(false);
    }
  });
});

describe('the static server', () => {
  it('answers HTTP range requests for data files', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base)).text();
    expect(html).toContain('<div id="app">');
    // The basemap is referenced from the JS bundle; find its hashed name from the build output.
    const asset = (await readdir(join(inject('distDir'), 'assets'))).find((f) =>
      f.startsWith('basemap.topo'),
    );
    expect(asset).toBeDefined();
    const res = await fetch(`${base}assets/${asset}`, { headers: { Range: 'bytes=0-15' } });
    expect(res.status).toBe(206);
    expect((await res.arrayBuffer()).byteLength).toBe(16);
  });
});
