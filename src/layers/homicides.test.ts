import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { NO_DATA, SEQUENTIAL } from '../lib/colors';
import { CHANGE_COLORS } from './compare';
import { looks, type FillLayer } from '../map/map-layer';
import { homicides } from './homicides';
import type { RenderState } from './types';

const state = (cve: string, name: string, y2019: [number, number, number]): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-100, 25] },
  properties: {
    cve_ent: cve,
    name,
    homicides_2019: y2019[0],
    homicides_firearm_2019: y2019[1],
    population_2019: y2019[2],
    rate_2019: Math.round((y2019[0] / y2019[2]) * 1e7) / 100,
    femicides_2019: 7,
  },
});
const data = [
  state('08', 'Chihuahua', [2580, 1995, 3_740_000]),
  state('02', 'Baja California', [2966, 2200, 3_640_000]),
  state('03', 'Baja California Sur', [50, 20, 800_000]),
];
const s = (metric: string, lang: 'en' | 'es' = 'en'): RenderState => ({
  year: 2019,
  metric,
  lang,
  selected: null,
});

describe('homicides layer', () => {
  it('offers the years with data for the metric', () => {
    expect(homicides.years(data, 'victims')).toEqual([2019]);
    expect(homicides.years(data, 'share')).toEqual([2019]);
  });

  it('shows each state’s figures in the tooltip, the share computed from the two counts', () => {
    const t = homicides.tooltip(data[0]!, s('rate'));
    expect(t.title).toBe('Chihuahua, 2019');
    expect(Object.fromEntries(t.rows)).toEqual({
      'Rate per 100,000 people': '69 per 100,000',
      Victims: '2,580 victims',
      'Victims killed with a firearm': '1,995 victims',
      'Share killed with a firearm': '77.3 %',
      Femicides: '7',
      'Population (CONAPO)': '3,740,000',
    });
  });

  it('gives the table the selected metric, per state', () => {
    expect(homicides.table(data, s('share')).map((r) => [r.place, r.display])).toEqual([
      ['Chihuahua', '77.3 %'],
      ['Baja California', '74.2 %'],
      ['Baja California Sur', '40 %'],
    ]);
  });

  it('colours states by class of the metric, recolouring on a year or metric change only', () => {
    const [layer] = homicides.maplibre!(data, s('victims')) as FillLayer[];
    const fill = layer!.fill;
    const colors = SEQUENTIAL.orangeRed(6);
    const legend = homicides.legend(data, s('victims'));
    // The lowest state is in the first class; the highest in a darker one, as the legend lists.
    expect(fill(data[2]!)).toEqual([...colors[0]!, 215]);
    expect(fill(data[1]!)).not.toEqual(fill(data[2]!));
    expect(legend.entries.map((e) => e.color)).toContainEqual(fill(data[1]!)!.slice(0, 3));
    // The colours are redrawn (MapLibre's feature state) when the year or metric changes only.
    const look = (st: RenderState) => looks(homicides.maplibre!(data, st)[0]!);
    expect(look({ ...s('victims'), lang: 'es' })).toEqual(looks(layer!));
    expect(look({ ...s('victims'), year: 2018 })).not.toEqual(looks(layer!));
    expect(look(s('rate'))).not.toEqual(looks(layer!));
    expect(legend.title).toBe('Victims, 2019');
  });

  it('draws a state without a figure as no data, never as zero', () => {
    const [layer] = homicides.maplibre!(
      [...data, state('09', 'CDMX', [0, 0, 1])],
      s('share'),
    ) as FillLayer[];
    // 0 of 0 has no share: a gap.
    expect(layer!.fill(state('09', 'CDMX', [0, 0, 0]))).toEqual([205, 205, 205, 200]);
  });

  it('speaks Spanish', () => {
    const t = homicides.tooltip(data[0]!, s('rate', 'es'));
    expect(t.rows.map(([k]) => k)).toContain('Porcentaje con arma de fuego');
    expect(homicides.legend(data, s('share', 'es')).note).toMatch(/^Cota inferior/);
  });

  it('compares two years: change colours, both values and the change in tooltip and table', () => {
    const two = data.map((f) => ({
      ...f,
      properties: { ...f.properties, homicides_2018: 2000, homicides_2025: 900 },
    }));
    const cmp = { ...s('victims'), compare: 2018 };
    const [layer] = homicides.maplibre!(two, cmp) as FillLayer[];
    const fill = layer!.fill;
    // Chihuahua 2000 → 2580 (+29 %), Baja California Sur 2000 → 50 (−97.5 %).
    expect(fill(two[0]!).slice(0, 3)).toEqual(CHANGE_COLORS[5]);
    expect(fill(two[2]!).slice(0, 3)).toEqual(CHANGE_COLORS[0]);
    expect(homicides.tooltip(two[0]!, cmp).rows).toEqual([
      ['Victims, 2018', '2,000 victims'],
      ['Victims, 2019', '2,580 victims'],
      ['Change', '+580 (+29 %)'],
    ]);
    expect(homicides.table(two, cmp)[2]!).toMatchObject({
      value: -97.5,
      display: '−1,950 (−97.5 %)',
    });
    expect(homicides.legend(two, cmp).title).toBe('Change in Victims, 2018 → 2019');
  });

  it('draws no change against a partial year, and says why in the legend and tooltip', () => {
    const two = data.map((f) => ({ ...f, properties: { ...f.properties, homicides_2025: 900 } }));
    const cmp = { ...s('victims'), compare: 2025 };
    const [layer] = homicides.maplibre!(two, cmp) as FillLayer[];
    const fill = layer!.fill;
    expect(two.map((f) => fill(f).slice(0, 3))).toEqual(two.map(() => NO_DATA));
    const legend = homicides.legend(two, cmp);
    expect(legend.entries).toEqual([]);
    expect(legend.note).toMatch(/^No change drawn: 2025 is a partial year/);
    expect(homicides.tooltip(two[0]!, cmp).rows[2]![1]).toMatch(/^No change drawn/);
  });
});
