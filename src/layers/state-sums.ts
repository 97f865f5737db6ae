// Series a layer sums over one U.S. state (its counties' dealers, the firearms bought there, the
// inspections of its dealers), for a state's profile. A sum is only as whole as its parts: a
// year where a county has no figure or lost source rows is flagged, never quietly summed.
import type { LayerFeature, Props } from '../data/load';
import { t, type Text } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import type { SeriesPoint } from './types';

export interface SummedSeries {
  metric: string;
  label: Text;
  points: SeriesPoint[];
  /** Years whose sum is incomplete, and why. */
  partial: { year: number; note: string }[];
  /** What the series leaves out whatever the year ("12 more have no purchase year"). */
  note?: string;
}

const TEXT = {
  noFigure: {
    en: '{n} of the state’s {of} counties have no figure',
    es: '{n} de los {of} condados del estado no tienen cifra',
  },
  lost: {
    en: '{n} source rows of its counties were lost',
    es: 'se perdieron {n} filas de la fuente de sus condados',
  },
} satisfies Record<string, Text>;

/** Every year from the first to the last (a count of case records is 0, not unknown, between). */
export const yearSpan = (years: readonly number[]): number[] =>
  years.length === 0
    ? []
    : Array.from({ length: years.at(-1)! - years[0]! + 1 }, (_, i) => years[0]! + i);

/**
 * Sums `value` over the features of a state (`inState`) for each year. A year where a feature
 * has no value, or where `lost` reports source rows lost for a feature, is partial, with the
 * counts said in the reader's language; a year where no feature has a value is a gap (null).
 */
export function sumOverState(
  features: LayerFeature[],
  years: readonly number[],
  value: (p: Props, year: number) => number | null,
  lost: (p: Props, year: number) => number,
  lang: Lang,
): Pick<SummedSeries, 'points' | 'partial'> {
  const partial: { year: number; note: string }[] = [];
  const points = years.map((year) => {
    let sum = 0;
    let missing = 0;
    let lostRows = 0;
    for (const f of features) {
      const v = value(f.properties, year);
      if (v === null) missing++;
      else sum += v;
      lostRows += lost(f.properties, year);
    }
    const why = [
      missing > 0 &&
        t(lang, TEXT.noFigure, {
          n: formatNumber(missing, lang),
          of: formatNumber(features.length, lang),
        }),
      lostRows > 0 && t(lang, TEXT.lost, { n: formatNumber(lostRows, lang) }),
    ].filter((x): x is string => Boolean(x));
    const value_ = missing === features.length ? null : sum;
    if (why.length && value_ !== null) partial.push({ year, note: why.join('; ') });
    return { year, value: value_ };
  });
  return { points, partial };
}

/** Counts records per year (`yearOf`), over every year of `years`; records with no year apart. */
export function countByYear(
  records: LayerFeature[],
  years: readonly number[],
  yearOf: (p: Props) => number | null,
): { points: SeriesPoint[]; undated: number } {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const r of records) {
    const y = yearOf(r.properties);
    if (y === null) undated++;
    else counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return { points: years.map((year) => ({ year, value: counts.get(year) ?? 0 })), undated };
}
