// recoveries: where firearms from the cases were recovered in Mexico (municipio or state centre).
import type { LayerFeature } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { formatNumber } from '../lib/format';
import { areaRadius, points } from './points';
import type { LayerDef } from './types';
import { num } from './yearly';

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
  metrics: [{ id: 'firearms', label: { en: 'Firearms recovered', es: 'Armas recuperadas' } }],
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
    title:
      s.lang === 'es' ? 'Armas recuperadas (todos los años)' : 'Firearms recovered (all years)',
    entries: [
      {
        color: OKABE_ITO.vermillion,
        label:
          s.lang === 'es' ? `municipio (máx. ${maxOf(data)})` : `municipio (max ${maxOf(data)})`,
        shape: 'circle',
      },
      {
        color: OKABE_ITO.purple,
        label: s.lang === 'es' ? 'solo se conoce el estado' : 'only the state is known',
        shape: 'circle',
      },
    ],
  }),
  tooltip: (f, s) => ({
    title: String(f.properties.name),
    rows: [
      [
        s.lang === 'es' ? 'Armas recuperadas' : 'Firearms recovered',
        formatNumber(firearms(f), s.lang),
      ],
      [
        s.lang === 'es' ? 'Precisión' : 'Precision',
        f.properties.precision === 'state'
          ? s.lang === 'es'
            ? 'solo el estado'
            : 'state only'
          : 'municipio',
      ],
      [
        s.lang === 'es' ? 'Años' : 'Years',
        f.properties.first_year ? `${f.properties.first_year}–${f.properties.last_year}` : '—',
      ],
      [s.lang === 'es' ? 'Casos' : 'Cases', String(f.properties.cases ?? '—')],
      [
        s.lang === 'es' ? 'Como aparece en los datos' : 'As written in the data',
        String(f.properties.place_texts ?? ''),
      ],
    ],
  }),
  table: (data, s) =>
    data.map((f) => ({
      place: String(f.properties.name),
      value: firearms(f),
      display: formatNumber(firearms(f), s.lang),
    })),
};
