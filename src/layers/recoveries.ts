// recoveries: where firearms from the cases were recovered in Mexico (municipio or state centre).
import type { LayerFeature } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
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
} satisfies Record<string, Text>;

const firearms = (f: LayerFeature) => num(f.properties, 'firearms');
const maxOf = (data: LayerFeature[]) => Math.max(1, ...data.map((f) => firearms(f) ?? 0));

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
  render: (deck, data, s) => {
    const max = maxOf(data);
    return [
      points(
        deck,
        {
          id: 'recoveries',
          data,
          radius: (f) => areaRadius(firearms(f), max, 22, 4),
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
  }),
  tooltip: (f, s) => ({
    title: String(f.properties.name),
    rows: [
      [t(s.lang, TEXT.recovered), formatNumber(firearms(f), s.lang)],
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
  table: (data, s) =>
    data.map((f) => ({
      place: String(f.properties.name),
      value: firearms(f),
      display: formatNumber(firearms(f), s.lang),
    })),
};
