// corridors: MODELED routes of the court-case firearms via the nearest port of entry, width by
// firearms, shown for the purchase year chosen. Every label says the route is modeled.
import type { LayerFeature, Props } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import { classOf } from './gun-classes';
import {
  countedParts,
  filterKey,
  filterNote,
  filterRange,
  inScope,
  matches,
  NO_FILTER,
  partsOf,
  type Counted,
  type GunFilter,
} from './gun-filter';
import type { LayerDef } from './types';
import { distinctYears, num } from './yearly';

export const MODELED: Text = {
  en: 'Modeled route via the nearest port of entry',
  es: 'Ruta modelada por el puerto de entrada más cercano',
};
const TEXT = {
  legendTitle: {
    en: 'Firearms bought in {year}, by route',
    es: 'Armas compradas en {year}, por ruta',
  },
  legendTitleAll: {
    en: 'Firearms of every purchase year, by route',
    es: 'Armas de todos los años de compra, por ruta',
  },
  legendTitleUndated: {
    en: 'Firearms with no purchase year, by route',
    es: 'Armas sin año de compra, por ruta',
  },
  ofAll: { en: '{n} of {all} (filter)', es: '{n} de {all} (filtro)' },
  toPort: { en: 'to the port (destination unknown)', es: 'hasta el puerto (destino desconocido)' },
  onward: {
    en: 'on to the recovery place in Mexico',
    es: 'hasta el lugar de recuperación en México',
  },
  width: { en: 'Width by number of firearms.', es: 'Grosor según el número de armas.' },
  sniper: { en: 'Of which .50 / sniper rifles', es: 'De ellas, calibre .50 / francotirador' },
  purchase: { en: 'Purchase year', es: 'Año de compra' },
  length: { en: 'Length', es: 'Longitud' },
  route: { en: 'Route', es: 'Ruta' },
} satisfies Record<string, Text>;
const firearms = (f: LayerFeature) => num(f.properties, 'firearms') ?? 0;
const yearOf = (f: LayerFeature) => num(f.properties, 'year');

const shown = new WeakMap<LayerFeature[], Map<string, LayerFeature[]>>();

/**
 * The flows to draw under the firearms filter, big first so thin ones stay visible on top.
 * Each flow's `firearms` and `sniper_50` count only the firearms the filter keeps (`all_firearms`
 * keeps the whole); "every purchase year" merges a route's yearly flows into one. The same
 * array comes back for the same filter, so a year switch only resizes lines (feature state).
 */
export function flowsShown(data: LayerFeature[], f: GunFilter): LayerFeature[] {
  const merge = f.when === 'all';
  const key = `${filterKey({ ...f, when: 'year' })}|${merge}`;
  let byKey = shown.get(data);
  if (!byKey) shown.set(data, (byKey = new Map()));
  let out = byKey.get(key);
  if (out) return out;
  const routes = new Map<
    string,
    { first: LayerFeature; n: number; fifty: number; all: number; years: number[] }
  >();
  data.forEach((x, i) => {
    const parts = partsOf(x).filter((p) => matches(p as unknown as Props, f));
    const n = parts.reduce((sum, p) => sum + p.firearms, 0);
    if (n === 0) return;
    const p = x.properties;
    const id = merge
      ? [
          JSON.stringify(x.geometry.type === 'LineString' ? x.geometry.coordinates[0] : null),
          p.origin_name,
          p.port_code,
          p.dest_id,
        ].join('|')
      : String(i);
    const r = routes.get(id) ?? { first: x, n: 0, fifty: 0, all: 0, years: [] };
    r.n += n;
    r.fifty += parts
      .filter((q) => q.weapon_class === 'sniper-50')
      .reduce((sum, q) => sum + q.firearms, 0);
    r.all += firearms(x);
    const y = yearOf(x);
    if (y !== null) r.years.push(y);
    routes.set(id, r);
  });
  out = [...routes.values()].map(({ first, n, fifty, all, years }) => ({
    ...first,
    properties: {
      ...first.properties,
      firearms: n,
      sniper_50: fifty,
      all_firearms: all,
      ...(merge
        ? {
            year: null,
            all_years: true,
            years: yearSpan(years),
          }
        : {}),
    },
  }));
  out.sort((a, b) => firearms(b) - firearms(a));
  byKey.set(key, out);
  return out;
}

/** "2010", "2010–2012", or null when no flow of the route has a purchase year. */
function yearSpan(years: number[]): string | null {
  if (years.length === 0) return null;
  const [a, b] = [Math.min(...years), Math.max(...years)];
  return a === b ? String(a) : `${a}–${b}`;
}

const counted = new WeakMap<LayerFeature[], Counted[]>();
const countedCorridors = (data: LayerFeature[]) => {
  let c = counted.get(data);
  if (!c) counted.set(data, (c = countedParts(data, yearOf)));
  return c;
};

const routeName = (p: Props) =>
  `${p.origin_name} → ${p.port_name}${String(p.dest_kind).startsWith('recovery') ? ` → ${p.dest_name}` : ''}`;

/** "12" or, under a filter, "3 of 12". */
const firearmsText = (p: Props, lang: Lang) =>
  p.all_firearms !== undefined && p.all_firearms !== p.firearms
    ? t(lang, TEXT.ofAll, {
        n: formatNumber(num(p, 'firearms'), lang),
        all: formatNumber(num(p, 'all_firearms'), lang),
      })
    : formatNumber(num(p, 'firearms'), lang);

export const corridors: LayerDef = {
  id: 'corridors',
  title: { en: 'Gun corridors (modeled)', es: 'Corredores de armas (modelados)' },
  description: {
    en: 'From the place a gun in the court cases was bought, to the nearest port of entry, to where it was recovered in Mexico when known. The crossing is an assumption, not a record.',
    es: 'Del lugar donde se compró un arma de los casos judiciales al puerto de entrada más cercano y, si se sabe, a donde se recuperó en México. El cruce es un supuesto, no un registro.',
  },
  group: 'border',
  defaultVisible: true,
  metrics: [{ id: 'firearms', label: { en: 'Firearms', es: 'Armas' } }],
  years: (data) => distinctYears(data, yearOf),
  gunFilter: countedCorridors,
  // Drawn by MapLibre: a year switch sets which flows have a width (feature state), the lines
  // stay; a new firearms filter is a new set of flows.
  maplibre(data, s) {
    const filter = s.gunFilter ?? NO_FILTER;
    const [lo, hi] = filterRange(filter, s.year);
    return [
      {
        kind: 'line',
        id: 'corridors',
        data: flowsShown(data, filter),
        size: (f) => {
          const y = yearOf(f) ?? -1;
          return y >= lo && y <= hi ? Math.min(14, 1.2 + Math.sqrt(firearms(f)) * 1.3) : 0;
        },
        // Translucent, so overlapping flows add up visibly instead of hiding each other.
        color: (f) => [
          ...(String(f.properties.dest_kind).startsWith('recovery')
            ? OKABE_ITO.vermillion
            : OKABE_ITO.blue),
          120,
        ],
        selected: s.selected,
      },
    ];
  },
  legend: (data, s) => ({
    title: t(
      s.lang,
      s.gunFilter?.when === 'all'
        ? TEXT.legendTitleAll
        : s.gunFilter?.when === 'undated'
          ? TEXT.legendTitleUndated
          : TEXT.legendTitle,
      { year: s.year },
    ),
    entries: [
      {
        color: OKABE_ITO.blue,
        label: t(s.lang, TEXT.toPort),
        shape: 'line',
      },
      {
        color: OKABE_ITO.vermillion,
        label: t(s.lang, TEXT.onward),
        shape: 'line',
      },
    ],
    note: `${t(s.lang, MODELED)}. ${t(s.lang, TEXT.width)} ${filterNote(
      countedCorridors(data),
      s.gunFilter ?? NO_FILTER,
      s.year,
      s.lang,
      (id) => t(s.lang, classOf(id).label),
    )}`,
  }),
  tooltip: (f, s) => {
    const p = f.properties;
    return {
      title: routeName(p),
      rows: [
        [t(s.lang, 'firearms'), firearmsText(p, s.lang)],
        [t(s.lang, TEXT.sniper), formatNumber(num(p, 'sniper_50'), s.lang)],
        [
          t(s.lang, TEXT.purchase),
          p.all_years ? `${t(s.lang, 'allYears')} (${p.years ?? '—'})` : String(p.year ?? '—'),
        ],
        [t(s.lang, TEXT.length), `${formatNumber(num(p, 'distance_km'), s.lang)} km`],
        [t(s.lang, TEXT.route), t(s.lang, MODELED)],
      ],
    };
  },
  table: (data, s) => {
    const filter = s.gunFilter ?? NO_FILTER;
    return flowsShown(data, filter)
      .filter((f) => inScope(yearOf(f), filter, s.year))
      .map((f) => ({
        place: routeName(f.properties),
        value: firearms(f),
        display: `${firearmsText(f.properties, s.lang)} (${t(s.lang, MODELED).toLowerCase()})`,
      }));
  },
};
