// A yearly choropleth: polygons coloured by the class of a metric in the selected year, with
// class breaks over every whole year so a colour means the same value in every year.
import type { LayerEntry } from '../../data/manifest';
import { formatNumber } from '../../lib/format';
import { NO_DATA, type RGB } from '../../lib/colors';
import type { LayerFeature, Props } from '../../data/load';
import { t } from '../../i18n/strings';
import { changeColor, changeLegend, changeTitle } from '../compare';
import { entry } from '../../data/manifest';
import { choropleth } from '../choropleth';
import type { LayerDef } from '../types';
import { breaksFor, classLabels } from '../yearly';
import { legendNote, legendTitle, wholeYears, yearlyParts, type YearlyDeclaration } from './yearly';

export interface ChoroplethDeclaration extends YearlyDeclaration {
  /** One colour per class, light to dark (a ColorBrewer sequential scheme). */
  colors: RGB[];
  /** Hairline between polygons. */
  line: [number, number, number, number];
}

export function yearlyChoropleth(
  d: ChoroplethDeclaration,
  meta: LayerEntry = entry(d.manifestId ?? d.id),
): LayerDef {
  const { metric, comparing, ...parts } = yearlyParts(d, meta);
  const breaks = (data: LayerFeature[], id: string) =>
    breaksFor(data, id, wholeYears(meta), metric(id).value, d.colors.length);
  return {
    ...parts,
    maplibre: (data, s) => {
      const cmp = comparing(s);
      return [
        choropleth(
          {
            id: d.id,
            data,
            value: metric(s.metric).value,
            breaks: breaks(data, s.metric),
            colors: d.colors,
            line: d.line,
            ...(cmp ? { changeColor: (p: Props) => changeColor(cmp.change(p)) } : {}),
          },
          s,
        ),
      ];
    },
    legend(data, s) {
      const m = metric(s.metric);
      const cmp = comparing(s);
      if (cmp)
        return {
          title: changeTitle(t(s.lang, m.label), cmp.from, cmp.to, s.lang),
          entries: cmp.reason ? [] : changeLegend(cmp.from, s.lang, NO_DATA),
          note: cmp.reason ?? legendNote(d, m, s),
        };
      return {
        title: legendTitle(d, m, s),
        entries: classLabels(breaks(data, s.metric), (v) =>
          formatNumber(v, s.lang, m.digits ?? 0),
        ).map((label, i) => ({ color: d.colors[i]!, label, shape: 'fill' as const })),
        note: legendNote(d, m, s),
      };
    },
  };
}
