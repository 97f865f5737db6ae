import type { MultiPolygon, Position } from 'geojson';
import type { Triangle } from 'topojson-simplify';
import { describe, expect, it } from 'vitest';
import { basemapWeight, FAR_NORTH, NORTH_DISCOUNT, westernParts } from './basemap-shape';

const box = (x0: number, y0: number, x1: number, y1: number): Position[][] => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const multi = (...polys: Position[][][]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: polys,
});

describe('westernParts', () => {
  it('keeps the parts in the Americas and drops the rest of the country', () => {
    const guiana = box(-54, 2, -51, 6);
    const france = box(-5, 42, 8, 51);
    expect(westernParts(multi(guiana, france))).toEqual(multi(guiana));
  });

  it('drops a ring that wraps round the antimeridian (drawn as a band across the map)', () => {
    const wrapped = box(-180, 41, 180, 78);
    const chukotka = box(-180, 64, -169, 70);
    expect(westernParts(multi(wrapped, chukotka))).toEqual(multi(chukotka));
  });

  it('keeps Hawaii and the Aleutians east of the antimeridian', () => {
    const hawaii = box(-160, 18, -154, 22);
    expect(westernParts(multi(hawaii))).toEqual(multi(hawaii));
  });

  it('returns null when no part is left', () => {
    expect(westernParts(multi(box(30, 40, 60, 70)))).toBeNull();
  });
});

describe('basemapWeight', () => {
  const at = (lat: number): Triangle => [
    [-100, lat],
    [-99, lat + 1],
    [-98, lat],
  ];
  it('is the triangle area where the map tells its story', () => {
    expect(basemapWeight(at(30))).toBeCloseTo(1);
  });
  it('discounts triangles wholly north of the far-north line', () => {
    expect(basemapWeight(at(FAR_NORTH + 1))).toBeCloseTo(1 / NORTH_DISCOUNT);
    // A triangle touching the line still counts in full: the U.S.–Canada border keeps its detail.
    expect(basemapWeight(at(FAR_NORTH - 0.5))).toBeCloseTo(1);
  });
});
