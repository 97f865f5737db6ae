// Graduated points: a circle per feature, its area proportional to a metric in the selected
// year, against the largest value of any year so sizes compare across years.
import type { LayerEntry } from '../../data/manifest';
import { t } from '../../i18n/strings';
import type { LayerFeature } from '../../data/load';
import { entry } from '../../data/manifest';
import { formatCompact } from '../../lib/format';
import { NO_DATA, type RGB } from '../../lib/colors';
import { changeColor, changeLegend, changeSizeNote, changeTitle } from '../compare';
import { areaRadius } from '../points';
import type { LayerDef } from '../types';
import {
  legendNote,
  legendTitle,
  type Metric,
  yearlyParts,
  type YearlyDeclaration,
} from './yearly';

export interface PointsDeclaration extends YearlyDeclaration {
  color: RGB;
  /** Fill opacity, 0–255. */
  alpha: number;
  /** Radius of the largest value, in pixels. */
  maxPx: number;
}

/** In compare mode the size circles of the legend are neutral: colour there means change. */
const SIZE_SWATCH: RGB = [140, 140, 140];

export function graduatedPoints(
  d: PointsDeclaration,
  meta: LayerEntry = entry(d.manifestId ?? d.id),
): LayerDef {
  const { metric, comparing, ...parts } = yearlyParts(d, meta);
  const cache = new WeakMap<LayerFeature[], Map<string, number>>();
  /** Largest value of a metric over every feature and year, computed once per data array. */
  const maxOf = (data: LayerFeature[], m: Metric) => {
    let byMetric = cache.get(data);
    if (!byMetric) cache.set(data, (byMetric = new Map()));
    let max = byMetric.get(m.id);
    if (max === undefined) {
      max = Math.max(
        0,
        ...data.flatMap((f) => meta.years.map((y) => m.value(f.properties, y) ?? 0)),
      );
      byMetric.set(m.id, max);
    }
    return max;
  };
  return {
    ...parts,
    // Drawn by MapLibre: a circle per feature whose radius and colour are feature state, so a
    // year switch rewrites a few numbers and no deck.gl code is needed.
    maplibre(data, s) {
      const m = metric(s.metric);
      const max = maxOf(data, m);
      const cmp = comparing(s);
      // A partial or missing year: no change is drawn, and the legend says why.
      if (cmp?.reason) return [];
      const scale = s.symbolScale ?? 1;
      return [
        {
          kind: 'circle',
          id: d.id,
          data,
          // Compared, a circle is sized by the larger of its two years, so one that fell to
          // nothing (the deepest purple) or has no value in one year still shows.
          size: cmp
            ? (f) =>
                scale *
                areaRadius(
                  Math.max(
                    m.value(f.properties, cmp.from) ?? 0,
                    m.value(f.properties, cmp.to) ?? 0,
                  ),
                  max,
                  d.maxPx,
                )
            : (f) => scale * areaRadius(m.value(f.properties, s.year), max, d.maxPx),
          // Compare mode: the circle keeps its size (the shown year) and takes the change's colour.
          color: cmp
            ? (f) => [...(changeColor(cmp.change(f.properties)) ?? NO_DATA), 230]
            : () => [...d.color, d.alpha],
          selected: s.selected,
        },
      ];
    },
    legend(data, s) {
      const m = metric(s.metric);
      const max = maxOf(data, m);
      const cmp = comparing(s);
      const sizes = [max, max / 4, max / 16]
        .map((v) => Number(v.toPrecision(1)))
        .map((v) => ({
          color: d.color,
          label: m.unit
            ? `${formatCompact(v, s.lang)} ${t(s.lang, m.unit)}`
            : formatCompact(v, s.lang),
          shape: 'circle' as const,
          size: 2 * areaRadius(v, max, d.maxPx) * (s.symbolScale ?? 1),
        }));
      if (cmp)
        return {
          title: changeTitle(t(s.lang, m.label), cmp.from, cmp.to, s.lang),
          entries: cmp.reason
            ? []
            : [
                ...changeLegend(cmp.from, s.lang, NO_DATA),
                ...sizes.map((e) => ({ ...e, color: SIZE_SWATCH })),
              ],
          note: cmp.reason ?? changeSizeNote(s.lang),
        };
      return { title: legendTitle(d, m, s), entries: sizes, note: legendNote(d, m, s) };
    },
  };
}
