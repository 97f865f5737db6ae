// guns: firearms named in trafficking cases, at their U.S. purchase place, by purchase year and
// coloured by weapon class; .50 calibre and sniper rifles stand out. Many firearms share one
// place (a city centre), so they are drawn as one circle per place, year and class, sized by
// count; the groups are made once at load, and the year is filtered on the GPU.
import type { LayerFeature } from '../data/load';
import { t, type Text } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import { CLASSES, classOf } from './gun-classes';
import { filtered, filterNote, filterRange, inScope, NO_FILTER, type Counted } from './gun-filter';
import { areaRadius, points } from './points';
import { countByYear, yearSpan } from './state-sums';
import type { LayerDef } from './types';
import { distinctYears, num } from './yearly';

const yearOf = (f: LayerFeature) => num(f.properties, 'purchase_year');

const TEXT = {
  imputed: { en: ' (date imputed)', es: ' (fecha imputada)' },
  noDealer: { en: 'dealer not named', es: 'armería no nombrada' },
  legendTitle: {
    en: 'Firearms bought in {year}, by place',
    es: 'Armas compradas en {year}, por lugar',
  },
  legendTitleAll: {
    en: 'Firearms of every purchase year, by place',
    es: 'Armas de todos los años de compra, por lugar',
  },
  legendTitleUndated: {
    en: 'Firearms with no purchase year, by place',
    es: 'Armas sin año de compra, por lugar',
  },
  legendNote: {
    en: 'Circle area by number of firearms (max {max}), at the city or state of purchase, not the address.',
    es: 'Círculo por número de armas (máx. {max}), en la ciudad o el estado de compra, no la dirección.',
  },
  placedAt: { en: 'Placed at', es: 'Precisión' },
  city: { en: 'city centre', es: 'centro de la ciudad' },
  state: { en: 'state centre', es: 'centro del estado' },
  cases: { en: 'Cases', es: 'Casos' },
  courtDocument: { en: 'Court document', es: 'Documento judicial' },
  document: { en: 'document', es: 'documento' },
  boughtHere: { en: 'Firearms bought in the state', es: 'Armas compradas en el estado' },
  undatedHere: {
    en: '{n} more firearms bought in the state have no purchase year.',
    es: 'Otras {n} armas compradas en el estado no tienen año de compra.',
  },
} satisfies Record<string, Text>;

/** Firearms behind each drawn circle. */
const members = new WeakMap<LayerFeature, LayerFeature[]>();
const grouped = {
  byYear: new WeakMap<LayerFeature[], LayerFeature[]>(),
  all: new WeakMap<LayerFeature[], LayerFeature[]>(),
};

/**
 * One point per place × purchase year × class (or per place × class over every year, when all
 * years are shown at once); .50s last so they draw on top.
 */
export function groups(data: LayerFeature[], byYear = true): LayerFeature[] {
  const cache = byYear ? grouped.byYear : grouped.all;
  let g = cache.get(data);
  if (g) return g;
  const by = new Map<string, LayerFeature[]>();
  for (const f of data) {
    const c = f.geometry.type === 'Point' ? f.geometry.coordinates : [];
    const key = `${c.join(',')}|${byYear ? yearOf(f) : '*'}|${classOf(f.properties.weapon_class).id}`;
    by.set(key, [...(by.get(key) ?? []), f]);
  }
  g = [...by.values()].map((fs) => {
    const first = fs[0]!;
    const p = first.properties;
    const group: LayerFeature = {
      type: 'Feature',
      geometry: first.geometry,
      properties: {
        count: fs.length,
        purchase_year: byYear ? p.purchase_year : null,
        all_years: !byYear,
        weapon_class: classOf(p.weapon_class).id,
        place: `${p.city ? `${p.city}, ` : ''}${p.state}`,
        geocode_precision: p.geocode_precision,
        // The circle's cases, one per line (a property holds no list): each can be followed.
        cases: [...new Set(fs.map((f) => f.properties.case).filter(Boolean))].sort().join('\n'),
      },
    };
    members.set(group, fs);
    return group;
  });
  g.sort(
    (a, b) =>
      Number(a.properties.weapon_class === 'sniper-50') -
        Number(b.properties.weapon_class === 'sniper-50') ||
      num(b.properties, 'count')! - num(a.properties, 'count')!,
  );
  cache.set(data, g);
  return g;
}

const counted = new WeakMap<LayerFeature[], Counted[]>();
/** Each firearm once, for the filter's note and choices. */
function countedGuns(data: LayerFeature[]): Counted[] {
  let c = counted.get(data);
  if (!c)
    counted.set(data, (c = data.map((f) => ({ traits: f.properties, year: yearOf(f), n: 1 }))));
  return c;
}

/** The largest circle's count: per place, year and class, or per place and class over all years. */
const maxCount = (data: LayerFeature[], byYear = true) =>
  Math.max(1, ...groups(data, byYear).map((g) => num(g.properties, 'count') ?? 0));

function describe(f: LayerFeature, lang: Lang): string {
  const p = f.properties;
  const what =
    [p.make, p.model, p.caliber].filter(Boolean).join(' ') ||
    t(lang, classOf(p.weapon_class).label);
  return `${what} — ${p.purchase_date ?? p.purchase_year ?? '?'}${p.purchase_date_source === 'imputed by the dataset authors' ? t(lang, TEXT.imputed) : ''}, ${p.dealer ?? t(lang, TEXT.noDealer)} · ${p.case ?? ''}${p.case_number ? ` (${p.case_number})` : ''}`;
}

export const guns: LayerDef = {
  id: 'guns',
  title: {
    en: 'Guns in trafficking cases, by purchase place',
    es: 'Armas en casos de tráfico, por lugar de compra',
  },
  description: {
    en: 'Firearms named in U.S. federal cases of trafficking to Mexico, at the city (or state) where they were bought, by purchase year (Campbell & McDougal, The Conversation). Cases, not a sample.',
    es: 'Armas nombradas en casos federales de EE. UU. por tráfico a México, en la ciudad (o estado) de compra, por año de compra (Campbell y McDougal, The Conversation). Casos, no una muestra.',
  },
  group: 'us',
  defaultVisible: false,
  gunFilter: countedGuns,
  sums: {
    kind: 'us-state',
    series(data, code, s) {
      const bought = data.filter((f) => f.properties.state === code);
      const { points, undated } = countByYear(bought, yearSpan(distinctYears(data, yearOf)), (p) =>
        num(p, 'purchase_year'),
      );
      return [
        {
          metric: 'firearms',
          label: TEXT.boughtHere,
          points,
          partial: [],
          note: undated
            ? t(s.lang, TEXT.undatedHere, { n: formatNumber(undated, s.lang) })
            : undefined,
        },
      ];
    },
  },
  metrics: [{ id: 'class', label: { en: 'Weapon class', es: 'Tipo de arma' } }],
  years: (data) => distinctYears(data, yearOf),
  render: (deck, data, s) => {
    // Once per render, not once per feature inside the accessor; sizes against all firearms,
    // so a filter never makes a circle look larger than it is.
    const f = s.gunFilter ?? NO_FILTER;
    const max = maxCount(data, f.when !== 'all');
    return [
      points(
        deck,
        {
          id: 'guns',
          data: groups(filtered(data, f), f.when !== 'all'),
          range: filterRange(f, s.year),
          radius: (g) =>
            areaRadius(
              num(g.properties, 'count'),
              max,
              18,
              g.properties.weapon_class === 'sniper-50' ? 5 : 3.5,
            ),
          color: (g) => [...classOf(g.properties.weapon_class).color, 215],
          year: yearOf,
        },
        s,
      ),
    ];
  },
  legend: (data, s) => {
    const f = s.gunFilter ?? NO_FILTER;
    const title =
      f.when === 'all'
        ? TEXT.legendTitleAll
        : f.when === 'undated'
          ? TEXT.legendTitleUndated
          : TEXT.legendTitle;
    return {
      title: t(s.lang, title, { year: s.year }),
      entries: CLASSES.map((c) => ({
        color: c.color,
        label: t(s.lang, c.label),
        shape: 'circle' as const,
      })),
      note: `${t(s.lang, TEXT.legendNote, { max: maxCount(data, f.when !== 'all') })} ${filterNote(
        countedGuns(data),
        f,
        s.year,
        s.lang,
        (id) => t(s.lang, classOf(id).label),
      )}`,
    };
  },
  tooltip: (g, s) => {
    const fs = members.get(g) ?? [g];
    const cases = [...new Set(fs.map((f) => String(f.properties.case ?? '')).filter(Boolean))];
    const links = [
      ...new Set(
        fs
          .map((f) => f.properties.court_document)
          .filter((u): u is string => typeof u === 'string'),
      ),
    ];
    return {
      title: `${formatNumber(fs.length, s.lang)} × ${t(s.lang, classOf(g.properties.weapon_class).label)} — ${g.properties.place}, ${g.properties.all_years ? t(s.lang, 'allYears') : (g.properties.purchase_year ?? '?')}`,
      rows: [
        [
          t(s.lang, TEXT.placedAt),
          t(s.lang, g.properties.geocode_precision === 'city' ? TEXT.city : TEXT.state),
        ],
        [t(s.lang, TEXT.cases), cases.join('; ') || '—'],
      ],
      link:
        links.length === 1 ? { href: links[0]!, label: t(s.lang, TEXT.courtDocument) } : undefined,
      items: fs.slice(0, 100).map((f) => ({
        text: describe(f, s.lang),
        link:
          typeof f.properties.court_document === 'string'
            ? { href: f.properties.court_document, label: t(s.lang, TEXT.document) }
            : undefined,
      })),
    };
  },
  table: (data, s) =>
    filtered(data, s.gunFilter ?? NO_FILTER)
      .filter((f) => inScope(yearOf(f), s.gunFilter ?? NO_FILTER, s.year))
      .map((f) => ({
        place: `${f.properties.city ? `${f.properties.city}, ` : ''}${f.properties.state}`,
        value: null,
        display: `${t(s.lang, classOf(f.properties.weapon_class).label)} · ${describe(f, s.lang)}`,
      })),
};
