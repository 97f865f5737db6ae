import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { borderDealers, homicides, penalized, seizureEvents, traced } from './indicators';

const f = (properties: LayerFeature['properties']): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties,
});

describe('indicators', () => {
  it('sums homicides over states, with the firearm share, and flags the partial year', () => {
    const i = homicides(
      [
        f({
          homicides_2024: 100,
          homicides_firearm_2024: 70,
          homicides_2025: 40,
          homicides_firearm_2025: null,
        }),
        f({
          homicides_2024: 50,
          homicides_firearm_2024: 35,
          homicides_2025: 10,
          homicides_firearm_2025: 5,
        }),
      ],
      [2024, 2025],
      [2025],
    );
    expect(i.points).toEqual([
      { label: '2024', value: 150, share: 70, partial: false },
      { label: '2025', value: 50, share: 10, partial: true },
    ]);
  });

  it('counts seizure events per year and says how many have no year', () => {
    const out = (year: number | null) => f({ year, outbound: true });
    const i = seizureEvents([
      out(2021),
      out(2021),
      out(2024),
      out(null),
      f({ year: 2022, outbound: false }),
    ]);
    // Years without a transcribed outbound event are gaps, not zeros; an event whose source does
    // not state the direction is not counted.
    expect(i.points.map((p) => [p.label, p.value])).toEqual([
      ['2021', 2],
      ['2022', null],
      ['2023', null],
      ['2024', 1],
    ]);
    expect(i.note.en).toContain('1 more have no year');
  });

  it('keeps trace periods as labelled periods with their own source', () => {
    const cite = {
      url: 'https://a.example',
      publisher: 'P',
      text: 'words',
      date: '2023',
      locator: 'p. 2',
      note: '',
    };
    const fig = (value: number) => ({ value, measure: 'firearms_traced', cite });
    const span = { from: null, to: null };
    const i = traced([
      {
        period: '2017-2022',
        ...span,
        total: fig(100),
        us: fig(70),
        share: { ...fig(70), computed: true },
      },
      {
        period: '2014-2018',
        ...span,
        total: null,
        us: null,
        share: { ...fig(70), computed: false },
      },
      { period: '2016', ...span, total: null, us: fig(5), share: null },
    ]);
    expect(i.periods).toBe(true);
    expect(i.points.map((p) => [p.label, p.value, p.share, p.cite?.href])).toEqual([
      ['2017–2022', 100, 70, 'https://a.example'],
      ['2014–2018', null, 70, 'https://a.example'],
    ]);
  });

  it('sums dealers of the four border states only', () => {
    const i = borderDealers(
      [
        f({ state: 'TX', dealers_2020: 10 }),
        f({ state: 'AZ', dealers_2020: 5 }),
        f({ state: 'NV', dealers_2020: 99 }),
      ],
      [2020],
    );
    expect(i.points).toEqual([{ label: '2020', value: 15 }]);
  });

  it('counts penalized inspections per completion year', () => {
    const i = penalized([f({ year: 2016 }), f({ year: 2016 }), f({ year: null })]);
    expect(i.points.map((p) => [p.label, p.value])).toEqual([['2016', 2]]);
  });
});
