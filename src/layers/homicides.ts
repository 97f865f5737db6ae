// homicides: Mexican states shaded by intentional homicides (SESNSP) for the selected year.
import type { LayerEntry } from '../data/manifest';
import type { Props } from '../data/load';
import { SEQUENTIAL } from '../lib/colors';
import { formatNumber } from '../lib/format';
import { yearlyChoropleth } from './kinds/choropleth';
import type { YearlyMetric } from './kinds/yearly';
import type { LayerDef } from './types';
import { num } from './yearly';

const METRICS: YearlyMetric[] = [
  {
    id: 'rate',
    label: { en: 'Rate per 100,000 people', es: 'Tasa por 100 000 habitantes' },
    unit: { en: 'per 100,000', es: 'por 100 000' },
    digits: 1,
  },
  {
    id: 'victims',
    label: { en: 'Victims', es: 'Víctimas' },
    unit: { en: 'victims', es: 'víctimas' },
    value: (p, y) => num(p, `homicides_${y}`),
  },
  {
    id: 'firearm',
    label: { en: 'Victims killed with a firearm', es: 'Víctimas con arma de fuego' },
    unit: { en: 'victims', es: 'víctimas' },
    value: (p, y) => num(p, `homicides_firearm_${y}`),
  },
  {
    id: 'share',
    label: { en: 'Share killed with a firearm', es: 'Porcentaje con arma de fuego' },
    unit: { en: '%', es: '%' },
    digits: 1,
    value: (p: Props, y: number) => {
      const all = num(p, `homicides_${y}`);
      const gun = num(p, `homicides_firearm_${y}`);
      return all && gun !== null ? (gun / all) * 100 : null;
    },
    note: {
      en: 'A lower bound: many victims’ means are “not specified”.',
      es: 'Cota inferior: muchas víctimas tienen modalidad «no especificado».',
    },
  },
];

/** The layer over a manifest entry (the bundled one, or a test's). */
export const homicidesLayer = (meta?: LayerEntry): LayerDef =>
  yearlyChoropleth(
    {
      id: 'homicides',
      title: { en: 'Homicides in Mexico', es: 'Homicidios en México' },
      description: {
        en: 'Victims of intentional homicide by state, from prosecutors’ files (SESNSP). 2025 covers January–June only.',
        es: 'Víctimas de homicidio doloso por estado, según las carpetas de investigación (SESNSP). 2025 cubre solo enero–junio.',
      },
      group: 'mx',
      defaultVisible: true,
      metrics: METRICS,
      colors: SEQUENTIAL.orangeRed(6),
      line: [255, 255, 255, 200],
      place: (p) => String(p.name),
      tooltipTitle: (p, s) => `${p.name}, ${s.year}`,
      tooltipRows: (p, s, rows) => [
        ...rows,
        [
          s.lang === 'es' ? 'Feminicidios' : 'Femicides',
          formatNumber(num(p, `femicides_${s.year}`), s.lang),
        ],
        [
          s.lang === 'es' ? 'Población (CONAPO)' : 'Population (CONAPO)',
          formatNumber(num(p, `population_${s.year}`), s.lang),
        ],
      ],
    },
    meta,
  );

export const homicides = homicidesLayer();
