// recoveries: where firearms from the cases were recovered in Mexico (municipio or state centre).
import type { LayerFeature } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import { classOf } from './gun-classes';
import {
  countedParts,
  countMatching,
  filterKey,
  filterNote,
  isFiltered,
  NO_FILTER,
  type Counted,
  type GunFilter,
} from './gun-filter';
import { areaRadius, points } from './points';
import type { LayerDef } from './types';
import { num } from './yearly';

const TEXT = {
  legendTitle: { en: 'Firearms recovered (all years)', es: 'Armas recuperadas (todos los años)' },
  municipio: { en: 'municipio (max {max})', es: 'municipio (máx. {max})' },
  stateOnly: { en: 'only the state is known', es: 'solo se conoce el estado' },
  recovered: { en: 'Firearms recovered', es: 'Armas recuperadas' },
  precision: { en: 'Precision', es: 'Precisión' },
  state: { en: 'state only', es: 'solo el estado' },
  cases: { en: 'Cases', es: 'Casos' },
  written: { en: 'As written in the data', es: 'Como aparece en los datos' },
  ofAll: { en: '{n} of {all} (filter)', es: '{n} de {all} (filtro)' },
} satisfies Record<string, Text>;

/** "3" or, under a filter, "3 of 12": the whole is never hidden. */
const recoveredText = (f: LayerFeature, filter: GunFilter, lang: Lang) =>
  isFiltered(filter)
    ? t(lang, TEXT.ofAll, {
        n: formatNumber(countMatching(f, filter), lang),
        all: formatNumber(firearms(f), lang),
      })
    : formatNumber(firearms(f), lang);

const firearms = (f: LayerFeature) => num(f.properties, 'firearms');
/** Sized against every recovered firearm, so a filter never makes a circle look larger. */
const maxOf = (data: LayerFeature[]) => Math.max(1, ...data.map((f) => firearms(f) ?? 0));

const kept = new WeakMap<LayerFeature[], Map<string, LayerFeature[]>>();
/** The places holding at least one firearm the filter keeps (the same array per filter). */
export function placesShown(data: LayerFeature[], f: GunFilter): LayerFeature[] {
  if (!isFiltered(f)) return data;
  let byKey = kept.get(data);
  if (!byKey) kept.set(data, (byKey = new Map()));
  const key = filterKey({ ...f, when: 'year' });
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = data.filter((x) => countMatching(x, f) > 0)));
  return out;
}
const counted = new WeakMap<LayerFeature[], Counted[]>();
const countedRecoveries = (data: LayerFeature[]) => {
  let c = counted.get(data);
  if (!c) counted.set(data, (c = countedParts(data, () => null)));
  return c;
};

export const recoveries: LayerDef = {
  id: 'recoveries',
  title: {
    en: 'Where trafficked guns were recovered',
    es: 'Dónde se recuperaron las armas traficadas',
  },
  description: {
    en: 'Places in Mexico where firearms from the court cases were recovered, at the municipio or state centre. Only about 3 % of the firearms have a recorded recovery place. All years.',
    es: 'Lugares de México donde se recuperaron armas de los casos judiciales, en el centro del municipio o estado. Solo cerca del 3 % de las armas tiene lugar de recuperación. Todos los años.',
  },
  group: 'mx',
  defaultVisible: false,
  key: (f) => String(f.properties.place_id),
  metrics: [{ id: 'firearms', label: TEXT.recovered }],
  years: () => null,
  gunFilter: countedRecoveries,
  render: (deck, data, s) => {
    const max = maxOf(data);
    const filter = s.gunFilter ?? NO_FILTER;
    return [
      points(
        deck,
        {
          id: 'recoveries',
          data: placesShown(data, filter),
          radius: (f) => areaRadius(countMatching(f, filter), max, 22, 4),
          triggers: [filterKey(filter)],
          color: (f) => [
            ...(f.properties.precision === 'state' ? OKABE_ITO.purple : OKABE_ITO.vermillion),
            200,
          ],
        },
        s,
      ),
    ];
  },
  legend: (data, s) => ({
    title: t(s.lang, TEXT.legendTitle),
    entries: [
      {
        color: OKABE_ITO.vermillion,
        label: t(s.lang, TEXT.municipio, { max: maxOf(data) }),
        shape: 'circle',
      },
      {
        color: OKABE_ITO.purple,
        label: t(s.lang, TEXT.stateOnly),
        shape: 'circle',
      },
    ],
    note: filterNote(
      countedRecoveries(data),
      s.gunFilter ?? NO_FILTER,
      s.year,
      s.lang,
      (id) => t(s.lang, classOf(id).label),
      false,
    ),
  }),
  tooltip: (f, s) => ({
    title: String(f.properties.name),
    rows: [
      [t(s.lang, TEXT.recovered), recoveredText(f, s.gunFilter ?? NO_FILTER, s.lang)],
      [
        t(s.lang, TEXT.precision),
        f.properties.precision === 'state' ? t(s.lang, TEXT.state) : 'municipio',
      ],
      [
        t(s.lang, 'years'),
        f.properties.first_year ? `${f.properties.first_year}–${f.properties.last_year}` : '—',
      ],
      [t(s.lang, TEXT.cases), String(f.properties.cases ?? '—')],
      [t(s.lang, TEXT.written), String(f.properties.place_texts ?? '')],
    ],
  }),
  table: (data, s) => {
    const filter = s.gunFilter ?? NO_FILTER;
    return placesShown(data, filter).map((f) => ({
      place: String(f.properties.name),
      value: countMatching(f, filter),
      display: recoveredText(f, filter, s.lang),
    }));
  },
};
