// homicides: Mexican states shaded by intentional homicides (SESNSP) for the selected year.
import type { Props } from '../data/load';
import { SEQUENTIAL } from '../lib/colors';
import { formatNumber, type Lang } from '../lib/format';
import { choropleth } from './choropleth';
import type { LayerDef, Text } from './types';
import { breaksFor, classLabels, num, series, yearsWithData } from './yearly';

const YEARS = Array.from({ length: 11 }, (_, i) => 2015 + i);
const COLORS = SEQUENTIAL.orangeRed(6);

const METRICS: {
  id: string;
  label: Text;
  unit: Text;
  digits: number;
  value: (p: Props, y: number) => number | null;
}[] = [
  {
    id: 'rate',
    label: { en: 'Rate per 100,000 people', es: 'Tasa por 100 000 habitantes' },
    unit: { en: 'per 100,000', es: 'por 100 000' },
    digits: 1,
    value: (p, y) => num(p, `rate_${y}`),
  },
  {
    id: 'victims',
    label: { en: 'Victims', es: 'Víctimas' },
    unit: { en: 'victims', es: 'víctimas' },
    digits: 0,
    value: (p, y) => num(p, `homicides_${y}`),
  },
  {
    id: 'firearm',
    label: { en: 'Victims killed with a firearm', es: 'Víctimas con arma de fuego' },
    unit: { en: 'victims', es: 'víctimas' },
    digits: 0,
    value: (p, y) => num(p, `homicides_firearm_${y}`),
  },
  {
    id: 'share',
    label: { en: 'Share killed with a firearm', es: 'Porcentaje con arma de fuego' },
    unit: { en: '%', es: '%' },
    digits: 1,
    value: (p, y) => {
      const all = num(p, `homicides_${y}`);
      const gun = num(p, `homicides_firearm_${y}`);
      return all && gun !== null ? (gun / all) * 100 : null;
    },
  },
];
const metric = (id: string) => METRICS.find((m) => m.id === id) ?? METRICS[0]!;
const show = (id: string, v: number | null, lang: Lang) => {
  const m = metric(id);
  return v === null ? '—' : `${formatNumber(v, lang, m.digits)} ${m.unit[lang]}`;
};

export const homicides: LayerDef = {
  id: 'homicides',
  title: { en: 'Homicides in Mexico', es: 'Homicidios en México' },
  description: {
    en: 'Victims of intentional homicide by state, from prosecutors’ files (SESNSP). 2025 covers January–June only.',
    es: 'Víctimas de homicidio doloso por estado, según las carpetas de investigación (SESNSP). 2025 cubre solo enero–junio.',
  },
  group: 'mx',
  defaultVisible: true,
  key: (f) => String(f.properties.cve_ent),
  metrics: METRICS.map(({ id, label }) => ({ id, label })),
  years: (data, m) => yearsWithData(data, YEARS, metric(m).value),
  render: (deck, data, s) => [
    choropleth(
      deck,
      {
        id: 'homicides',
        data,
        value: metric(s.metric).value,
        breaks: breaksFor(data, s.metric, YEARS.slice(0, -1), metric(s.metric).value, 6),
        colors: COLORS,
        line: [255, 255, 255, 200],
      },
      s,
    ),
  ],
  legend(data, s) {
    const m = metric(s.metric);
    const breaks = breaksFor(data, s.metric, YEARS.slice(0, -1), m.value, 6);
    return {
      title: `${m.label[s.lang]}, ${s.year}`,
      entries: classLabels(breaks, (v) => formatNumber(v, s.lang, m.digits)).map((label, i) => ({
        color: COLORS[i]!,
        label,
        shape: 'fill' as const,
      })),
      note:
        s.metric === 'share'
          ? s.lang === 'es'
            ? 'Cota inferior: muchas víctimas tienen modalidad «no especificado».'
            : 'A lower bound: many victims’ means are “not specified”.'
          : undefined,
    };
  },
  tooltip: (f, s) => {
    const p = f.properties;
    const es = s.lang === 'es';
    return {
      title: `${p.name}, ${s.year}`,
      rows: [
        ...METRICS.map(
          (m) => [m.label[s.lang], show(m.id, m.value(p, s.year), s.lang)] as [string, string],
        ),
        [es ? 'Feminicidios' : 'Femicides', formatNumber(num(p, `femicides_${s.year}`), s.lang)],
        [
          es ? 'Población (CONAPO)' : 'Population (CONAPO)',
          formatNumber(num(p, `population_${s.year}`), s.lang),
        ],
      ],
    };
  },
  series: (f, s) => series(f.properties, YEARS, metric(s.metric).value),
  table: (data, s) =>
    data.map((f) => {
      const v = metric(s.metric).value(f.properties, s.year);
      return {
        feature: f,
        place: String(f.properties.name),
        value: v,
        display: show(s.metric, v, s.lang),
      };
    }),
};
