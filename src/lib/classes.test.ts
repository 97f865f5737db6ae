import { describe, expect, it } from 'vitest';
import { classIndex, nice, quantileBreaks } from './classes';

describe('nice', () => {
  it('keeps two significant digits', () => {
    expect(nice(1234)).toBe(1200);
    expect(nice(0.0456)).toBeCloseTo(0.046);
    expect(nice(87.3)).toBe(87);
    expect(nice(0)).toBe(0);
  });
});

describe('quantileBreaks', () => {
  it('splits values into classes of similar size', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantileBreaks(values, 5)).toEqual([21, 41, 61, 81]);
  });

  it('drops duplicate breaks in lumpy data and ignores missing values', () => {
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 1, 2, NaN], 4)).toEqual([1]);
    expect(quantileBreaks([], 5)).toEqual([]);
  });
});

describe('classIndex', () => {
  it('puts a value at a break in the class above it', () => {
    expect(classIndex(5, [10, 20])).toBe(0);
    expect(classIndex(10, [10, 20])).toBe(1);
    expect(classIndex(25, [10, 20])).toBe(2);
  });
});
