import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { changed, drawOrder, looks, rgbaCss, type FillLayer, type MarkLayer } from './map-layer';

const f = (v: number | null): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { v },
});
const data = [f(1), f(null), f(3)];
const layer = (selected: LayerFeature | null): FillLayer => ({
  kind: 'fill',
  id: 'x',
  data,
  fill: (g) => (g.properties.v === null ? [205, 205, 205, 200] : [255, 0, 0, 215]),
  hatch: (g) => g.properties.v === null,
  line: [255, 255, 255, 200],
  selected,
});
const circles = (scale: number): MarkLayer => ({
  kind: 'circle',
  id: 'ports',
  data,
  color: () => [86, 180, 233, 200],
  size: (g) => (g.properties.v === null ? 0 : Number(g.properties.v) * scale),
  selected: null,
});

describe('MapLibre layer state', () => {
  it('gives each polygon, by index, its colour in CSS and its hatch', () => {
    expect(looks(layer(data[2]!))).toEqual([
      { color: 'rgba(255, 0, 0, 0.843)', hatch: false, size: 0 },
      { color: 'rgba(205, 205, 205, 0.784)', hatch: true, size: 0 },
      { color: 'rgba(255, 0, 0, 0.843)', hatch: false, size: 0 },
    ]);
    expect(rgbaCss([0, 0, 0, 255])).toBe('rgba(0, 0, 0, 1)');
  });

  it('gives each circle its size; one without a size is transparent (neither drawn nor picked)', () => {
    expect(looks(circles(2))).toEqual([
      { color: 'rgba(86, 180, 233, 0.784)', hatch: false, size: 2 },
      { color: 'rgba(0, 0, 0, 0)', hatch: false, size: 0 },
      { color: 'rgba(86, 180, 233, 0.784)', hatch: false, size: 6 },
    ]);
  });

  it('rewrites only the features whose look changed', () => {
    const before = looks(layer(null));
    expect(changed(null, before)).toEqual([0, 1, 2]);
    expect(changed(before, looks(layer(null)))).toEqual([]);
    // A selection is not a look (the map outlines it through a filter).
    expect(changed(before, looks(layer(data[1]!)))).toEqual([]);
    const recoloured: FillLayer = { ...layer(null), fill: () => [0, 0, 0, 255] };
    expect(changed(before, looks(recoloured))).toEqual([0, 1, 2]);
    // A new size is a change even in the same colour; a size-less feature stays unchanged.
    expect(changed(looks(circles(1)), looks(circles(2)))).toEqual([0, 2]);
  });

  it('draws polygons under circles and lines, otherwise in the order given', () => {
    const lines: MarkLayer = { ...circles(1), kind: 'line', id: 'corridors' };
    const order = drawOrder([circles(1), layer(null), lines]).map((l) => l.id);
    expect(order).toEqual(['x', 'ports', 'corridors']);
  });
});
