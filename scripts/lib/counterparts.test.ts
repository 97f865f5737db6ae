import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { counterparts, type UnitShape } from './counterparts';

// An east–west border along latitude 30 from -110 to -100 (vertices every 0.1°, as a real
// border line has, so great circles between them stay on the parallel); Mexico is south of it.
const border: Position[][] = [Array.from({ length: 101 }, (_, i) => [-110 + i / 10, 30])];
const isMexico = ([, y]: Position) => y! < 30;
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});
const us: UnitShape[] = [
  { agency: 'usbp', unit: 'West', coverage: 'whole', geometry: box(-110, 30, -105, 33) },
  { agency: 'usbp', unit: 'East', coverage: 'part', geometry: box(-105, 30, -100, 33) },
  { agency: 'ofo', unit: 'Office', coverage: 'ports', geometry: box(-108, 29.5, -106, 30.5) },
];
const mx: UnitShape[] = [
  { agency: 'fgr', unit: 'A', coverage: 'whole', geometry: box(-110, 25, -102, 30) },
];

describe('counterparts across the border', () => {
  const r = counterparts(border, isMexico, us, mx, [
    { code: '1', name: 'Port One', at: [-107, 30], office: 'Office' },
    { code: '2', name: 'Port Two', at: [-101, 30], office: null },
  ]);

  it('pairs the units whose areas face each other, with the km they share', () => {
    const km = (u: string, m: string) =>
      r.pairs.find((p) => p.us_unit === u && p.mx_unit === m)?.border_km;
    expect(r.borderKm).toBeGreaterThan(950);
    // West spans 5° of longitude at 30°N (≈ 482 km), all facing A.
    expect(km('West', 'A')).toBeGreaterThan(470);
    expect(km('West', 'A')).toBeLessThan(495);
    // East faces A only where A reaches (-105 to -102, ≈ 289 km), and says it is "part".
    expect(km('East', 'A')).toBeGreaterThan(275);
    expect(km('East', 'A')).toBeLessThan(300);
    expect(r.pairs.find((p) => p.us_unit === 'East')!.us_coverage).toBe('part');
  });

  it('joins a field office through its ports, never through its hull', () => {
    const office = r.pairs.filter((p) => p.us_unit === 'Office');
    expect(office).toEqual([
      expect.objectContaining({ mx_unit: 'A', border_km: 0, ports: ['Port One'] }),
    ]);
  });

  it('measures where an agency has no known unit as a gap', () => {
    // FGR has nothing east of -102: ≈ 193 km of gap; the Border Patrol none.
    const fgr = r.gaps.find((g) => g.agency === 'fgr')!.km;
    expect(fgr).toBeGreaterThan(180);
    expect(fgr).toBeLessThan(205);
    expect(r.gaps.find((g) => g.agency === 'usbp')!.km).toBe(0);
    expect(r.gaps.some((g) => g.agency === 'ofo')).toBe(false);
  });

  it('counts as walked only the stretches that divide the two countries', () => {
    // The line runs on 2° past the border's end, into the sea: both sides are "not Mexico".
    const long: Position[][] = [Array.from({ length: 121 }, (_, i) => [-110 + i / 10, 30])];
    const ends = ([x, y]: Position) => y! < 30 && x! < -100;
    const walked = counterparts(long, ends, us, mx, []).borderKm;
    expect(walked).toBeGreaterThan(950);
    expect(walked).toBeLessThan(975);
    expect(counterparts(long, isMexico, us, mx, []).borderKm).toBeGreaterThan(1150);
  });
});
