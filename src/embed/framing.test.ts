import { describe, expect, it } from 'vitest';
import { mercatorAspect } from './framing';

describe('the shape of an area on the map', () => {
  it('is square for a square at the equator and taller towards the poles', () => {
    expect(mercatorAspect([-1, -1, 1, 1])).toBeCloseTo(1, 3);
    // The same 10° × 10° box is taller in Mercator at 30–40°N than at 0–10°N.
    const low = mercatorAspect([-100, 0, -90, 10]);
    const high = mercatorAspect([-100, 30, -90, 40]);
    expect(low).toBeCloseTo(1.0, 1);
    expect(high).toBeGreaterThan(1.2);
    // The border region, wider than tall.
    expect(mercatorAspect([-118, 14, -86, 33])).toBeCloseTo(0.65, 2);
  });
});
