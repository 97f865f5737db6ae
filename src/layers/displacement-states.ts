// displacement-states: people displaced by violence per Mexican state and year where a source
// gives a figure (CMDPDH, transcribed). States without one are hatched "no data", never zero.
import type { LayerFeature, Props } from '../data/load';
import { entry } from '../data/manifest';
import { SEQUENTIAL } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import { choropleth } from './choropleth';
import type { LayerDef } from './types';
import { breaksFor, classLabels, num, series, yearsWithData } from './yearly';

const YEARS = entry('displacement-states').years;
const COLORS = SEQUENTIAL.yellowGreenBlue(5);
const value = (p: Props, y: number) => num(p, `displaced_${y}`);
const breaks = (data: LayerFeature[]) => breaksFor(data, 'displaced', YEARS, value, 5);
const SPAN = Array.from({ length: YEARS.at(-1)! - YEARS[0]! + 1 }, (_, i) => YEARS[0]! + i);
/** Who counted the year's figures (CMDPDH; other monitors in later years), from the data. */
const counters = (data: LayerFeature[], year: number) =>
  [
    ...new Set(
      data.map((f) => String(f.properties[`source_${year}`] ?? '').split(' · ')[0]).filter(Boolean),
    ),
  ].join(', ') || '—';
const TEXT = {
  legendTitle: { en: 'People displaced, {year}', es: 'Personas desplazadas, {year}' },
  legendNote: {
    en: '{n} of 32 states have a figure in {year}; counted by: {counters}. Massive episodes documented in the press: a floor, not a census.',
    es: '{n} de 32 estados con cifra en {year}; quién contó: {counters}. Episodios masivos documentados en la prensa: un piso, no un censo.',
  },
  displaced: { en: 'People displaced', es: 'Personas desplazadas' },
  counted: { en: 'Counted by · published by', es: 'Quién contó · quién publicó' },
} satisfies Record<string, Text>;

export const HATCH: [number, number, number] = [120, 120, 120];

export const displacementStates: LayerDef = {
  id: 'displacement-states',
  title: {
    en: 'Displacement by violence, by state',
    es: 'Desplazamiento por violencia, por estado',
  },
  description: {
    en: 'People displaced in massive displacement episodes, by state of origin and year, where CMDPDH (as reported) gives a figure. Complete for 2018–2019 only; hatched states have no data.',
    es: 'Personas desplazadas en episodios masivos, por estado de origen y año, donde la CMDPDH (según la prensa) da una cifra. Completo solo para 2018–2019; los estados rayados no tienen datos.',
  },
  group: 'mx',
  defaultVisible: false,
  key: (f) => String(f.properties.cve_ent),
  metrics: [{ id: 'displaced', label: { en: 'People displaced', es: 'Personas desplazadas' } }],
  years: (data) => yearsWithData(data, YEARS, value),
  // States with no figure in the year are hatched over the grey, so "no data" cannot be read as
  // a low value.
  maplibre: (data, s) => [
    choropleth(
      {
        id: 'displacement-states',
        data,
        value,
        breaks: breaks(data),
        colors: COLORS,
        line: [255, 255, 255, 200],
        hatch: (f) => value(f.properties, s.year) === null,
      },
      s,
    ),
  ],
  legend(data, s) {
    const n = data.filter((f) => value(f.properties, s.year) !== null).length;
    return {
      title: t(s.lang, TEXT.legendTitle, { year: s.year }),
      entries: [
        ...classLabels(breaks(data), (v) => formatNumber(v, s.lang)).map((label, i) => ({
          color: COLORS[i]!,
          label,
          shape: 'fill' as const,
        })),
        { color: HATCH, label: t(s.lang, 'noValue'), shape: 'hatch' as const },
      ],
      note: t(s.lang, TEXT.legendNote, { n, year: s.year, counters: counters(data, s.year) }),
    };
  },
  tooltip: (f, s) => {
    const p = f.properties;
    const v = value(p, s.year);
    return {
      title: `${p.name}, ${s.year}`,
      rows: [
        [t(s.lang, TEXT.displaced), v === null ? t(s.lang, 'noValue') : formatNumber(v, s.lang)],
        ...(v === null
          ? []
          : ([
              [t(s.lang, 'sourceWords'), String(p[`text_${s.year}`])],
              [t(s.lang, TEXT.counted), String(p[`source_${s.year}`])],
            ] as [string, string][])),
      ],
      ...(v === null
        ? {}
        : {
            link: {
              href: String(p[`url_${s.year}`]),
              label: `${t(s.lang, 'source')}: ${new URL(String(p[`url_${s.year}`])).hostname}`,
            },
          }),
    };
  },
  // Every year from the first to the last, so a year without figures (2023) shows as a gap.
  series: (f) => series(f.properties, SPAN, value),
  profile: { kind: 'mx-state', field: 'cve_ent' },
  table: (data, s) =>
    data.map((f) => {
      const v = value(f.properties, s.year);
      return {
        feature: f,
        place: String(f.properties.name),
        value: v,
        display: v === null ? t(s.lang, 'noValue') : formatNumber(v, s.lang),
      };
    }),
};
