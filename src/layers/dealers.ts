// dealers: U.S. counties by dealer-type federal firearms licensees, as a choropleth of density or
// count, or as a heat map of dealers on county centroids.
import type { Position } from 'geojson';
import { entry, type LayerEntry } from '../data/manifest';
import type { LayerFeature, Props } from '../data/load';
import { SEQUENTIAL } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import { yearlyChoropleth } from './kinds/choropleth';
import { sumOverState } from './state-sums';
import type { LayerDef, RenderState } from './types';
import { num } from './yearly';

const COLORS = SEQUENTIAL.purpleBlue(6);
const count = (p: Props, y: number) => num(p, `dealers_${y}`);
const HEAT: { id: string; label: Text } = {
  id: 'heat',
  label: { en: 'Heat map of dealers', es: 'Mapa de calor de armerías' },
};

/** A rough centre for each county (mean of its outer ring), computed once for the heat view. */
const TEXT = {
  dealers: { en: 'Dealers', es: 'Armerías' },
  dealersInState: {
    en: 'Dealers, sum of the state’s counties',
    es: 'Armerías, suma de los condados del estado',
  },
  per100: { en: 'Per 100 sq mi', es: 'Por 100 mi²' },
  fewer: { en: 'fewer', es: 'pocas' },
  more: { en: 'more', es: 'más' },
  heatNote: {
    en: 'Dealers at each county’s centre, weighted by count.',
    es: 'Armerías en el centro de cada condado, ponderadas por número.',
  },
  heatNoCompare: {
    en: 'A heat map shows one year; choose dealers or density to compare years.',
    es: 'Un mapa de calor muestra un año; elija armerías o densidad para comparar años.',
  },
  notDrawn: {
    en: '{n} dealer(s) in counties the source draws without an area are not on the map ({names}).',
    es: '{n} armería(s) en condados que la fuente dibuja sin área no están en el mapa ({names}).',
  },
} satisfies Record<string, Text>;
const centres = new WeakMap<LayerFeature[], { position: Position; p: Props }[]>();
function centroids(data: LayerFeature[]) {
  let c = centres.get(data);
  if (!c) {
    c = data.flatMap((f) => {
      // A county with no outline in the source (empty geometry) has no centre to put dealers at.
      if (f.geometry.type !== 'MultiPolygon' || f.geometry.coordinates.length === 0) return [];
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

/** The layer over a manifest entry (the bundled one, or a test's). */
export function dealersLayer(meta?: LayerEntry): LayerDef {
  const choro = yearlyChoropleth(
    {
      id: 'dealers',
      title: { en: 'Gun dealers by county', es: 'Armerías por condado' },
      description: {
        en: 'Federal firearms licensees that may deal in guns (licence types 01, 02, 07, 08), by U.S. county (ATF lists aggregated by the LA Times).',
        es: 'Licenciatarios federales de armas que pueden venderlas (licencias 01, 02, 07, 08), por condado de EE. UU. (listas de la ATF agregadas por LA Times).',
      },
      group: 'us',
      defaultVisible: false,
      metrics: [
        {
          id: 'density',
          label: { en: 'Dealers per 100 sq mi', es: 'Armerías por 100 mi²' },
          unit: { en: 'per 100 sq mi', es: 'por 100 mi²' },
          digits: 2,
        },
        { id: 'dealers', label: TEXT.dealers, value: count },
      ],
      colors: COLORS,
      line: [255, 255, 255, 90],
      place: (p) => `${p.name}, ${p.state ?? ''}`,
      profile: { kind: 'us-county', field: 'fips' },
      tooltipRows: (p, s) => [
        [t(s.lang, TEXT.dealers), formatNumber(count(p, s.year), s.lang)],
        [t(s.lang, TEXT.per100), formatNumber(num(p, `density_${s.year}`), s.lang, 2)],
      ],
    },
    meta,
  );
  // The heat view shows counts: everything but the drawing and its legend is the count's.
  // A heat map shows one year: compare mode applies to the choropleth metrics only.
  const asCount = <S extends { metric: string; compare?: number | null }>(s: S): S =>
    s.metric === HEAT.id ? { ...s, metric: 'dealers', compare: null } : s;
  return {
    ...choro,
    metrics: [...choro.metrics, HEAT],
    needs: (m) => (m === HEAT.id ? 'aggregation' : null),
    years: (data, m) => choro.years(data, asCount({ metric: m }).metric),
    series: (f, s) => choro.series!(f, asCount(s)),
    // A state's dealers are its counties' sum; a year with a county missing or rows lost says so.
    sums: {
      kind: 'us-state',
      series(data, code, s) {
        const m = meta ?? entry('dealers');
        const inState = data.filter((f) => f.properties.state === code);
        if (inState.length === 0) return [];
        const lost = new Map<string, number>();
        for (const l of m.incomplete)
          if (l.feature !== null && l.year !== null)
            lost.set(`${l.feature}|${l.year}`, (lost.get(`${l.feature}|${l.year}`) ?? 0) + l.rows);
        return [
          {
            metric: 'dealers',
            label: TEXT.dealersInState,
            ...sumOverState(
              inState,
              m.years,
              count,
              (p, y) => lost.get(`${p.fips}|${y}`) ?? 0,
              s.lang,
            ),
          },
        ];
      },
    },
    table: (data, s) => choro.table(data, asCount(s)),
    tooltip: (f, s) => choro.tooltip(f, s.metric === HEAT.id ? { ...s, compare: null } : s),
    // The choropleth metrics are MapLibre's; the heat map is deck.gl's.
    maplibre: (data, s) => (s.metric === HEAT.id ? [] : choro.maplibre!(data, s)),
    usesDeck: (m) => m === HEAT.id,
    render(deck, data, s) {
      if (s.metric !== HEAT.id) return [];
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
    },
    legend(data, s) {
      if (s.metric !== HEAT.id) return choro.legend(data, s);
      return {
        title: `${t(s.lang, HEAT.label)}, ${s.year}`,
        entries: [
          { color: COLORS[1]!, label: t(s.lang, TEXT.fewer), shape: 'fill' },
          { color: COLORS[5]!, label: t(s.lang, TEXT.more), shape: 'fill' },
        ],
        note: [
          t(s.lang, TEXT.heatNote),
          notDrawn(data, s),
          s.compare !== null && s.compare !== undefined ? t(s.lang, TEXT.heatNoCompare) : '',
        ]
          .filter(Boolean)
          .join(' '),
      };
    },
  };
}

/** The dealers of the year in counties with no outline (they cannot be placed on the heat map). */
function notDrawn(data: LayerFeature[], s: RenderState): string {
  const missing = data.filter(
    (f) => f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length === 0,
  );
  const n = missing.reduce((sum, f) => sum + (count(f.properties, s.year) ?? 0), 0);
  if (n === 0) return '';
  const names = missing.map((f) => `${String(f.properties.name)}, ${String(f.properties.state)}`);
  return t(s.lang, TEXT.notDrawn, { n: formatNumber(n, s.lang), names: names.join('; ') });
}

export const dealers = dealersLayer();
