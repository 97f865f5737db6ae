// The newsroom's embed: an article on another origin embeds a map its editor made their own
// (headline, description, notes, byline, credit, language, dark theme, framed by an area) at
// 320 and 1200 px; the texts show as written (markup stays text), the same area is framed at
// both widths, the frames size themselves, and a hostile value in every new field is inert.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './chromium';
import { openPage, waitForMap } from './page';
import { decode } from './pixels';
import { readText } from '../../src/map/png-text';

const RESULTS = new URL('../../test-results/newsroom/', import.meta.url).pathname;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await mkdir(RESULTS, { recursive: true });
});
afterAll(async () => browser?.close());

const BBOX = [-118, 14, -86, 33] as const;
const HEADLINE = 'Las armas <b>cruzan</b> al sur & más';
const embedHash = (extra = '') =>
  `#mode=embed&bbox=${BBOX.join(',')}&lang=es&theme=dark` +
  `&title=${encodeURIComponent(HEADLINE)}` +
  `&desc=${encodeURIComponent('Rutas modeladas de armas de casos judiciales.')}` +
  `&notes=${encodeURIComponent('Primera nota.\nSegunda nota.')}` +
  `&byline=${encodeURIComponent('Por A. Reportera')}` +
  `&credit=${encodeURIComponent('Gráfico: El Diario')}` +
  `&ann=${encodeURIComponent('-106.45,31.69,0,-40,Juárez crossing|Cruce en Juárez')}${extra}`;

/**
 * The article, on another origin than the app's: a server of its own on another port of this
 * machine (a page the test fulfils itself would count as a public site, and Chromium keeps
 * those from the machine's own addresses).
 */
async function article(frames: { id: string; width: number; hash: string }[]): Promise<Page> {
  const base = inject('baseUrl');
  const body = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:serif">
    <h1>Un artículo</h1><p>Texto antes del mapa.</p>
    ${frames
      .map(
        (f) =>
          `<iframe id="${f.id}" src="${base}${f.hash}" title="Mapa" style="border:0;width:${f.width}px;height:150px;display:block" allow="fullscreen"></iframe>`,
      )
      .join('\n')}
    <p>Texto después del mapa.</p>
    <script src="${base}embed.js" async></script></body></html>`;
  server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  expect(`http://127.0.0.1:${port}/`).not.toBe(new URL(base).origin + '/');
  const { page } = await openPage(browser.context, `http://127.0.0.1:${port}/article.html`, {
    width: 1300,
    height: 900,
  });
  return page;
}
let server: Server | undefined;
afterAll(() => server?.close());

/** The map's visible area in the frame, and where the bbox's corners fall on it. */
async function framing(frame: FrameLocator) {
  return (await frame.locator('#map').evaluate(
    (map, [w, s, e, n]) => {
      const project = (window as unknown as { southbound: { project: (p: number[]) => number[] } })
        .southbound.project;
      const [x0, y0] = project([w!, n!]);
      const [x1, y1] = project([e!, s!]);
      return { width: map.clientWidth, height: map.clientHeight, x0, y0, x1, y1 };
    },
    [...BBOX],
  )) as { width: number; height: number; x0: number; y0: number; x1: number; y1: number };
}

describe('an embed an editor made their own', () => {
  it('shows the editor’s texts, language and theme, and the same area, at 320 and 1200 px', async () => {
    const page = await article([
      { id: 'narrow', width: 320, hash: embedHash() },
      { id: 'wide', width: 1200, hash: embedHash() },
    ]);
    for (const id of ['narrow', 'wide']) {
      // A frame below the fold is not drawn (Chromium pauses it): read each one on screen.
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const frame = page.frameLocator(`#${id}`);
      await frame.locator('#map[data-ready="true"]').waitFor({ timeout: 40_000 });
      // The headline as written: its markup is text, not elements.
      const h1 = frame.locator('h1');
      await expect(h1.textContent()).resolves.toBe(HEADLINE);
      await expect(h1.locator('b').count()).resolves.toBe(0);
      await expect(frame.locator('header .desc').textContent()).resolves.toBe(
        'Rutas modeladas de armas de casos judiciales.',
      );
      await expect(frame.locator('.notes p').allTextContents()).resolves.toEqual([
        'Primera nota.',
        'Segunda nota.',
      ]);
      await expect(frame.locator('.source-line .byline').textContent()).resolves.toBe(
        'Por A. Reportera',
      );
      await expect(frame.locator('.source-line .credit').textContent()).resolves.toBe(
        'Gráfico: El Diario',
      );
      // Spanish, pinned by the link; the dark theme around the map.
      await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('es');
      await expect(
        frame.locator('html').evaluate((b) => getComputedStyle(b).backgroundColor),
      ).resolves.toBe('rgb(23, 24, 26)');
      // Every legend names its layer.
      const names = await frame.locator('.embed-legends .layer-name').allTextContents();
      expect(names.length).toBeGreaterThan(0);
      expect(names).toContain('Homicidios en México');
      // The same area at both widths: the bbox fits, and fills the map one way or the other.
      const f = await framing(frame);
      expect(f.x0, id).toBeGreaterThanOrEqual(-2);
      expect(f.y0, id).toBeGreaterThanOrEqual(-2);
      expect(f.x1, id).toBeLessThanOrEqual(f.width + 2);
      expect(f.y1, id).toBeLessThanOrEqual(f.height + 2);
      const fill = Math.max((f.x1 - f.x0) / f.width, (f.y1 - f.y0) / f.height);
      expect(fill, id).toBeGreaterThan(0.85);
      // The annotation: in Spanish, its label 40 px above Ciudad Juárez (below it where the
      // place is too near the top), a leader line to it.
      const label = frame.locator('.annotations .label[data-annotation="0"]');
      await expect(label.textContent()).resolves.toMatch(/^\s*Cruce en Juárez\s*$/);
      const placed = (await frame.locator('#map').evaluate((map) => {
        const p = (
          window as unknown as { southbound: { project: (p: number[]) => number[] } }
        ).southbound.project([-106.45, 31.69]);
        const l = map.parentElement!.querySelector('.annotations .label')!.getBoundingClientRect();
        const m = map.getBoundingClientRect();
        return { px: p[0], py: p[1], lx: l.x - m.x + l.width / 2, ly: l.y - m.y + l.height / 2 };
      })) as { px: number; py: number; lx: number; ly: number };
      expect(Math.abs(placed.lx - placed.px), id).toBeLessThan(2);
      expect(Math.abs(Math.abs(placed.ly - placed.py) - 40), id).toBeLessThan(2);
      await expect(frame.locator('.annotations line').count()).resolves.toBe(1);
      // A narrow map folds its credit into the ⓘ button.
      const folded = await frame
        .locator('.maplibregl-ctrl-attrib')
        .evaluate((e) => !e.classList.contains('maplibregl-compact-show'));
      expect(folded, id).toBe(id === 'narrow');
      await page.locator(`#${id}`).screenshot({ path: `${RESULTS}article-es-dark-${id}.png` });
    }
    // Each frame is as tall as its content (the embed script at work, across origins).
    await page.waitForFunction(
      `document.getElementById('narrow').getBoundingClientRect().height > 400 && document.getElementById('wide').getBoundingClientRect().height > 600`,
    );
    await page.close();
  });

  it('keeps a hostile value in every new field inert', async () => {
    const evil = '<img src=x onerror="window.parent.__pwned=1;window.__pwned=1">';
    const hash =
      `#mode=embed&lang=en` +
      ['title', 'desc', 'notes', 'byline', 'credit']
        .map((k) => `&${k}=${encodeURIComponent(evil)}`)
        .join('') +
      `&theme=${encodeURIComponent('javascript:alert(1)')}` +
      `&controls=${encodeURIComponent('<svg onload=alert(1)>')}` +
      `&bbox=${encodeURIComponent('1e9,<b>,0,0')}` +
      `&ann=${encodeURIComponent(`-106,28,0,-40,${evil}`)}`;
    const { page, errors, warnings } = await openPage(
      browser.context,
      `${inject('baseUrl')}${hash}`,
      { width: 800, height: 900 },
    );
    expect(await waitForMap(page)).toBeNull();
    await expect(page.locator('h1').textContent()).resolves.toBe(evil);
    await expect(page.locator('.annotations .label').textContent()).resolves.toContain(evil);
    await expect(page.locator('img[src="x"], svg[onload]').count()).resolves.toBe(0);
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    // Each refused value is said in the console; the texts are kept as text.
    const ignored = warnings.filter((w) => w.startsWith('Southbound: ignoring'));
    expect(ignored.map((w) => w.split('=')[0])).toEqual([
      'Southbound: ignoring theme',
      'Southbound: ignoring controls',
      'Southbound: ignoring bbox',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is made in the share dialog: what the editor types goes into the snippet and the preview', async () => {
    const { page, errors } = await openPage(
      browser.context,
      `${inject('baseUrl')}#lang=en&layers=homicides`,
      { width: 1280, height: 900 },
    );
    expect(await waitForMap(page)).toBeNull();
    await page.getByRole('button', { name: 'Share / embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share / embed' });
    await dialog.getByLabel('Headline').fill('<i>Guns</i> south');
    await dialog.getByLabel('Byline').fill('By A. Reporter');
    await dialog.getByLabel('Language of the embed').selectOption('es');
    await dialog.getByLabel('Theme').selectOption('dark');
    await dialog.getByRole('checkbox', { name: 'Year slider' }).uncheck();
    // An annotation, placed by clicking the map (the dialog steps aside, then comes back).
    await dialog.getByRole('button', { name: 'Add an annotation: click the map' }).click();
    await page.getByRole('status').filter({ hasText: 'Click the place' }).waitFor();
    const m = (await page.locator('#map').boundingBox())!;
    await page.mouse.click(m.x + m.width / 2, m.y + m.height / 2);
    await dialog.getByLabel('Text in English').fill('Here');
    const code = await dialog.getByLabel('Embed code').inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    const hash = new URLSearchParams(src.hash.slice(1));
    expect(Object.fromEntries(hash)).toMatchObject({
      mode: 'embed',
      layers: 'homicides',
      lang: 'es',
      theme: 'dark',
      controls: 'legend',
      title: '<i>Guns</i> south',
      byline: 'By A. Reporter',
    });
    expect(hash.get('bbox')!.split(',').map(Number)).toHaveLength(4);
    expect(hash.get('ann')).toMatch(/^-?[\d.]+,-?[\d.]+,0,-40,Here$/);
    // The frame's accessible name is the headline, escaped in the attribute.
    expect(code).toContain('title="&lt;i>Guns&lt;/i> south — Southbound"');
    // The preview is the embed the snippet makes.
    const preview = dialog.frameLocator('.preview iframe');
    await expect(preview.locator('h1').textContent()).resolves.toBe('<i>Guns</i> south');
    await expect(preview.locator('html').getAttribute('lang')).resolves.toBe('es');
    await preview.locator('#map[data-ready="true"]').waitFor({ timeout: 40_000 });
    await expect(preview.getByRole('slider').count()).resolves.toBe(0);
    await page.screenshot({ path: `${RESULTS}share-editor-en.png` });
    // The fallback picture: twice the map's resolution on this 1× screen, with the headline,
    // the byline and the sources in the embed's language (carried inside the file as well).
    await dialog
      .getByLabel('Address of the image once online', { exact: false })
      .fill('https://cdn.example.org/f.png');
    await expect(dialog.getByLabel('Embed code').inputValue()).resolves.toContain(
      '<noscript><img src="https://cdn.example.org/f.png" alt="&lt;i>Guns&lt;/i> south — Southbound"',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download fallback image' }).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    await writeFile(`${RESULTS}fallback-es@2x.png`, bytes);
    const png = decode(bytes);
    const map = (await page.locator('#map').boundingBox())!;
    expect(png.width).toBe(Math.round(map.width) * 2);
    expect(png.height).toBeGreaterThan(Math.round(map.height) * 2);
    const words = readText(new Uint8Array(bytes));
    expect(words.Title).toBe('<i>Guns</i> south');
    expect(words.Author).toBe('By A. Reporter');
    expect(words.Source).toMatch(/^Fuentes: SESNSP/);
    expect(words.URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
