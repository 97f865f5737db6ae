// What the editor's callout picker offers for a layer, and the formula a choice makes: the
// presenter picks an operation, a measure, years and an optional filter; the number is always
// computed from the data (formulas.ts), never typed.
import type { LayerEntry } from '../data/manifest';
import type { Formula, Where } from './formulas';

/** A number a layer has: a yearly series (`homicides_<YYYY>`) or a single field (`firearms`). */
export interface Measure {
  field: string;
  /** The years of a series; empty for a single field. */
  years: number[];
}

type FieldType = LayerEntry['fields'][number]['type'];
const NUMERIC = new Set<string>(['int', 'double']);

export function measures(entry: Pick<LayerEntry, 'fields'>): Measure[] {
  const out = new Map<string, number[]>();
  for (const f of entry.fields) {
    if (!NUMERIC.has(f.type)) continue;
    // A labelled period (`traced_2015_2022`) is one number, not a year of a series.
    const m = /_\d{4}_\d{4}$/.test(f.name) ? null : /^(.+)_(\d{4})$/.exec(f.name);
    if (m) out.set(m[1]!, [...(out.get(m[1]!) ?? []), Number(m[2])]);
    else out.set(f.name, []);
  }
  return [...out].map(([field, years]) => ({ field, years: years.sort((a, b) => a - b) }));
}

/** Fields a callout can filter on (`where`): text and yes/no fields, and single numbers. */
export function filterFields(entry: Pick<LayerEntry, 'fields'>): LayerEntry['fields'] {
  return entry.fields.filter(
    (f) =>
      !/_\d{4}(_\d{4})?$/.test(f.name) &&
      (f.type === 'string' || f.type === 'bool' || NUMERIC.has(f.type)),
  );
}

/** A filter value as the data holds it: numbers and yes/no read from the field's type. */
export function whereValue(type: FieldType, text: string): string | number | boolean {
  if (type === 'bool') return text === 'true';
  if (NUMERIC.has(type)) {
    const n = Number(text);
    if (!Number.isFinite(n)) throw new Error(`"${text}" is not a number`);
    return n;
  }
  return text;
}

export interface Choice {
  op: Formula['op'];
  layer: string;
  /** sum, change: the measure; share: the part. */
  field?: string;
  /** share: the whole. */
  whole?: string;
  /** sum, share: the year (a yearly measure needs one); change: from and to. */
  year?: number;
  from?: number;
  to?: number;
  where?: Where;
}

/** The formula for a choice, or what is still missing, in words. */
export function formulaFor(c: Choice, entry: Pick<LayerEntry, 'fields'>): Formula | string {
  const ms = new Map(measures(entry).map((m) => [m.field, m]));
  const where = c.where && Object.keys(c.where).length ? { where: c.where } : {};
  const measure = (name: string | undefined, role: string) => {
    const m = name === undefined ? undefined : ms.get(name);
    return m ?? `choose ${role}`;
  };
  const yearOf = (m: Measure) =>
    m.years.length === 0
      ? undefined
      : c.year !== undefined && m.years.includes(c.year)
        ? c.year
        : null;
  switch (c.op) {
    case 'count':
      return { op: 'count', layer: c.layer, ...where };
    case 'sum': {
      const m = measure(c.field, 'a number to add up');
      if (typeof m === 'string') return m;
      const year = yearOf(m);
      if (year === null) return `choose a year of ${m.field} (${m.years[0]}–${m.years.at(-1)})`;
      return {
        op: 'sum',
        layer: c.layer,
        field: m.field,
        ...(year === undefined ? {} : { year }),
        ...where,
      };
    }
    case 'change': {
      const m = measure(c.field, 'a yearly number');
      if (typeof m === 'string') return m;
      if (!m.years.length) return `${m.field} has no years to compare`;
      if (
        c.from === undefined ||
        c.to === undefined ||
        !m.years.includes(c.from) ||
        !m.years.includes(c.to)
      )
        return `choose two years of ${m.field} (${m.years[0]}–${m.years.at(-1)})`;
      return { op: 'change', layer: c.layer, field: m.field, from: c.from, to: c.to, ...where };
    }
    case 'share': {
      const part = measure(c.field, 'the part');
      const whole = measure(c.whole, 'the whole');
      if (typeof part === 'string') return part;
      if (typeof whole === 'string') return whole;
      const year = yearOf(part);
      if (year === null || (year !== undefined && !whole.years.includes(year)))
        return `choose a year that both ${part.field} and ${whole.field} have`;
      return {
        op: 'share',
        layer: c.layer,
        part: part.field,
        whole: whole.field,
        ...(year === undefined ? {} : { year }),
        ...where,
      };
    }
  }
}
