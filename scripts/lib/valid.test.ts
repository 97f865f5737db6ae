import type { MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { invalidity, makeValid, repairPolygons } from './valid';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
// A ring that crosses itself in the middle, as simplification can leave one.
const bowtie: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  ],
};
// A county outline with an island that rounding collapsed to a line.
const collapsed: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    square.coordinates,
    [
      [
        [2, 2],
        [2.0001, 2.0001],
        [2, 2],
      ],
    ],
  ],
};

describe('polygon validity', () => {
  it('names what GEOS would object to', () => {
    expect(invalidity(square)).toBeNull();
    expect(invalidity(bowtie)).toMatch(/Self-intersection near 0\.5000, 0\.5000/);
    expect(invalidity(collapsed)).toMatch(/Too few points|Invalid/i);
  });

  it('repairs a crossing ring into both lobes and drops a collapsed one, keeping the area', () => {
    const b = makeValid(bowtie);
    expect(invalidity(b)).toBeNull();
    expect(b.coordinates).toHaveLength(2);
    expect(area(b)).toBeCloseTo(
      area({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.5, 0.5],
            [0, 1],
            [0, 0],
          ],
        ],
      }) * 2,
      -3,
    );
    const c = makeValid(collapsed);
    expect(invalidity(c)).toBeNull();
    expect(c.coordinates).toHaveLength(1);
    expect(area(c)).toBeCloseTo(area(square), -3);
  });

  it('snaps repaired vertices to the 4-decimal grid of our layers', () => {
    const skew: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0.3333],
          [1, 0],
          [0, 0.7777],
          [0, 0],
        ],
      ],
    };
    const coords = makeValid(skew).coordinates.flat(2);
    for (const v of coords.flat()) expect(Math.round(v * 1e4) / 1e4).toBe(v);
  });

  it('repairs only invalid features, counts them and leaves valid ones untouched', () => {
    const valid = { geometry: square, properties: { fips: '01001' } };
    const features = [
      valid,
      { geometry: bowtie as Polygon | MultiPolygon, properties: { fips: '01003' } },
    ];
    expect(repairPolygons('dealers', features, 'fips')).toEqual({ repaired: 1, noArea: [] });
    expect(features[0]!.geometry).toBe(square);
    expect(invalidity(features[1]!.geometry)).toBeNull();
  });

  it('empties and names an outline that has no area in the source, keeping its row', () => {
    const line: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 0],
          [0, 0],
        ],
      ],
    };
    const features = [
      {
        geometry: line as Polygon | MultiPolygon,
        properties: { fips: '51610', name: 'Falls Church' },
      },
    ];
    expect(repairPolygons('dealers', features, 'fips')).toEqual({
      repaired: 0,
      noArea: ['Falls Church (fips 51610)'],
    });
    expect(features[0]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [] });
  });

  it('fails naming the layer and feature when an outline with an area would vanish', () => {
    const tiny: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.00002, 0.00002],
          [0.00002, 0],
          [0, 0.00002],
          [0, 0],
        ],
      ],
    };
    expect(() =>
      repairPolygons('traces', [{ geometry: tiny, properties: { state: 'CA' } }], 'state'),
    ).toThrow(/layer traces, state CA.*cannot be repaired/);
  });
});
