// What the yearly layer kinds share: a layer declared as data (its metrics, its place names,
// its texts) over `<metric>_<YYYY>` fields, with the years read from the manifest entry, never
// typed in a layer module — a new data year appears with no code change.
import type { LayerEntry } from '../../data/manifest';
import type { LayerFeature, Props } from '../../data/load';
import { formatNumber, type Lang } from '../../lib/format';
import { t, type Text } from '../../i18n/strings';
import type { Group, LayerDef, Readout, RenderState } from '../types';
import { num, series, yearsWithData } from '../yearly';
import { change, formatChange, notComparable, type Change } from '../compare';

export interface YearlyMetric {
  id: string;
  label: Text;
  /** Written after the number in tooltips and the table ("victims"); none for a bare count. */
  unit?: Text;
  /** Decimals shown; default 0. */
  digits?: number;
  /** The value in a year; default: the field `<id>_<YYYY>`. */
  value?: (p: Props, year: number) => number | null;
  /** A line under the legend while this metric is shown. */
  note?: Text;
}

/** What a yearly layer module declares; the kind does the rest. */
export interface YearlyDeclaration {
  id: string;
  /** The manifest entry the layer reads, when its id differs. */
  manifestId?: string;
  title: Text;
  description: Text;
  group: Group;
  defaultVisible: boolean;
  /** The first is the default. */
  metrics: YearlyMetric[];
  /** The feature's name in tooltips and the table. */
  place: (p: Props) => string;
  /** Link key (`sel=<layer>:<key>`); default: the manifest's key field. */
  key?: (f: LayerFeature) => string;
  /** Tooltip title; default: the place. */
  tooltipTitle?: (p: Props, s: RenderState) => string;
  /** Tooltip rows, given the default ones (every metric's value in the year). */
  tooltipRows?: (p: Props, s: RenderState, rows: [string, string][]) => [string, string][];
  /** Legend title, with `{metric}` and `{year}` filled in; default "{metric}, {year}". */
  legendTitle?: Text;
  /** A line under the legend, whatever the metric (a metric's own note wins). */
  legendNote?: Text;
  /** The place a feature is, for place profiles (see LayerDef.profile). */
  profile?: LayerDef['profile'];
}

/** A metric with its value function resolved. */
export type Metric = YearlyMetric & { value: (p: Props, year: number) => number | null };

export function resolve(metrics: YearlyMetric[]): Metric[] {
  return metrics.map((m) => ({ ...m, value: m.value ?? ((p, y) => num(p, `${m.id}_${y}`)) }));
}

/** "2,580 victims", "29.61 per 100 sq mi", "—". */
export function show(m: YearlyMetric, v: number | null, lang: Lang): string {
  if (v === null) return '—';
  const n = formatNumber(v, lang, m.digits ?? 0);
  return m.unit ? `${n} ${t(lang, m.unit)}` : n;
}

/** Compare mode for one layer and metric: the years, why no change is drawn, the change. */
export interface Comparing {
  from: number;
  to: number;
  /** Why the layer draws no change (a partial or missing year), or null. */
  reason: string | null;
  change: (p: Props) => Change | null;
}

export function comparing(meta: LayerEntry, m: Metric, s: RenderState): Comparing | null {
  if (s.compare === null || s.compare === undefined) return null;
  const from = s.compare;
  const reason = notComparable(meta, from, s.year, s.lang);
  return {
    from,
    to: s.year,
    reason,
    change: (p) => (reason ? null : change(m.value(p, from), m.value(p, s.year))),
  };
}

const CHANGE: Text = { en: 'Change', es: 'Cambio' };

/** The parts of a LayerDef every yearly kind fills the same way. */
export function yearlyParts(
  d: YearlyDeclaration,
  meta: LayerEntry,
): Pick<
  LayerDef,
  | 'id'
  | 'manifestId'
  | 'title'
  | 'description'
  | 'group'
  | 'defaultVisible'
  | 'metrics'
  | 'key'
  | 'years'
  | 'tooltip'
  | 'series'
  | 'table'
  | 'profile'
> & { metric: (id: string) => Metric; comparing: (s: RenderState) => Comparing | null } {
  const metrics = resolve(d.metrics);
  const metric = (id: string) => metrics.find((m) => m.id === id) ?? metrics[0]!;
  const keyField = meta.key;
  return {
    id: d.id,
    ...(d.manifestId ? { manifestId: d.manifestId } : {}),
    title: d.title,
    description: d.description,
    group: d.group,
    defaultVisible: d.defaultVisible,
    metrics: metrics.map(({ id, label }) => ({ id, label })),
    ...(d.profile ? { profile: d.profile } : {}),
    key: d.key ?? ((f) => String(keyField === null ? '' : f.properties[keyField])),
    metric,
    comparing: (s) => comparing(meta, metric(s.metric), s),
    years: (data, m) => yearsWithData(data, meta.years, metric(m).value),
    tooltip: (f, s): Readout => {
      const title = d.tooltipTitle?.(f.properties, s) ?? d.place(f.properties);
      const cmp = comparing(meta, metric(s.metric), s);
      if (cmp) {
        // The shown metric in both years and the change between them (or why there is none).
        const m = metric(s.metric);
        const label = t(s.lang, m.label);
        return {
          title,
          rows: [
            [`${label}, ${cmp.from}`, show(m, m.value(f.properties, cmp.from), s.lang)],
            [`${label}, ${cmp.to}`, show(m, m.value(f.properties, cmp.to), s.lang)],
            [
              t(s.lang, CHANGE),
              cmp.reason ?? formatChange(cmp.change(f.properties), s.lang, m.digits ?? 0),
            ],
          ],
        };
      }
      const rows = metrics.map(
        (m) =>
          [t(s.lang, m.label), show(m, m.value(f.properties, s.year), s.lang)] as [string, string],
      );
      return { title, rows: d.tooltipRows?.(f.properties, s, rows) ?? rows };
    },
    series: (f, s) => series(f.properties, meta.years, metric(s.metric).value),
    table: (data, s) =>
      data.map((f) => {
        const m = metric(s.metric);
        const cmp = comparing(meta, m, s);
        if (cmp) {
          // Sorted by the percentage change; the cell says both changes, or why there is none.
          const c = cmp.change(f.properties);
          return {
            feature: f,
            place: d.place(f.properties),
            value: c?.pct ?? null,
            display: cmp.reason ?? formatChange(c, s.lang, m.digits ?? 0),
          };
        }
        const v = m.value(f.properties, s.year);
        return { feature: f, place: d.place(f.properties), value: v, display: show(m, v, s.lang) };
      }),
  };
}

/** The manifest's years that are whole (partial ones would skew class breaks). */
export const wholeYears = (meta: LayerEntry) =>
  meta.years.filter((y) => !meta.partialYears.some((p) => p.year === y));

const LEGEND_TITLE: Text = { en: '{metric}, {year}', es: '{metric}, {year}' };

export const legendTitle = (d: YearlyDeclaration, m: YearlyMetric, s: RenderState) =>
  t(s.lang, d.legendTitle ?? LEGEND_TITLE, { metric: t(s.lang, m.label), year: s.year });

export function legendNote(d: YearlyDeclaration, m: YearlyMetric, s: RenderState) {
  const note = m.note ?? d.legendNote;
  return note && t(s.lang, note);
}
