// Helpers for the `<metric>_<YYYY>` fields the pipeline writes.
import type { LayerFeature, Props } from '../data/load';
import { quantileBreaks } from '../lib/classes';
import type { SeriesPoint } from './types';

export function num(p: Props, field: string): number | null {
  const v = p[field];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The distinct years `yearOf` gives across the data, ascending (features without one left out). */
export function distinctYears(
  data: LayerFeature[],
  yearOf: (f: LayerFeature) => number | null,
): number[] {
  const ys = new Set<number>();
  for (const f of data) {
    const y = yearOf(f);
    if (y !== null) ys.add(y);
  }
  return [...ys].sort((a, b) => a - b);
}

/** Years in `candidates` for which at least one feature has a value of `value(p, year)`. */
export function yearsWithData(
  data: LayerFeature[],
  candidates: readonly number[],
  value: (p: Props, y: number) => number | null,
): number[] {
  return candidates.filter((y) => data.some((f) => value(f.properties, y) !== null));
}

export function series(
  p: Props,
  years: readonly number[],
  value: (p: Props, y: number) => number | null,
): SeriesPoint[] {
  return years.map((year) => ({ year, value: value(p, year) }));
}

const breakCache = new WeakMap<LayerFeature[], Map<string, number[]>>();

/**
 * Class breaks over every year of a metric, cached per data array: computed once, then the
 * colours of every year compare.
 */
export function breaksFor(
  data: LayerFeature[],
  key: string,
  years: readonly number[],
  value: (p: Props, y: number) => number | null,
  classes: number,
): number[] {
  let m = breakCache.get(data);
  if (!m) breakCache.set(data, (m = new Map()));
  let b = m.get(key);
  if (!b) {
    const values: number[] = [];
    for (const f of data)
      for (const y of years) {
        const v = value(f.properties, y);
        if (v !== null) values.push(v);
      }
    b = quantileBreaks(values, classes);
    m.set(key, b);
  }
  return b;
}

/** Range labels for a legend: "< 10", "10–20", "≥ 40". */
export function classLabels(breaks: readonly number[], fmt: (v: number) => string): string[] {
  if (breaks.length === 0) return ['all'];
  return [
    `< ${fmt(breaks[0]!)}`,
    ...breaks.slice(1).map((b, i) => `${fmt(breaks[i]!)}–${fmt(b)}`),
    `≥ ${fmt(breaks.at(-1)!)}`,
  ];
}
