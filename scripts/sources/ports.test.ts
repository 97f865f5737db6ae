import { describe, expect, it } from 'vitest';
import { parseMonth, separateDuplicates } from './ports';

const port = (code: string, lon: number, lat: number, alt: [number, number] | null) => ({
  code,
  name: code,
  state: 'California',
  lon,
  lat,
  coordSource: 'bts_2020-2021_extract',
  alt,
});

describe('separateDuplicates', () => {
  it('moves a port that shares coordinates with another to its older BTS location when that differs', () => {
    const [calexico, east, other] = separateDuplicates([
      port('2503', -115.388, 32.673, [-115.5, 32.66]),
      port('2507', -115.388, 32.673, [-115.39, 32.67]),
      port('2504', -117.029, 32.543, [-117.03, 32.54]),
    ]);
    expect([calexico?.lon, calexico?.lat, calexico?.coordSource]).toEqual([
      -115.5,
      32.66,
      'bts_2019_location (extract duplicated another port)',
    ]);
    expect([east?.lon, east?.lat, east?.coordSource]).toEqual([
      -115.388,
      32.673,
      'bts_2020-2021_extract',
    ]);
    expect(other?.lon).toBe(-117.029);
  });
});

describe('parseMonth', () => {
  it('reads BTS "Mon YYYY" dates only', () => {
    expect(parseMonth('May 2022')).toEqual({ year: 2022, month: 5 });
    expect(parseMonth('2022-05-01')).toBeNull();
    expect(parseMonth('Mai 2022')).toBeNull();
  });
});
