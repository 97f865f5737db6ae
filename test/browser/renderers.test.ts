// Two renderers, one map: the choropleths are MapLibre's (no deck.gl code until a deck.gl layer
// is shown), deck.gl's layers sit between the fills and the labels, picking answers from both,
// and a year switch recolours the polygons without compiling a program or rebuilding a layer.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COUNT_PROGRAMS } from '../../scripts/bench/probes';
import { mapPoint, setYear, settle } from './app';
import { launch, type Browser } from './chromium';
import { openPage, waitForMap, type OpenedPage } from './page';

const order = (o: OpenedPage) => o.page.evaluate<string[]>('window.southbound.layers()');
const deckLoaded = (o: OpenedPage) =>
  o.page.evaluate<boolean>(`typeof window.deck !== 'undefined'`);
const programs = (o: OpenedPage) => o.page.evaluate<number>('window.__sbPrograms');

/** The tooltip's text after the pointer rests at lon/lat. */
async function hover(o: OpenedPage, lon: number, lat: number): Promise<string> {
  const box = (await o.page.locator('#map').boundingBox())!;
  const p = await mapPoint(o.page, lon, lat);
  await o.page.mouse.move(box.x + p.x, box.y + p.y);
  const tip = o.page.getByRole('tooltip');
  await tip.waitFor();
  return (await tip.textContent()) ?? '';
}

describe('the two renderers', () => {
  let browser: Browser;
  let o: OpenedPage;
  beforeAll(async () => {
    browser = await launch();
    await browser.context.addInitScript(COUNT_PROGRAMS);
    o = await openPage(browser.context, `${inject('baseUrl')}#layers=homicides&year=2019`);
    expect(await waitForMap(o.page)).toBeNull();
  });
  afterAll(async () => browser?.close());

  it('draws a map of choropleths with MapLibre alone, under the labels, and picks from it', async () => {
    expect(await deckLoaded(o), 'deck.gl code loaded').toBe(false);
    const layers = await order(o);
    expect(layers.indexOf('homicides')).toBeGreaterThan(layers.indexOf('country-borders'));
    expect(layers.indexOf('homicides')).toBeLessThan(layers.indexOf('basemap-labels'));
    expect(await hover(o, -107.2, 29.6)).toContain('Chihuahua, 2019');
  });

  it('recolours a year through feature state: no program compiled, no layer rebuilt', async () => {
    const before = await programs(o);
    const layers = await order(o);
    await setYear(o.page, 2015);
    await setYear(o.page, 2018);
    expect(await programs(o), 'programs linked by the year switches').toBe(before);
    expect(await order(o)).toEqual(layers);
    expect(await hover(o, -107.2, 29.6)).toContain('Chihuahua, 2018');
  });

  it('loads deck.gl with the first point layer, between the fills and the labels', async () => {
    await o.page.getByRole('checkbox', { name: 'Ports of entry', exact: true }).check();
    await settle(o.page, ['[ports:', '[homicides:']);
    expect(await deckLoaded(o)).toBe(true);
    const layers = await order(o);
    const deck = layers.findIndex((id) => id.startsWith('deck-'));
    expect(deck).toBeGreaterThan(layers.indexOf('homicides::line'));
    expect(deck).toBeLessThan(layers.indexOf('basemap-city-dots'));
    expect(deck).toBeLessThan(layers.indexOf('basemap-labels'));
    // deck.gl answers first where it draws (a port near El Paso), MapLibre's fill elsewhere.
    expect(await hover(o, -106.45, 31.76)).toMatch(/New Mexico|Texas/);
    expect(await hover(o, -106.45, 31.76)).toContain('Personal vehicles (2018)');
    expect(await hover(o, -104.5, 27.5)).toContain('Chihuahua, 2018');
  });
});
