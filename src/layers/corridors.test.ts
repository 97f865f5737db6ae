import { describe, expect, it } from 'vitest';
import { encodeComposition, type Traits } from '../../scripts/lib/composition';
import type { LayerFeature } from '../data/load';
import { NO_FILTER } from './gun-filter';
import { corridors } from './corridors';
import type { MarkLayer } from '../map/map-layer';
import type { RenderState } from './types';

const rifle: Traits = { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'USA v. Avila' };
const fifty: Traits = { weapon_class: 'sniper-50', calibre_group: '.50', case: 'USA v. Ortiz' };
const route = (firearms: number, year: number | null, recovered: boolean): LayerFeature => ({
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [-112, 33.4],
      [-110.9, 31.3],
      [-106.4, 31.7],
    ],
  },
  properties: {
    origin_name: 'Phoenix, AZ',
    port_name: 'Nogales',
    port_code: '2604',
    dest_id: recovered ? '08037' : '2604',
    dest_name: recovered ? 'JUÁREZ' : 'Nogales',
    dest_kind: recovered ? 'recovery (municipio)' : 'port (recovery place unknown)',
    year,
    firearms,
    sniper_50: 1,
    distance_km: 420,
    route: 'modeled',
    composition: encodeComposition([fifty, ...Array(firearms - 1).fill(rifle)]),
  },
});
const data = [route(1, 2010, false), route(25, 2010, true), route(4, 2012, false)];
const s = (year: number): RenderState => ({ year, metric: 'firearms', lang: 'en', selected: null });

/** What MapLibre is asked to draw (the lines need no deck.gl code). */
const lines = (st: RenderState) => corridors.maplibre!(data, st) as MarkLayer[];

describe('corridors layer', () => {
  it('draws big flows first, width by firearms, only those bought in the year', () => {
    const [layer] = lines(s(2010));
    expect(layer!.kind).toBe('line');
    expect(corridors.render).toBeUndefined();
    expect(layer!.data.map((f) => f.properties.firearms)).toEqual([25, 4, 1]);
    expect(layer!.size(data[1]!)).toBeCloseTo(1.2 + 5 * 1.3);
    // Bought in 2012: no width in 2010 (not drawn, not picked), its width in 2012.
    expect(layer!.size(data[2]!)).toBe(0);
    expect(lines(s(2012))[0]!.size(data[2]!)).toBeCloseTo(1.2 + 2 * 1.3);
    // Recovered routes in vermillion, routes that end at the port in blue.
    expect(layer!.color(data[1]!)).toEqual([213, 94, 0, 120]);
    expect(layer!.color(data[0]!)).toEqual([0, 114, 178, 120]);
  });

  it('says the route is modeled in the tooltip, the legend and the table', () => {
    const t = corridors.tooltip(data[1]!, s(2010));
    expect(t.title).toBe('Phoenix, AZ → Nogales → JUÁREZ');
    expect(Object.fromEntries(t.rows).Route).toBe('Modeled route via the nearest port of entry');
    expect(corridors.legend(data, s(2010)).note).toMatch(/^Modeled route via the nearest port/);
    expect(corridors.table(data, s(2010)).map((r) => r.display)).toEqual([
      '25 (modeled route via the nearest port of entry)',
      '1 (modeled route via the nearest port of entry)',
    ]);
    expect(corridors.years(data, 'firearms')).toEqual([2010, 2012]);
  });

  it('recounts each flow under the firearms filter and drops flows it empties', () => {
    const rifles = { ...s(2010), gunFilter: { ...NO_FILTER, weaponClass: 'rifle' } };
    const [layer] = lines(rifles);
    const shown = layer!.data;
    // The 1-firearm flow holds only a .50: gone. The others lose their .50.
    expect(shown.map((f) => [f.properties.firearms, f.properties.sniper_50])).toEqual([
      [24, 0],
      [3, 0],
    ]);
    expect(layer!.size(shown[0]!)).toBeCloseTo(1.2 + Math.sqrt(24) * 1.3);
    expect(corridors.tooltip(shown[0]!, rifles).rows[0]).toEqual(['Firearms', '24 of 25 (filter)']);
    expect(corridors.table(data, rifles).map((r) => r.value)).toEqual([24]);
    expect(corridors.legend(data, rifles).note).toMatch(
      /Showing 24 of 30 firearms matching class Rifle\. 3 more were bought in other years/,
    );
  });

  it("merges a route's years into one flow when every purchase year is shown", () => {
    const all = { ...s(2010), gunFilter: { ...NO_FILTER, when: 'all' as const } };
    const [layer] = lines(all);
    const shown = layer!.data;
    // Two routes: to Juárez (25) and to the port (1 in 2010 + 4 in 2012).
    expect(shown.map((f) => [f.properties.firearms, f.properties.years])).toEqual([
      [25, '2010'],
      [5, '2010–2012'],
    ]);
    expect(shown.every((f) => layer!.size(f) > 0)).toBe(true);
    expect(corridors.legend(data, all).title).toBe('Firearms of every purchase year, by route');
    expect(Object.fromEntries(corridors.tooltip(shown[1]!, all).rows)['Purchase year']).toBe(
      'All years (2010–2012)',
    );
    // The same array for the same filter: a year switch does not rebuild the flows.
    const [again] = lines({ ...all, year: 2012 });
    expect(again!.data).toBe(shown);
  });
});
