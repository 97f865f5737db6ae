import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { countByYear, sumOverState, yearSpan } from './state-sums';

const county = (fips: string, byYear: Record<number, number | null>): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-97, 31] },
  properties: {
    fips,
    state: 'TX',
    ...Object.fromEntries(Object.entries(byYear).map(([y, v]) => [`dealers_${y}`, v])),
  },
});
const value = (p: Record<string, unknown>, y: number) => {
  const v = p[`dealers_${y}`];
  return typeof v === 'number' ? v : null;
};

describe('sums over a U.S. state', () => {
  it('sums the counties, and flags a year a county has no figure or lost rows', () => {
    const counties = [
      county('48001', { 2019: 10, 2020: 12, 2021: null }),
      county('48003', { 2019: 5, 2020: 6, 2021: null }),
      county('48005', { 2019: 1, 2020: null, 2021: null }),
    ];
    const lost = (p: Record<string, unknown>, y: number) =>
      p.fips === '48003' && y === 2019 ? 2 : 0;
    const { points, partial } = sumOverState(counties, [2019, 2020, 2021], value, lost, 'en');
    // 2021: no county has a figure, so the state has none (a gap, not 0).
    expect(points).toEqual([
      { year: 2019, value: 16 },
      { year: 2020, value: 18 },
      { year: 2021, value: null },
    ]);
    expect(partial).toEqual([
      { year: 2019, note: '2 source rows of its counties were lost' },
      { year: 2020, note: '1 of the state’s 3 counties have no figure' },
    ]);
    expect(sumOverState(counties, [2020], value, lost, 'es').partial[0]!.note).toBe(
      '1 de los 3 condados del estado no tienen cifra',
    );
  });

  it('counts records per year over every year in the span, and the undated apart', () => {
    const rec = (y: number | null): LayerFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-97, 31] },
      properties: { purchase_year: y },
    });
    expect(yearSpan([2010, 2013])).toEqual([2010, 2011, 2012, 2013]);
    const { points, undated } = countByYear(
      [rec(2010), rec(2010), rec(2013), rec(null)],
      yearSpan([2010, 2013]),
      (p) => p.purchase_year as number | null,
    );
    expect(points.map((p) => p.value)).toEqual([2, 0, 0, 1]);
    expect(undated).toBe(1);
  });
});
