import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, chartLayout, stageUnits } from './chart-layout';

describe('chartLayout', () => {
  it('keeps the explorer’s chart as it was drawn', () => {
    expect(chartLayout(false, null)).toMatchObject({ base: 76, height: 96, yearY: 90, maxY: 9 });
    expect(chartLayout(true, null)).toMatchObject({ left: 34, height: 130, periodY: 86 });
  });

  it('on the stage, keeps every label inside the chart and clear of the bars', () => {
    for (const text of [10, 14, 20]) {
      const years = chartLayout(false, text);
      // The maximum's label sits wholly above the tallest bar, inside the top edge.
      expect(years.maxY - text).toBeGreaterThanOrEqual(0);
      expect(years.maxY).toBeLessThanOrEqual(years.top);
      // Year labels sit below the bars and inside the bottom edge.
      expect(years.yearY - text).toBeGreaterThanOrEqual(years.base);
      expect(years.yearY).toBeLessThanOrEqual(years.height);
      const periods = chartLayout(true, text);
      const length = periods.maxChars * 0.55 * text;
      const rad = (-periods.angle * Math.PI) / 180;
      expect(periods.periodY + length * Math.sin(rad)).toBeLessThanOrEqual(periods.height);
      expect(periods.left).toBeGreaterThanOrEqual(length * Math.cos(rad) - 1);
    }
  });

  it('finds the text size that renders at the asked px, the viewBox widening with it', () => {
    for (const periods of [false, true]) {
      const t = stageUnits(24, 560, periods);
      const { left } = chartLayout(periods, t);
      // Rendered size = units × (page px per SVG unit).
      expect(t * (560 / (CHART_WIDTH + left))).toBeCloseTo(24, 6);
    }
  });
});
