// dealers: U.S. counties by dealer-type federal firearms licensees, as a choropleth of density or
// count, or as a heat map of dealers on county centroids.
import type { Position } from 'geojson';
import type { LayerFeature, Props } from '../data/load';
import { SEQUENTIAL } from '../lib/colors';
import { formatNumber, type Lang } from '../lib/format';
import { choropleth } from './choropleth';
import type { LayerDef, Text } from './types';
import { breaksFor, classLabels, num, series, yearsWithData } from './yearly';

const YEARS = Array.from({ length: 21 }, (_, i) => 2003 + i);
const COLORS = SEQUENTIAL.purpleBlue(6);

const density = (p: Props, y: number) => num(p, `density_${y}`);
const count = (p: Props, y: number) => num(p, `dealers_${y}`);

const METRICS: { id: string; label: Text }[] = [
  { id: 'density', label: { en: 'Dealers per 100 sq mi', es: 'Armerías por 100 mi²' } },
  { id: 'dealers', label: { en: 'Dealers', es: 'Armerías' } },
  { id: 'heat', label: { en: 'Heat map of dealers', es: 'Mapa de calor de armerías' } },
];
const valueOf = (m: string) => (m === 'density' ? density : count);
const digits = (m: string) => (m === 'density' ? 2 : 0);

/** A rough centre for each county (mean of its outer ring), computed once for the heat view. */
const centres = new WeakMap<LayerFeature[], { position: Position; p: Props }[]>();
function centroids(data: LayerFeature[]) {
  let c = centres.get(data);
  if (!c) {
    c = data.flatMap((f) => {
      if (f.geometry.type !== 'MultiPolygon') return [];
      const ring = f.geometry.coordinates.reduce((a, b) =>
        b[0]!.length > a[0]!.length ? b : a,
      )[0]!;
      let x = 0;
      let y = 0;
      for (const [px = 0, py = 0] of ring) {
        x += px;
        y += py;
      }
      return [{ position: [x / ring.length, y / ring.length], p: f.properties }];
    });
    centres.set(data, c);
  }
  return c;
}

const show = (m: string, v: number | null, lang: Lang) =>
  v === null
    ? '—'
    : m === 'density'
      ? `${formatNumber(v, lang, 2)} ${lang === 'es' ? 'por 100 mi²' : 'per 100 sq mi'}`
      : formatNumber(v, lang);

export const dealers: LayerDef = {
  id: 'dealers',
  title: { en: 'Gun dealers by county', es: 'Armerías por condado' },
  description: {
    en: 'Federal firearms licensees that may deal in guns (licence types 01, 02, 07, 08), by U.S. county (ATF lists aggregated by the LA Times).',
    es: 'Licenciatarios federales de armas que pueden venderlas (licencias 01, 02, 07, 08), por condado de EE. UU. (listas de la ATF agregadas por LA Times).',
  },
  group: 'us',
  defaultVisible: false,
  key: (f) => String(f.properties.fips),
  metrics: METRICS,
  needs: (m) => (m === 'heat' ? 'aggregation' : null),
  years: (data) => yearsWithData(data, YEARS, count),
  render(deck, data, s) {
    if (s.metric === 'heat') {
      // A heat map of nothing never finishes aggregating: draw no layer for a year without data.
      if (!deck.aggregation || !data.some((f) => count(f.properties, s.year))) return [];
      return [
        new deck.aggregation.HeatmapLayer<{ position: Position; p: Props }>({
          // Its own id: deck.gl matches layers by id, and a heat map is not a choropleth.
          id: 'dealers-heat',
          data: centroids(data),
          getPosition: (d) => d.position as [number, number],
          getWeight: (d) => count(d.p, s.year) ?? 0,
          radiusPixels: 30,
          colorRange: COLORS.slice(1),
          updateTriggers: { getWeight: [s.year] },
        }),
      ];
    }
    const value = valueOf(s.metric);
    return [
      choropleth(
        deck,
        {
          id: 'dealers',
          data,
          value,
          breaks: breaksFor(data, s.metric, YEARS, value, 6),
          colors: COLORS,
          line: [255, 255, 255, 90],
        },
        s,
      ),
    ];
  },
  legend(data, s) {
    const label = METRICS.find((m) => m.id === s.metric)?.label[s.lang] ?? '';
    if (s.metric === 'heat') {
      return {
        title: `${label}, ${s.year}`,
        entries: [
          { color: COLORS[1]!, label: s.lang === 'es' ? 'pocas' : 'fewer', shape: 'fill' },
          { color: COLORS[5]!, label: s.lang === 'es' ? 'más' : 'more', shape: 'fill' },
        ],
        note:
          s.lang === 'es'
            ? 'Armerías en el centro de cada condado, ponderadas por número.'
            : 'Dealers at each county’s centre, weighted by count.',
      };
    }
    const value = valueOf(s.metric);
    const breaks = breaksFor(data, s.metric, YEARS, value, 6);
    return {
      title: `${label}, ${s.year}`,
      entries: classLabels(breaks, (v) => formatNumber(v, s.lang, digits(s.metric))).map(
        (l, i) => ({ color: COLORS[i]!, label: l, shape: 'fill' as const }),
      ),
    };
  },
  tooltip: (f, s) => ({
    title: `${f.properties.name}, ${f.properties.state ?? ''}`,
    rows: [
      [s.lang === 'es' ? 'Armerías' : 'Dealers', formatNumber(count(f.properties, s.year), s.lang)],
      [
        s.lang === 'es' ? 'Por 100 mi²' : 'Per 100 sq mi',
        formatNumber(density(f.properties, s.year), s.lang, 2),
      ],
    ],
  }),
  series: (f, s) => series(f.properties, YEARS, valueOf(s.metric)),
  table: (data, s) =>
    data.map((f) => {
      const v = valueOf(s.metric)(f.properties, s.year);
      return {
        feature: f,
        place: `${f.properties.name}, ${f.properties.state ?? ''}`,
        value: v,
        display: show(s.metric === 'heat' ? 'dealers' : s.metric, v, s.lang),
      };
    }),
};
