import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerFeature } from '../data/load';
import type { FillLayer, MarkLayer } from './map-layer';
import { DATA_TOP, HATCH_IMAGE, hatchPixels, MapLibreLayers } from './maplibre-layers';

describe('the no-data hatch', () => {
  it('is diagonal stripes that repeat seamlessly, grey, over transparent', () => {
    const size = 6;
    const px = hatchPixels(size);
    const alpha = (x: number, y: number) => px[((y % size) * size + (x % size)) * 4 + 3]!;
    // Along a diagonal the coverage is the same (a 45° stripe), also across the tile's edge.
    for (let x = 0; x < size * 2; x++) expect(alpha(x, x)).toBe(alpha(0, 0));
    // Some pixels are stripe, some background: not a flat grey fill.
    const alphas = Array.from({ length: size * size }, (_, i) => px[i * 4 + 3]!);
    expect(Math.max(...alphas)).toBeGreaterThan(150);
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan((size * size) / 3);
    expect([px[0], px[1], px[2]]).toEqual(alpha(0, 0) ? [120, 120, 120] : [0, 0, 0]);
  });
});

describe("MapLibre's data layers", () => {
  /** A stand-in for the map that records what is asked of it. */
  const fakeMap = () => {
    const calls: string[] = [];
    const layers = new Set<string>();
    const order: string[] = [];
    const sources = new Set<string>();
    const map = {
      addImage: (id: string) => calls.push(`image ${id}`),
      addLayer: (l: { id: string }, before?: string) => {
        layers.add(l.id);
        order.splice(before ? order.indexOf(before) : order.length, 0, l.id);
        calls.push(`add ${l.id} before ${before}`);
      },
      removeLayer: (id: string) => {
        layers.delete(id);
        order.splice(order.indexOf(id), 1);
        calls.push(`remove ${id}`);
      },
      getLayer: (id: string) => layers.has(id) || undefined,
      addSource: (id: string) => {
        sources.add(id);
        calls.push(`source ${id}`);
      },
      removeSource: (id: string) => {
        sources.delete(id);
        calls.push(`drop ${id}`);
      },
      getSource: (id: string) => sources.has(id) || undefined,
      setFeatureState: (f: { id: number }, s: { color: string; size: number }) =>
        calls.push(`state ${f.id} ${s.color}${s.size ? ` ${s.size}` : ''}`),
      setFilter: (id: string, f: unknown) => calls.push(`filter ${id} ${JSON.stringify(f)}`),
      // The order MapLibre draws in: addLayer inserts before its anchor, moveLayer moves there.
      order,
      getLayersOrder: () => [...order],
      moveLayer: (id: string, before: string) => {
        order.splice(order.indexOf(id), 1);
        order.splice(order.indexOf(before), 0, id);
        calls.push(`move ${id}`);
      },
    };
    return { map: map as unknown as MapLibreMap, calls };
  };
  const feature = (v: Record<string, number>): LayerFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: v,
  });
  const data = [feature({ v_2019: 1, v_2020: 1 }), feature({ v_2019: 1, v_2020: 9 })];
  const layer = (year: number, selected: LayerFeature | null = null): FillLayer => ({
    kind: 'fill',
    id: 'homicides',
    data,
    fill: (f) => (f.properties[`v_${year}`] === 9 ? [200, 0, 0, 255] : [255, 255, 255, 255]),
    line: [255, 255, 255, 200],
    selected,
  });

  it('adds a fill once, under the layer that tops the data layers, then only rewrites state', () => {
    const { map, calls } = fakeMap();
    const fills = new MapLibreLayers(map);
    fills.install('basemap-city-dots');
    expect(calls.splice(0)).toEqual([
      `image ${HATCH_IMAGE}`,
      `add ${DATA_TOP} before basemap-city-dots`,
    ]);
    expect(fills.set([layer(2019)])).toEqual(['homicides']);
    expect(calls.splice(0)).toEqual([
      'source data-source:homicides',
      `add homicides before ${DATA_TOP}`,
      // No hatch: this layer has no gaps to hatch (its programs would compile for nothing).
      `add homicides::line before ${DATA_TOP}`,
      `add homicides::selected before ${DATA_TOP}`,
      'state 0 rgba(255, 255, 255, 1)',
      'state 1 rgba(255, 255, 255, 1)',
    ]);
    // The next year: one polygon changes colour, nothing else is touched.
    expect(fills.set([layer(2020)])).toEqual(['homicides']);
    expect(calls.splice(0)).toEqual(['state 1 rgba(200, 0, 0, 1)']);
    // The same look again: nothing to draw.
    expect(fills.set([layer(2020)])).toEqual([]);
    expect(calls.splice(0)).toEqual([]);
    expect(fills.feature('homicides', 1)).toBe(data[1]);
    // A selection outlines one polygon, by its index.
    expect(fills.set([layer(2020, data[1]!)])).toEqual(['homicides']);
    expect(calls.splice(0)).toEqual(['filter homicides::selected ["==",["id"],1]']);
    // Switched off: its layers and source go.
    fills.set([]);
    expect(calls.splice(0)).toEqual([
      'remove homicides::selected',
      'remove homicides::line',
      'remove homicides',
      'drop data-source:homicides',
    ]);
    expect(fills.ids()).toEqual([]);
  });

  it('sizes circles through state, keeps them over polygons, and outlines the selection', () => {
    const { map, calls } = fakeMap();
    const drawn = new MapLibreLayers(map);
    drawn.install(undefined);
    const ports = (year: number): MarkLayer => ({
      kind: 'circle',
      id: 'ports',
      data,
      color: () => [86, 180, 233, 200],
      // A port with no traffic in the year has no circle.
      size: (f) => Number(f.properties[`v_${year}`] ?? 0) * 2,
      selected: null,
    });
    expect(drawn.set([ports(2019)])).toEqual(['ports']);
    calls.splice(0);
    expect(drawn.set([ports(2020)])).toEqual(['ports']);
    expect(calls.splice(0)).toEqual(['state 1 rgba(86, 180, 233, 0.784) 18']);
    // A choropleth shown after the ports goes under them: the map's order is the layers' order.
    expect(drawn.set([ports(2020), layer(2020)])).toEqual(['homicides', 'ports']);
    const order = (map as unknown as { order: string[] }).order;
    expect(order.indexOf('homicides::selected')).toBeLessThan(order.indexOf('ports'));
    expect(order.at(-1)).toBe(DATA_TOP);
    expect(drawn.feature('ports', 1)).toBe(data[1]);
  });
});
