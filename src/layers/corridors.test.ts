import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { corridors } from './corridors';
import { accessor, fakeDeck, recorded } from './fake-deck';
import type { RenderState } from './types';

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
    dest_name: recovered ? 'JUÁREZ' : 'Nogales',
    dest_kind: recovered ? 'recovery (municipio)' : 'port (recovery place unknown)',
    year,
    firearms,
    sniper_50: 1,
    distance_km: 420,
    route: 'modeled',
  },
});
const data = [route(1, 2010, false), route(25, 2010, true), route(4, 2012, false)];
const s = (year: number): RenderState => ({ year, metric: 'firearms', lang: 'en', selected: null });

describe('corridors layer', () => {
  it('draws big flows first, width by firearms, filtered by purchase year on the GPU', () => {
    const [layer] = recorded(corridors.render(fakeDeck(), data, s(2010)));
    expect(layer!.kind).toBe('PathLayer');
    expect((layer!.props.data as LayerFeature[]).map((f) => f.properties.firearms)).toEqual([
      25, 4, 1,
    ]);
    const width = accessor<number>(layer!, 'getWidth');
    expect(width(data[1])).toBeCloseTo(1.2 + 5 * 1.3);
    expect(accessor<number>(layer!, 'getFilterValue')(data[2])).toBe(2012);
    expect(layer!.props.filterRange).toEqual([2009.5, 2010.5]);
    // Recovered routes in vermillion, routes that end at the port in blue.
    expect(accessor<number[]>(layer!, 'getColor')(data[1])).toEqual([213, 94, 0, 120]);
    expect(accessor<number[]>(layer!, 'getColor')(data[0])).toEqual([0, 114, 178, 120]);
  });

  it('says the route is modeled in the tooltip, the legend and the table', () => {
    const t = corridors.tooltip(data[1]!, s(2010));
    expect(t.title).toBe('Phoenix, AZ → Nogales → JUÁREZ');
    expect(Object.fromEntries(t.rows).Route).toBe('Modeled route via the nearest port of entry');
    expect(corridors.legend(data, s(2010)).note).toMatch(/^Modeled route via the nearest port/);
    expect(corridors.table(data, s(2010)).map((r) => r.display)).toEqual([
      '1 (modeled route via the nearest port of entry)',
      '25 (modeled route via the nearest port of entry)',
    ]);
    expect(corridors.years(data, 'firearms')).toEqual([2010, 2012]);
  });
});
