import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import type { MarkLayer } from '../map/map-layer';
import { ports } from './ports';
import type { RenderState } from './types';

const port = (code: string, name: string, vehicles: number, pedestrians: number): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-106.45, 31.76] },
  properties: {
    port_code: code,
    name,
    state: 'Texas',
    personal_vehicles_2019: vehicles,
    pedestrians_2019: pedestrians,
    personal_vehicle_passengers_2019: 2 * vehicles,
    bus_passengers_2019: null,
    trucks_2019: null,
  },
});
const data = [
  port('2402', 'El Paso', 4_000_000, 1_000_000),
  port('2601', 'Douglas', 1_000_000, 250_000),
];
const s = (metric: string): RenderState => ({ year: 2019, metric, lang: 'en', selected: null });

describe('ports layer', () => {
  it('offers the years a measure has data for', () => {
    expect(ports.years(data, 'personal_vehicles')).toEqual([2019]);
    expect(ports.years(data, 'trucks')).toEqual([]);
  });

  it('sums pedestrians and passengers for all people, and leaves a measure without data empty', () => {
    const t = Object.fromEntries(ports.tooltip(data[0]!, s('people')).rows);
    expect(t['All people (pedestrians + passengers) (2019)']).toBe('9,000,000');
    expect(t['Trucks (2019)']).toBe('—');
    expect(ports.table(data, s('people'))[1]!.display).toBe('2,250,000 people');
  });

  it('sizes circles by area against the largest value of any year', () => {
    // Drawn by MapLibre (no deck.gl code): a circle per port, sized through feature state.
    const [layer] = ports.maplibre!(data, s('personal_vehicles')) as MarkLayer[];
    expect(layer!.kind).toBe('circle');
    expect(ports.render).toBeUndefined();
    expect(layer!.size(data[0]!)).toBeCloseTo(28);
    // A quarter of the value: half the radius.
    expect(layer!.size(data[1]!)).toBeCloseTo(14);
    const legend = ports.legend(data, s('personal_vehicles'));
    expect(legend.entries.map((e) => e.label)).toEqual([
      '4M vehicles',
      '1M vehicles',
      '300K vehicles',
    ]);
  });
});
