// Callout numbers are formulas over the layers, evaluated when a scene is shown: a briefing never
// carries a typed-in number that could drift from the data.
import { featureKey, lostFor } from '../data/incomplete';
import type { LayerFeature } from '../data/load';
import type { LayerEntry } from '../data/manifest';
import { formatNumber, type Lang } from '../lib/format';

/** Features whose properties equal the value (or one of the values) for every key. */
export type Where = Record<string, string | number | boolean | (string | number)[]>;

export type Formula =
  | { op: 'sum'; layer: string; field: string; year?: number; where?: Where }
  | { op: 'count'; layer: string; where?: Where }
  | { op: 'change'; layer: string; field: string; from: number; to: number; where?: Where }
  | { op: 'share'; layer: string; part: string; whole: string; year?: number; where?: Where };

const fieldName = (field: string, year?: number) =>
  year === undefined ? field : `${field}_${year}`;

function matches(f: LayerFeature, where: Where | undefined): boolean {
  if (!where) return true;
  return Object.entries(where).every(([k, v]) =>
    Array.isArray(v) ? v.includes(f.properties[k] as never) : f.properties[k] === v,
  );
}

function sum(data: LayerFeature[], field: string, where?: Where): number | null {
  let total = 0;
  let any = false;
  for (const f of data) {
    if (!matches(f, where)) continue;
    const v = f.properties[field];
    if (typeof v === 'number') {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
}

export interface Result {
  value: number | null;
  /** Formatted for the reader: "+73 %", "24,448", "70.6 %". */
  text: string;
}

/** Evaluates a callout formula; a missing value is shown as a gap ("—"), never as zero. */
export function evaluate(
  formula: Formula,
  data: Record<string, LayerFeature[] | undefined>,
  lang: Lang,
): Result {
  const d = data[formula.layer];
  if (!d) return { value: null, text: '…' };
  switch (formula.op) {
    case 'sum': {
      const v = sum(d, fieldName(formula.field, formula.year), formula.where);
      return { value: v, text: formatNumber(v, lang) };
    }
    case 'count': {
      const v = d.filter((f) => matches(f, formula.where)).length;
      return { value: v, text: formatNumber(v, lang) };
    }
    case 'change': {
      const a = sum(d, fieldName(formula.field, formula.from), formula.where);
      const b = sum(d, fieldName(formula.field, formula.to), formula.where);
      const v = a && b !== null ? ((b - a) / a) * 100 : null;
      return {
        value: v,
        text: v === null ? '—' : `${v >= 0 ? '+' : '−'}${formatNumber(Math.abs(v), lang, 0)} %`,
      };
    }
    case 'share': {
      const part = sum(d, fieldName(formula.part, formula.year), formula.where);
      const whole = sum(d, fieldName(formula.whole, formula.year), formula.where);
      const v = part !== null && whole ? (part / whole) * 100 : null;
      return { value: v, text: v === null ? '—' : `${formatNumber(v, lang, 1)} %` };
    }
  }
}

/** The years a formula reads (an empty list: every feature whatever its year). */
function yearsOf(formula: Formula): number[] {
  switch (formula.op) {
    case 'sum':
    case 'share':
      return formula.year === undefined ? [] : [formula.year];
    case 'change':
      return [formula.from, formula.to];
    case 'count':
      return [];
  }
}

export interface Qualifiers {
  /** Years the formula reads that are partial (January–June 2025…), with their notes. */
  partial: LayerEntry['partialYears'];
  /** Source rows lost that the formula's figures would have counted. */
  lostRows: number;
}

/**
 * What qualifies a callout's number, so the briefing says it next to the number: the partial
 * years it reads, and the source rows lost by the features it sums (their own) or by the layer.
 */
export function qualify(formula: Formula, entry: LayerEntry, data: LayerFeature[]): Qualifiers {
  const years = yearsOf(formula);
  const partial = entry.partialYears.filter((p) => years.includes(p.year));
  const keys = new Set(
    data.filter((f) => matches(f, formula.where)).map((f) => featureKey(entry, f.properties)),
  );
  let lostRows = 0;
  for (const year of years.length ? years : [null]) {
    lostRows += lostFor(entry, null, year).layer;
    for (const k of keys) if (k !== null) lostRows += lostFor(entry, k, year).own;
  }
  return { partial, lostRows };
}
