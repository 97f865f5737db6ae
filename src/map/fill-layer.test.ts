import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { changed, looks, rgbaCss, type FillLayer } from './fill-layer';

const f = (v: number | null): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { v },
});
const data = [f(1), f(null), f(3)];
const layer = (selected: LayerFeature | null): FillLayer => ({
  id: 'x',
  data,
  fill: (g) => (g.properties.v === null ? [205, 205, 205, 200] : [255, 0, 0, 215]),
  hatch: (g) => g.properties.v === null,
  line: [255, 255, 255, 200],
  selected,
  key: '2019',
});

describe('fill layer state', () => {
  it('gives each feature, by index, its colour in CSS and its hatch', () => {
    expect(looks(layer(data[2]!))).toEqual([
      { fill: 'rgba(255, 0, 0, 0.843)', hatch: false },
      { fill: 'rgba(205, 205, 205, 0.784)', hatch: true },
      { fill: 'rgba(255, 0, 0, 0.843)', hatch: false },
    ]);
    expect(rgbaCss([0, 0, 0, 255])).toBe('rgba(0, 0, 0, 1)');
  });

  it('rewrites only the features whose look changed', () => {
    const before = looks(layer(null));
    expect(changed(null, before)).toEqual([0, 1, 2]);
    expect(changed(before, looks(layer(null)))).toEqual([]);
    // A selection is not a look (the map outlines it through a filter).
    expect(changed(before, looks(layer(data[1]!)))).toEqual([]);
    const recoloured: FillLayer = { ...layer(null), fill: () => [0, 0, 0, 255] };
    expect(changed(before, looks(recoloured))).toEqual([0, 1, 2]);
  });
});
