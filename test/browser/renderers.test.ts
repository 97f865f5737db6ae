// Two renderers, one map: the choropleths, graduated points and corridors are MapLibre's (no
// deck.gl code until a deck.gl layer is shown), deck.gl's layers sit between MapLibre's data layers
// and the labels, picking answers from both, and a year switch recolours the polygons without
// compiling a program or rebuilding a layer.
import type { LineString } from 'geojson';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COUNT_PROGRAMS } from '../../scripts/bench/probes';
import { mapPoint, setYear, settle } from './app';
import { launch, type Browser } from './chromium';
import { builtFeatures } from './data';
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

  it("draws the default view's ports and corridors with MapLibre too, and picks them", async () => {
    const { page } = o;
    await page.getByRole('checkbox', { name: 'Ports of entry', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Gun corridors (modeled)', exact: true }).check();
    await settle(page, ['[ports:', '[corridors:', '[homicides:']);
    expect(await deckLoaded(o), 'deck.gl code loaded').toBe(false);
    const layers = await order(o);
    for (const id of ['ports', 'corridors']) {
      expect(layers.indexOf(id), id).toBeGreaterThan(layers.indexOf('homicides::selected'));
      expect(layers.indexOf(id), id).toBeLessThan(layers.indexOf('basemap-labels'));
    }
    // A port near El Paso (a MapLibre circle, over the fill), the fill elsewhere.
    expect(await hover(o, -106.45, 31.76)).toMatch(/New Mexico|Texas/);
    expect(await hover(o, -106.45, 31.76)).toContain('Personal vehicles (2018)');
    expect(await hover(o, -104.5, 27.5)).toContain('Chihuahua, 2018');
    // The widest corridor bought in 2010, picked a third of the way along its line.
    await setYear(page, 2010);
    const [widest] = (await builtFeatures('corridors'))
      .filter((f) => f.properties.year === 2010)
      .sort((a, b) => Number(b.properties.firearms) - Number(a.properties.firearms));
    const line = (widest!.geometry as LineString).coordinates as [number, number][];
    const [a, b] = [line[0]!, line[1]!];
    const tip = await hover(o, a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3);
    expect(tip).toContain('Modeled route via the nearest port of entry');
    expect(tip).toContain(String(widest!.properties.origin_name));
  });

  it('loads deck.gl with the first layer that draws with it, between the data layers and the labels', async () => {
    await o.page
      .getByRole('checkbox', { name: 'Where trafficked guns were recovered', exact: true })
      .check();
    await settle(o.page, ['[recoveries:', '[ports:']);
    expect(await deckLoaded(o)).toBe(true);
    const layers = await order(o);
    const deck = layers.findIndex((id) => id.startsWith('deck-'));
    expect(deck).toBeGreaterThan(layers.indexOf('ports::selected'));
    expect(deck).toBeGreaterThan(layers.indexOf('corridors::selected'));
    expect(deck).toBeLessThan(layers.indexOf('basemap-city-dots'));
    expect(deck).toBeLessThan(layers.indexOf('basemap-labels'));
    // MapLibre still answers where deck.gl draws nothing.
    expect(await hover(o, -104.5, 27.5)).toContain('Chihuahua, 2010');
  });
});
