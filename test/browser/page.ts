// Opens the built app in Chromium and records what a test must check: console errors, uncaught
// exceptions and any request that is not to 127.0.0.1.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launch, type Browser } from './chromium';

export interface OpenedPage {
  page: Page;
  errors: string[];
  /** Console warnings (what the app says it ignored). */
  warnings: string[];
  offsite: string[];
}

export async function openPage(
  context: BrowserContext,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<OpenedPage> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  const warnings: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!(u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1'))
      offsite.push(r.url());
  });
  await page.goto(url);
  return { page, errors, warnings, offsite };
}

/** Waits for the ready contract; returns the error message if the map reported one. */
export async function waitForMap(page: Page, timeout = 30_000): Promise<string | null> {
  await page.waitForSelector('#map[data-ready="true"], #map[data-error]', { timeout });
  return page.getAttribute('#map', 'data-error');
}

/**
 * One Chromium and one page on the default view for the calling suite: opened before its tests
 * (the map must come up without an error), closed after. Call at the top of a file or describe.
 */
export function suitePage(): { readonly o: OpenedPage; readonly browser: Browser } {
  let browser: Browser | undefined;
  let o: OpenedPage | undefined;
  beforeAll(async () => {
    browser = await launch();
    o = await openPage(browser.context, inject('baseUrl'));
    expect(await waitForMap(o.page)).toBeNull();
  });
  afterAll(async () => browser?.close());
  return {
    get o() {
      return o!;
    },
    get browser() {
      return browser!;
    },
  };
}

/** Screen position of a longitude/latitude on the map (through the app's test hook). */
export async function project(
  page: Page,
  lon: number,
  lat: number,
): Promise<{ x: number; y: number }> {
  // A string, not a function: tsx would inject a helper the page does not have.
  return page.evaluate(`(() => {
    const p = window.southbound.project([${lon}, ${lat}]);
    const r = document.querySelector('#map').getBoundingClientRect();
    return { x: r.left + p[0], y: r.top + p[1] };
  })()`);
}
