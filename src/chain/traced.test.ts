import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { TABLE } from './test-table';
import { tracedStates } from './traced';

const state = (props: Record<string, unknown>): LayerFeature => ({
  type: 'Feature',
  geometry: null as never,
  properties: props as LayerFeature['properties'],
});
const TRACES = [
  state({
    name: 'Arizona',
    usps: 'AZ',
    traced_2015_2022: 9451,
    source_2015_2022: 'Tucson Sentinel',
    url_2015_2022: 'https://a.example',
    recovered_2015_2022: 'Mexico, Guatemala',
    traced_2022_2023: 3969,
    source_2022_2023: 'Telediario',
    url_2022_2023: 'https://b.example',
    recovered_2022_2023: 'Mexico',
  }),
  state({ name: 'Texas', usps: 'TX', traced_2015_2022: 22506, traced_2022_2023: 7825 }),
  state({
    name: 'California',
    usps: 'CA',
    traced_2015_2022: null,
    combined_2015_2022: 'California + New Mexico: 9,348',
    traced_2022_2023: 1575,
  }),
  state({ name: 'Ohio', usps: 'OH', traced_2015_2022: null, traced_2022_2023: null }),
];

describe('traced source states beside the followed firearms', () => {
  it('lists the states a source gives a figure for, most traced first, with the firearms bought there', () => {
    const t = tracedStates(TRACES, TABLE.paths);
    expect(t.rows.map((r) => [r.state, r.traced, r.bought])).toEqual([
      ['TX', [22506, 7825], 6],
      ['AZ', [9451, 3969], 2],
      ['CA', ['California + New Mexico: 9,348', 1575], 0],
    ]);
    expect(t.elsewhere).toBe(0);
    expect(t.periods.map((p) => [p.id, p.source, p.recovered])).toEqual([
      ['2015_2022', 'Tucson Sentinel', 'Mexico, Guatemala'],
      ['2022_2023', 'Telediario', 'Mexico'],
    ]);
  });

  it('marks the periods that overlap the purchase years, and counts states with no figure', () => {
    // Every test firearm was bought in 2019: only 2015–2022 overlaps.
    const t = tracedStates(TRACES, TABLE.paths);
    expect(t.years).toEqual([2019, 2019]);
    expect(t.periods.map((p) => p.overlaps)).toEqual([true, false]);
    const ohio = TABLE.paths.map((p) => ({ ...p, purchase_state: 'OH', purchase_year: 2023 }));
    const o = tracedStates(TRACES, ohio);
    expect(o.elsewhere).toBe(10);
    expect(o.periods.map((p) => p.overlaps)).toEqual([false, true]);
    const undated = tracedStates(
      TRACES,
      ohio.map((p) => ({ ...p, purchase_year: null })),
    );
    expect(undated.years).toBeNull();
    expect(undated.periods.map((p) => p.overlaps)).toEqual([false, false]);
  });
});
