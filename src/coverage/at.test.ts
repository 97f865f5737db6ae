import { describe, expect, it } from 'vitest';
import { atParam, parseAt } from './at';

describe('the point in the link', () => {
  it('reads and writes the point in the link', () => {
    expect(parseAt('-110.9400,31.3300')).toEqual([-110.94, 31.33]);
    expect(parseAt('200,10')).toBeNull();
    expect(parseAt('a,b')).toBeNull();
    expect(atParam([-110.94, 31.33])).toBe('-110.9400,31.3300');
  });
});
