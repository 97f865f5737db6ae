// homicides: Mexican states shaded by intentional homicides (SESNSP) for the selected year.
import type { LayerEntry } from '../data/manifest';
import type { Props } from '../data/load';
import { SEQUENTIAL } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import { yearlyChoropleth } from './kinds/choropleth';
import type { YearlyMetric } from './kinds/yearly';
import type { LayerDef } from './types';
import { num } from './yearly';

const TEXT = {
  femicides: { en: 'Femicides', es: 'Feminicidios' },
  population: { en: 'Population (CONAPO)', es: 'Población (CONAPO)' },
} satisfies Record<string, Text>;

const METRICS: YearlyMetric[] = [
  {
    id: 'rate',
    label: { en: 'Rate per 100,000 people', es: 'Tasa por 100 mil habitantes' },
    unit: { en: 'per 100,000', es: 'por 100 mil' },
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
      profile: { kind: 'mx-state', field: 'cve_ent' },
      tooltipTitle: (p, s) => `${p.name}, ${s.year}`,
      tooltipRows: (p, s, rows) => [
        ...rows,
        [t(s.lang, TEXT.femicides), formatNumber(num(p, `femicides_${s.year}`), s.lang)],
        [t(s.lang, TEXT.population), formatNumber(num(p, `population_${s.year}`), s.lang)],
      ],
    },
    meta,
  );

export const homicides = homicidesLayer();
