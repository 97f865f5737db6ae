import { describe, expect, it } from 'vitest';
import { KeySet } from './keyset';

describe('KeySet', () => {
  it('finds every repeated key among many, telling exact copies from differing rows', () => {
    const keys = new KeySet();
    const n = 200_000;
    let fresh = 0;
    for (let i = 0; i < n; i++) if (keys.add(`k${i}|2019`, `row ${i}`, i + 2) === null) fresh++;
    expect(fresh).toBe(n);
    expect(keys.size).toBe(n);
    // Every key again: all found, whatever their hash (half have the top bit set).
    let right = 0;
    for (let i = 0; i < n; i++) {
      const seen = keys.add(`k${i}|2019`, i % 2 ? `row ${i}` : 'other', n + i + 2);
      if (seen && seen.line === i + 2 && seen.same === (i % 2 === 1)) right++;
    }
    expect(right).toBe(n);
    expect(keys.size).toBe(n);
  });
});
