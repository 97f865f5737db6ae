import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { evaluate } from './formulas';

const f = (properties: Record<string, string | number | null>): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties,
});
const data = {
  homicides: [
    f({ homicides_2015: 100, homicides_2022: 173, homicides_firearm_2022: 120 }),
    f({ homicides_2015: 0, homicides_2022: 27, homicides_firearm_2022: 20 }),
  ],
  dealers: [
    f({ state: 'TX', dealers_2023: 10 }),
    f({ state: 'AZ', dealers_2023: 5 }),
    f({ state: 'ME', dealers_2023: 7 }),
    f({ state: 'TX', dealers_2023: null }),
  ],
};

describe('callout formulas', () => {
  it('computes sums, changes and shares over a layer', () => {
    expect(
      evaluate({ op: 'sum', layer: 'homicides', field: 'homicides', year: 2022 }, data, 'en'),
    ).toEqual({ value: 200, text: '200' });
    expect(
      evaluate(
        { op: 'change', layer: 'homicides', field: 'homicides', from: 2015, to: 2022 },
        data,
        'en',
      ),
    ).toEqual({ value: 100, text: '+100 %' });
    expect(
      evaluate(
        {
          op: 'share',
          layer: 'homicides',
          part: 'homicides_firearm',
          whole: 'homicides',
          year: 2022,
        },
        data,
        'es',
      ),
    ).toEqual({ value: 70, text: '70 %' });
  });

  it('filters with where, and counts', () => {
    expect(
      evaluate(
        {
          op: 'sum',
          layer: 'dealers',
          field: 'dealers',
          year: 2023,
          where: { state: ['TX', 'AZ'] },
        },
        data,
        'en',
      ).value,
    ).toBe(15);
    expect(
      evaluate({ op: 'count', layer: 'dealers', where: { state: 'TX' } }, data, 'en').value,
    ).toBe(2);
  });

  it('shows a gap, not a zero, when the data has no value', () => {
    expect(
      evaluate({ op: 'sum', layer: 'dealers', field: 'dealers', year: 1990 }, data, 'en'),
    ).toEqual({ value: null, text: '—' });
    expect(
      evaluate({ op: 'sum', layer: 'ports', field: 'trucks', year: 2019 }, data, 'en').text,
    ).toBe('…');
  });
});
