// A yearly choropleth: polygons coloured by the class of a metric in the selected year, with
// class breaks over every whole year so a colour means the same value in every year.
import type { LayerEntry } from '../../data/manifest';
import { formatNumber } from '../../lib/format';
import type { RGB } from '../../lib/colors';
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
  const { metric, ...parts } = yearlyParts(d, meta);
  const breaks = (data: Parameters<LayerDef['render']>[1], id: string) =>
    breaksFor(data, id, wholeYears(meta), metric(id).value, d.colors.length);
  return {
    ...parts,
    render: (deck, data, s) => [
      choropleth(
        deck,
        {
          id: d.id,
          data,
          value: metric(s.metric).value,
          breaks: breaks(data, s.metric),
          colors: d.colors,
          line: d.line,
        },
        s,
      ),
    ],
    legend(data, s) {
      const m = metric(s.metric);
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
