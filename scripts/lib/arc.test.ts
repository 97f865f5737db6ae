import { distance, greatCircle, point, pointToLineDistance, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { arc, ARC_STEP_KM } from './arc';

describe('arc', () => {
  it('is a straight segment for a short hop', () => {
    expect(arc([-106.4, 31.7], [-106.45, 31.75])).toEqual([
      [-106.4, 31.7],
      [-106.45, 31.75],
    ]);
  });

  it('has a vertex about every step, ends on both places, and stays on the great circle', () => {
    const [a, b] = [
      [-111.9, 40.8],
      [-110.9, 31.3],
    ]; // Salt Lake City → Nogales, ≈ 1,060 km
    const line = arc(a, b);
    expect(line[0]).toEqual(a);
    expect(line.at(-1)![0]).toBeCloseTo(b[0]!, 6);
    expect(line.at(-1)![1]).toBeCloseTo(b[1]!, 6);
    const km = distance(a, b);
    expect(line.length).toBe(Math.ceil(km / ARC_STEP_KM) + 1);
    for (let i = 1; i < line.length; i++)
      expect(distance(line[i - 1]!, line[i]!)).toBeLessThanOrEqual(ARC_STEP_KM);
    // Every point of the finely sampled circle is within a kilometre of the coarse line.
    const fine = greatCircle(point(a), point(b), { npoints: 200 }).geometry
      .coordinates as number[][];
    const coarse = lineString(line);
    for (const p of fine) expect(pointToLineDistance(point(p), coarse)).toBeLessThan(1);
  });
});
