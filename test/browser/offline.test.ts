// The presenter's USB stick: `npm run build:offline` writes one HTML file that opens from file://
// with every network request refused — the map, its layers, the briefing in both languages, the
// indicators and the heat view (code that loads on demand) all come from inside the file.
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import briefing from '../../src/briefing/default.json';
import { OFFLINE_FILE } from '../../scripts/offline/vite-offline';
import { mapShot, settle, showOnly } from './app';
import { stepThrough } from './briefing-steps';
import { launch, type Browser } from './chromium';
import { waitForMap } from './page';
import { decode, diffCount } from './pixels';

const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = resolve(ROOT, 'test-results/dist-offline');

let browser: Browser;
let fileUrl: string;
/** Every request the page made that was not to the file itself or to a data:/blob: URL. */
const network: string[] = [];

beforeAll(async () => {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', 'offline', '--outDir', OUT, '--emptyOutDir'],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
  if (built.status !== 0)
    throw new Error(`offline build failed (exit ${built.status}):\n${built.stderr}`);
  fileUrl = pathToFileURL(join(OUT, OFFLINE_FILE)).href;
  browser = await launch();
  // No network at all: anything that is not the file or inline data is refused and recorded.
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    network.push(url);
    return route.abort('internetdisconnected');
  });
});
afterAll(async () => browser?.close());

async function open(hash: string, viewport = { width: 1280, height: 800 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(`${fileUrl}${hash}`);
  return { page, errors };
}

/** Pixels of the map that change when every layer is switched off: the layers were drawn. */
async function drawnPixels(page: Page): Promise<number> {
  const on = decode(await mapShot(page));
  await showOnly(page, []);
  const off = decode(await mapShot(page));
  return diffCount(on, off, { x0: 0, y0: 0, x1: on.width, y1: on.height });
}

describe('the offline file', () => {
  it('is the only file written: code, styles, basemap and layers inside', async () => {
    expect(await readdir(OUT)).toEqual([OFFLINE_FILE]);
    // Every layer is inside, so it is megabytes, not a few kilobytes of loader.
    expect((await stat(join(OUT, OFFLINE_FILE))).size).toBeGreaterThan(4_000_000);
  });

  it('opens from file:// with no network and draws the map', async () => {
    const { page, errors } = await open('');
    expect(await waitForMap(page, 60_000)).toBeNull();
    expect(await drawnPixels(page)).toBeGreaterThan(10_000);
    // A layer off by default (loaded on demand), and the heat view, whose deck.gl code is split.
    await showOnly(page, ['dealers']);
    await page.locator('li[data-layer="dealers"] select').selectOption('heat');
    await settle(page, ['[dealers:heat]']);
    await page.getByRole('button', { name: 'Indicators' }).click();
    await page.locator('section.indicator').first().waitFor();
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  it.each(['en', 'es'] as const)('steps through the briefing in %s', async (lang) => {
    const { page, errors } = await open(`#mode=briefing&scene=1&lang=${lang}`, {
      width: 1920,
      height: 1080,
    });
    expect(await waitForMap(page, 60_000)).toBeNull();
    await stepThrough(page, briefing, lang);
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });
});
