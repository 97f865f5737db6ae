import { describe, expect, it } from 'vitest';
import {
  CHANGE_BREAKS,
  CHANGE_COLORS,
  change,
  changeClass,
  changeColor,
  changeLegend,
  formatChange,
  notComparable,
} from './compare';

const meta = {
  years: [2019, 2020, 2021, 2025],
  partialYears: [{ year: 2025, note: 'January–June only', noteEs: 'solo enero–junio' }],
};

describe('comparing two years', () => {
  it('measures the change in units and per cent, with no percentage from zero', () => {
    expect(change(200, 250)).toEqual({ from: 200, to: 250, abs: 50, pct: 25 });
    expect(change(0, 3)).toEqual({ from: 0, to: 3, abs: 3, pct: null });
    expect(change(null, 3)).toBeNull();
    expect(change(4, null)).toBeNull();
  });

  it('puts a change in one of seven classes, falls purple and rises orange', () => {
    expect(CHANGE_COLORS).toHaveLength(CHANGE_BREAKS.length + 1);
    expect([-80, -50, -30, -10, 0, 9.9, 10, 30, 50, 300].map(changeClass)).toEqual([
      0, 0, 1, 2, 3, 3, 4, 5, 6, 6,
    ]);
    const [r, , b] = CHANGE_COLORS[6]!;
    expect(r).toBeGreaterThan(b); // orange
    const [r0, , b0] = CHANGE_COLORS[0]!;
    expect(b0).toBeGreaterThan(r0); // purple
    expect(changeColor(change(0, 5))).toBeNull();
  });

  it('writes the change with its sign in both languages', () => {
    expect(formatChange(change(1000, 1234), 'en')).toBe('+234 (+23.4 %)');
    expect(formatChange(change(1234, 1000), 'es')).toBe('−234 (−19 %)');
    expect(formatChange(change(0, 3), 'en')).toBe('+3 (—)');
    expect(formatChange(null, 'en')).toBe('—');
  });

  it('refuses a partial or missing year, or the same year twice, and says why', () => {
    expect(notComparable(meta, 2019, 2021, 'en')).toBeNull();
    expect(notComparable(meta, 2019, 2025, 'en')).toBe(
      'No change drawn: 2025 is a partial year (January–June only).',
    );
    expect(notComparable(meta, 2018, 2021, 'es')).toBe(
      'No se dibuja el cambio: esta capa no tiene datos de 2018.',
    );
    expect(notComparable(meta, 2020, 2020, 'en')).toMatch(/two different years/);
  });

  it('labels the legend from the class limits, with a "no value" entry last', () => {
    const entries = changeLegend(2019, 'en', [205, 205, 205]);
    expect(entries.map((e) => e.label)).toEqual([
      '−50 % or less',
      '−50 … −25 %',
      '−25 … −10 %',
      'about the same (under ±10 %)',
      '+10 … +25 %',
      '+25 … +50 %',
      '+50 % or more',
      'no value in one of the years, or 0 in 2019',
    ]);
    expect(entries.at(-1)).toMatchObject({ shape: 'fill', color: [205, 205, 205] });
  });
});
