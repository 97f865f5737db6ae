import { describe, expect, it } from 'vitest';
import { formatCompact, formatNumber } from './format';

describe('formatNumber', () => {
  it('uses each language’s separators and shows gaps as a dash', () => {
    expect(formatNumber(30046, 'en')).toBe('30,046');
    expect(formatNumber(30046, 'es')).toBe('30,046');
    expect(formatNumber(23.456, 'en', 1)).toBe('23.5');
    expect(formatNumber(null, 'en')).toBe('—');
    expect(formatNumber(NaN, 'es')).toBe('—');
  });

  it('abbreviates large numbers for legends', () => {
    expect(formatCompact(12300, 'en')).toBe('12.3K');
    expect(formatCompact(12300, 'es')).toMatch(/^12[.,]3\s?(k|mil)$/);
  });
});
