// encounters: Border Patrol southwest sectors, circles at each headquarters sized by encounters.
import type { LayerFeature, Props } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { formatCompact, formatNumber } from '../lib/format';
import { areaRadius, points } from './points';
import type { LayerDef } from './types';
import { num, series, yearsWithData } from './yearly';

const YEARS = Array.from({ length: 26 }, (_, i) => 2000 + i);
const value = (p: Props, y: number) => num(p, `encounters_${y}`);
const MAX_PX = 34;
const maxOf = (data: LayerFeature[]) =>
  Math.max(0, ...data.flatMap((f) => YEARS.map((y) => value(f.properties, y) ?? 0)));

export const encounters: LayerDef = {
  id: 'encounters',
  title: { en: 'Border Patrol encounters', es: 'Encuentros de la Patrulla Fronteriza' },
  description: {
    en: 'Encounters per fiscal year in the 9 southwest Border Patrol sectors, drawn at each sector’s headquarters (DHS OHSS). FY2025 covers October–November 2024.',
    es: 'Encuentros por año fiscal en los 9 sectores del suroeste de la Patrulla Fronteriza, en la sede de cada sector (DHS OHSS). El año fiscal 2025 cubre octubre–noviembre de 2024.',
  },
  group: 'border',
  defaultVisible: false,
  key: (f) =>
    String(f.properties.sector)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-'),
  metrics: [{ id: 'encounters', label: { en: 'Encounters', es: 'Encuentros' } }],
  years: (data) => yearsWithData(data, YEARS, value),
  render: (deck, data, s) => {
    const max = maxOf(data);
    return [
      points(
        deck,
        {
          id: 'encounters',
          data,
          radius: (f) => areaRadius(value(f.properties, s.year), max, MAX_PX),
          color: () => [...OKABE_ITO.green, 170],
        },
        s,
      ),
    ];
  },
  legend(data, s) {
    const max = maxOf(data);
    return {
      title:
        s.lang === 'es' ? `Encuentros, año fiscal ${s.year}` : `Encounters, fiscal year ${s.year}`,
      entries: [max, max / 4, max / 16]
        .map((v) => Number(v.toPrecision(1)))
        .map((v) => ({
          color: OKABE_ITO.green,
          label: formatCompact(v, s.lang),
          shape: 'circle' as const,
          size: 2 * areaRadius(v, max, MAX_PX),
        })),
      note:
        s.lang === 'es'
          ? 'Un sector cubre un tramo largo de frontera; el punto es su sede.'
          : 'A sector covers a long stretch of border; the point is its headquarters.',
    };
  },
  tooltip: (f, s) => ({
    title: `${f.properties.sector} ${s.lang === 'es' ? '(sector)' : 'Sector'}`,
    rows: [
      [s.lang === 'es' ? 'Sede' : 'Headquarters', String(f.properties.hq_city)],
      [
        s.lang === 'es' ? `Encuentros, año fiscal ${s.year}` : `Encounters, FY${s.year}`,
        formatNumber(value(f.properties, s.year), s.lang),
      ],
    ],
  }),
  series: (f) => series(f.properties, YEARS, value),
  table: (data, s) =>
    data.map((f) => {
      const v = value(f.properties, s.year);
      return {
        feature: f,
        place: String(f.properties.sector),
        value: v,
        display: formatNumber(v, s.lang),
      };
    }),
};
