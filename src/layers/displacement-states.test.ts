import { describe, expect, it } from 'vitest';
import { looks, type FillLayer } from '../map/map-layer';
import type { LayerFeature } from '../data/load';
import { displacementStates } from './displacement-states';
import type { RenderState } from './types';

const state = (cve: string, name: string, v: number | null): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-100, 20] },
  properties: {
    cve_ent: cve,
    name,
    displaced_2019: v,
    text_2019: v === null ? null : `${v} personas`,
    source_2019: 'CMDPDH · Animal Político',
    url_2019: 'https://animalpolitico.com/x',
  },
});
const data = [
  state('12', 'Guerrero', 5000),
  state('07', 'Chiapas', 1200),
  state('02', 'Baja California', null),
];
const s: RenderState = { year: 2019, metric: 'displaced', lang: 'en', selected: null };

describe('displacement-states layer', () => {
  it('hatches the states without a figure in the year, over the grey of no data', () => {
    const [choro, ...more] = displacementStates.maplibre!(data, s) as FillLayer[];
    expect(more).toEqual([]);
    expect(data.filter((f) => choro!.hatch!(f)).map((f) => f.properties.name)).toEqual([
      'Baja California',
    ]);
    // Under the hatch, the grey of no data; the hatch follows the year.
    expect(choro!.fill(data[2]!)).toEqual([205, 205, 205, 200]);
    const in2018 = displacementStates.maplibre!(data, { ...s, year: 2018 })[0] as FillLayer;
    expect(data.every((f) => in2018.hatch!(f))).toBe(true);
    expect(looks(in2018)).not.toEqual(looks(choro!));
  });

  it('says "no data", never zero, and names who counted', () => {
    expect(displacementStates.tooltip(data[2]!, s).rows).toEqual([['People displaced', 'no data']]);
    expect(displacementStates.table(data, s).map((r) => r.display)).toEqual([
      '5,000',
      '1,200',
      'no data',
    ]);
    const legend = displacementStates.legend(data, s);
    expect(legend.entries.at(-1)).toMatchObject({ label: 'no data', shape: 'hatch' });
    expect(legend.note).toMatch(/^2 of 32 states have a figure in 2019; counted by: CMDPDH\./);
  });
});
