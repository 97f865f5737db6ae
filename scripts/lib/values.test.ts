import { describe, expect, it } from 'vitest';
import { count, num, year } from './values';

describe('raw value readers', () => {
  it('reads counts written as integers or pandas floats, and nothing else', () => {
    expect(count('16')).toBe(16);
    expect(count('16.0')).toBe(16);
    expect(count('1,152')).toBe(1152);
    expect(count('16.5')).toBeNull();
    expect(count('-3')).toBeNull();
    expect(count('')).toBeNull();
    expect(count('Undetermined')).toBeNull();
  });

  it('reads decimals and treats NA and blanks as missing', () => {
    expect(num('-115.388')).toBe(-115.388);
    expect(num('NA')).toBeNull();
    expect(num(' ')).toBeNull();
    expect(num('abc')).toBeNull();
  });

  it('reads years in range only', () => {
    expect(year('2015', 2015, 2025)).toBe(2015);
    expect(year('2014', 2015, 2025)).toBeNull();
    expect(year('15', 2000, 2030)).toBeNull();
  });
});
