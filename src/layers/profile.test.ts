import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { dealers } from './dealers';
import { displacementStates } from './displacement-states';
import { guns } from './guns';
import { homicides } from './homicides';
import { penalizedDealers } from './penalized-dealers';
import { layersFor, placeOf, profile, profileTable } from './profile';
import type { RenderState } from './types';

const chihuahua = (props: Record<string, number | string | null>): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-106, 28.6] },
  properties: { cve_ent: '08', name: 'Chihuahua', ...props },
});
const state = (): RenderState => ({ year: 2019, metric: '', lang: 'en', selected: null });

describe('a place profile', () => {
  it('finds the place of a feature by the code its layer declares', () => {
    expect(placeOf(homicides, chihuahua({}))).toEqual({ kind: 'mx-state', code: '08' });
    expect(placeOf(dealers, { ...chihuahua({}), properties: { fips: '48141' } })).toEqual({
      kind: 'us-county',
      code: '48141',
    });
    expect(layersFor([homicides, dealers, displacementStates], 'mx-state')).toEqual([
      homicides,
      displacementStates,
    ]);
  });

  it('gathers every layer’s series at the place, one per metric, and tabulates them', () => {
    const data = {
      homicides: [
        chihuahua({ homicides_2019: 2580, homicides_2020: 2600 }),
        { ...chihuahua({ homicides_2019: 1 }), properties: { cve_ent: '02', homicides_2019: 1 } },
      ],
      'displacement-states': [chihuahua({ displaced_2019: 400 })],
    };
    const series = profile(
      { kind: 'mx-state', code: '08' },
      [homicides, displacementStates],
      data,
      state,
      (id) => (id === 'homicides' ? [{ year: 2020, note: 'January–June only' }] : []),
    );
    const victims = series.find((s) => s.layer === 'homicides' && s.metric === 'victims')!;
    expect(victims.title).toBe('Homicides in Mexico — Victims');
    expect(victims.points.find((p) => p.year === 2019)!.value).toBe(2580);
    expect(series.some((s) => s.layer === 'displacement-states')).toBe(true);
    const table = profileTable([victims], 'en');
    expect(table.cells[table.years.indexOf(2019)]).toEqual(['2,580']);
    expect(table.cells[table.years.indexOf(2021)]).toEqual(['—']);
    // A partial year is marked where its number is, and the mark is explained.
    expect(table.cells[table.years.indexOf(2020)]).toEqual(['2,600 †']);
    expect(table.notes).toEqual(['† 2020: partial year — January–June only']);
  });

  it('gives nothing for a layer with no feature at the place, and one series per distinct view', () => {
    const series = profile(
      { kind: 'us-county', code: '48141' },
      [dealers],
      {
        dealers: [
          {
            ...chihuahua({}),
            properties: { fips: '48141', dealers_2019: 300, density_2019: 29.6 },
          },
        ],
      },
      state,
    );
    // Count and density; the heat map shows the counts again and is left out.
    expect(series.map((s) => s.metric)).toEqual(['density', 'dealers']);
    expect(
      profile({ kind: 'us-county', code: '00000' }, [dealers], { dealers: [] }, state),
    ).toEqual([]);
  });

  it('gathers a U.S. state from the layers that sum over it: its counties, guns and inspections', () => {
    const at = (props: LayerFeature['properties']): LayerFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-97, 31] },
      properties: props,
    });
    const data = {
      dealers: [
        at({ fips: '48001', state: 'TX', dealers_2019: 10 }),
        at({ fips: '48003', state: 'TX', dealers_2019: 5 }),
        at({ fips: '40001', state: 'OK', dealers_2019: 99 }),
      ],
      guns: [
        at({ state: 'TX', purchase_year: 2019 }),
        at({ state: 'TX', purchase_year: null }),
        at({ state: 'AZ', purchase_year: 2021 }),
      ],
      'penalized-dealers': [at({ state: 'TX', year: 2016 }), at({ state: 'TX', year: 2016 })],
    };
    const series = profile(
      { kind: 'us-state', code: 'TX' },
      [dealers, guns, penalizedDealers],
      data,
      state,
    );
    const byLayer = Object.fromEntries(series.map((s) => [s.layer, s]));
    expect(byLayer.dealers!.points.find((p) => p.year === 2019)!.value).toBe(15);
    expect(byLayer.guns!.points).toEqual([
      { year: 2019, value: 1 },
      { year: 2020, value: 0 },
      { year: 2021, value: 0 },
    ]);
    expect(byLayer.guns!.note).toBe('1 more firearms bought in the state have no purchase year.');
    expect(byLayer['penalized-dealers']!.points.find((p) => p.year === 2016)!.value).toBe(2);
    expect(layersFor([dealers, guns, penalizedDealers, homicides], 'us-state')).toEqual([
      dealers,
      guns,
      penalizedDealers,
    ]);
  });
});
