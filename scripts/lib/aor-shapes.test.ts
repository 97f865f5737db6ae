import { area, booleanPointInPolygon, circle } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolve, labelPoint, portHull, thin } from './aor-shapes';

/** An axis-aligned rectangle from (x0, y0) to (x1, y1). */
const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
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

/** Four bars around a square gap of side `gap` degrees. */
const ring = (gap: number) => [
  rect(0, 0, 2 + gap, 1),
  rect(0, 1 + gap, 2 + gap, 2 + gap),
  rect(0, 1, 1, 1 + gap),
  rect(1 + gap, 1, 2 + gap, 1 + gap),
];

describe('dissolve', () => {
  it('merges adjacent members into one polygon with their combined area', () => {
    const a = rect(-101, 25, -100, 26);
    const b = rect(-100, 25, -99, 26);
    const g = dissolve([a, b]);
    expect(g.coordinates).toHaveLength(1);
    expect(area(g) / (area(a) + area(b))).toBeCloseTo(1, 6);
  });

  it('fills sliver gaps between neighbours but keeps a real enclave', () => {
    // 0.01° ≈ 1 km: a sliver; 1° ≈ 110 km: a state-sized hole.
    expect(dissolve(ring(0.01)).coordinates[0]).toHaveLength(1);
    expect(dissolve(ring(1)).coordinates[0]).toHaveLength(2);
  });
});

describe('portHull', () => {
  it('buffers the hull of three or more ports, and a line or a disc for fewer', () => {
    const ports: [number, number][] = [
      [-97.5, 25.9],
      [-100.9, 29.36],
      [-99.5, 27.5],
    ];
    const hull = portHull(ports, 15);
    for (const p of ports) expect(booleanPointInPolygon(p, hull)).toBe(true);
    // 10 km east of Brownsville is inside the 15 km margin; 30 km east is not.
    expect(booleanPointInPolygon([-97.5 + 10 / 100, 25.9], hull)).toBe(true);
    expect(booleanPointInPolygon([-97.5 + 30 / 100, 25.9], hull)).toBe(false);
    expect(portHull(ports.slice(0, 2), 15).coordinates).toHaveLength(1);
    const disc = portHull([[-106.4, 31.7]], 15);
    expect(area(disc) / area(circle([-106.4, 31.7], 15))).toBeCloseTo(1, 1);
  });
});

describe('thin and labelPoint', () => {
  it('rounds to 4 decimals and labels a C-shaped area inside it', () => {
    const d = 0.0000123; // off the 4-decimal grid
    const g = thin(
      dissolve([
        rect(d, d, 3 + d, 1 + d),
        rect(d, 1 + d, 1 + d, 2 + d),
        rect(d, 2 + d, 3 + d, 3 + d),
      ]),
    );
    const onGrid = (v: number) => v === Math.round(v * 1e4) / 1e4;
    expect(g.coordinates.flat(2).every(([x, y]) => onGrid(x!) && onGrid(y!))).toBe(true);
    // The centre of mass of a C falls in its mouth; the label must not.
    const [lon, lat] = labelPoint(g);
    expect(booleanPointInPolygon([lon, lat], g)).toBe(true);
  });
});
