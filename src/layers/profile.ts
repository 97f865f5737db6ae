// A place's profile: every layer's series at one place (a Mexican state, a U.S. state or county,
// a port), found through the place code each layer declares (`profile` in its LayerDef), one
// series per metric, plus the series layers sum over the place (`sums`: a state's counties, the
// firearms bought there). Pure: the panel (ui/Profile.svelte) loads the layers and draws it.
import type { LayerFeature } from '../data/load';
import { t } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import type { LayerDef, RenderState, SeriesPoint } from './types';

export const PLACE_KINDS = ['mx-state', 'us-state', 'us-county', 'port'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  kind: PlaceKind;
  code: string;
}

/** The place a feature of a layer is, when the layer declares one. */
export function placeOf(def: LayerDef, f: LayerFeature): Place | null {
  if (!def.profile) return null;
  const code = f.properties[def.profile.field];
  return code === null || code === undefined
    ? null
    : { kind: def.profile.kind, code: String(code) };
}

export interface ProfileSeries {
  layer: string;
  metric: string;
  /** "Homicides in Mexico — Victims". */
  title: string;
  points: SeriesPoint[];
  /** Years whose figures are partial, with what the source says about them. */
  partial: { year: number; note: string }[];
  /** What the series leaves out whatever the year. */
  note?: string;
}

/** The layers that can show a place of this kind (in registry order). */
export const layersFor = (defs: readonly LayerDef[], kind: PlaceKind) =>
  defs.filter((d) => (d.profile?.kind === kind && d.series) || d.sums?.kind === kind);

/**
 * Every series at the place: for each layer of its kind with data loaded, the feature at that
 * code, then one series per metric. Layers without a feature there give nothing.
 */
export function profile(
  place: Place,
  defs: readonly LayerDef[],
  data: Record<string, LayerFeature[] | undefined>,
  state: (id: string) => RenderState,
  partialYears: (id: string) => { year: number; note: string }[] = () => [],
): ProfileSeries[] {
  return layersFor(defs, place.kind).flatMap((def): ProfileSeries[] => {
    const s0 = state(def.id);
    if (def.sums?.kind === place.kind) {
      const d = data[def.id];
      if (!d) return [];
      return def.sums.series(d, place.code, s0).map((x) => ({
        layer: def.id,
        metric: x.metric,
        title: `${t(s0.lang, def.title)} — ${t(s0.lang, x.label)}`,
        points: x.points,
        partial: [...partialYears(def.id), ...x.partial],
        note: x.note,
      }));
    }
    const f = data[def.id]?.find((x) => placeOf(def, x)?.code === place.code);
    if (!f) return [];
    const s = s0;
    const seen = new Set<string>();
    return def.metrics.flatMap((m) => {
      const points = def.series!(f, { ...s, metric: m.id });
      // A view of the same numbers (the dealers' heat map shows the counts) is not a new series.
      const same = JSON.stringify(points);
      if (seen.has(same)) return [];
      seen.add(same);
      return [
        {
          layer: def.id,
          metric: m.id,
          title: `${t(s.lang, def.title)} — ${t(s.lang, m.label)}`,
          points,
          partial: partialYears(def.id),
        },
      ];
    });
  });
}

/**
 * The profile as a table: one row per year of any series, one column per series ("—": none).
 * A partial year's figure carries "†", and `notes` says what each † means.
 */
export function profileTable(
  series: ProfileSeries[],
  lang: Lang,
): { years: number[]; cells: string[][]; notes: string[] } {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort(
    (a, b) => a - b,
  );
  const cells = years.map((y) =>
    series.map((s) => {
      const v = s.points.find((p) => p.year === y)?.value ?? null;
      const partial = v !== null && s.partial.some((p) => p.year === y);
      return `${formatNumber(v, lang, 2)}${partial ? ' †' : ''}`;
    }),
  );
  const notes = [
    ...new Set(
      series.flatMap((s) => s.partial.map((p) => `† ${p.year}: ${t(lang, 'partial')} — ${p.note}`)),
    ),
  ];
  return { years, cells, notes };
}
