import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { displacementStates } from './displacement-states';
import { fakeDeck, recorded } from './fake-deck';
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
  it('hatches the states without a figure, on top of the choropleth', () => {
    const [choro, hatch] = recorded(displacementStates.render(fakeDeck(), data, s));
    expect(choro!.kind).toBe('GeoJsonLayer');
    expect((hatch!.props.data as LayerFeature[]).map((f) => f.properties.name)).toEqual([
      'Baja California',
    ]);
    expect(hatch!.props.getFillPattern).toBeTypeOf('function');
    expect(hatch!.props.updateTriggers).toEqual({ getFillColor: [2019] });
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
