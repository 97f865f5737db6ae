// traces: U.S. states shaded by firearms recovered in Mexico and traced to them, for a labelled
// period (the periods overlap and come from different sources; they are never made into years).
import type { LayerFeature, Props } from '../data/load';
import { entry } from '../data/manifest';
import { SEQUENTIAL } from '../lib/colors';
import { quantileBreaks } from '../lib/classes';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import { choropleth } from './choropleth';
import type { Choice, LayerDef } from './types';
import { classLabels, num } from './yearly';

/** The periods the pipeline wrote (`traced_<from>_<to>` fields), newest first. */
const PERIODS: Choice[] = entry('traces')
  .fields.filter((f) => f.name.startsWith('traced_'))
  .map((f) => f.name.slice('traced_'.length))
  .sort()
  .reverse()
  .map((k) => {
    const label = k.replace('_', '–');
    return { id: k, label: { en: `Traced, ${label}`, es: `Rastreadas, ${label}` } };
  });
// The lightest step of the ramp is dropped: it is too close to the basemap's land to read.
const COLORS = SEQUENTIAL.purpleBlue(5).slice(1);
const value = (k: string) => (p: Props) => num(p, `traced_${k}`);
const period = (id: string) => PERIODS.find((p) => p.id === id) ?? PERIODS[0]!;

const TEXT = {
  legendTitle: {
    en: 'Firearms traced to the state, {period}',
    es: 'Armas rastreadas hasta el estado, {period}',
  },
  recovered: { en: 'Recovered in', es: 'Recuperadas en' },
  unshaded: {
    en: 'Unshaded states have no figure in the source (not zero).',
    es: 'Los estados sin color no tienen cifra en la fuente (no es cero).',
  },
  combined: {
    en: 'Combined figure, not split: {figure}.',
    es: 'Cifra conjunta, sin dividir: {figure}.',
  },
} satisfies Record<string, Text>;

const breakCache = new WeakMap<LayerFeature[], number[]>();
/** Breaks over every period, so the colours of two periods compare. */
function breaks(data: LayerFeature[]): number[] {
  let b = breakCache.get(data);
  if (!b) {
    const values = data.flatMap((f) =>
      PERIODS.map((p) => value(p.id)(f.properties)).filter((v): v is number => v !== null),
    );
    breakCache.set(data, (b = quantileBreaks(values, 4)));
  }
  return b;
}
/** Source of a period: the first feature that has one (every state of a period shares it). */
const sourceOf = (data: LayerFeature[], k: string) =>
  data.map((f) => f.properties).find((p) => p[`source_${k}`]);

export const traces: LayerDef = {
  id: 'traces',
  title: {
    en: 'U.S. source states of guns traced from Mexico',
    es: 'Estados de EE. UU. de origen de armas rastreadas desde México',
  },
  description: {
    en: 'Firearms recovered in Mexico that ATF traced to a U.S. state, for a period a source reports (periods overlap; they are not years). Only the states a source names are shaded.',
    es: 'Armas recuperadas en México que la ATF rastreó hasta un estado de EE. UU., para un periodo que reporta una fuente (los periodos se traslapan; no son años). Solo se colorean los estados que nombra la fuente.',
  },
  group: 'us',
  defaultVisible: false,
  key: (f) => String(f.properties.name),
  // A traced state opens the state's profile (its dealers, firearms bought, inspections).
  profile: { kind: 'us-state', field: 'usps' },
  metrics: PERIODS,
  years: () => null,
  maplibre: (data, s) => [
    choropleth(
      {
        id: 'traces',
        data,
        value: value(period(s.metric).id),
        breaks: breaks(data),
        colors: COLORS,
        line: [255, 255, 255, 220],
      },
      s,
    ),
  ],
  legend(data, s) {
    const k = period(s.metric).id;
    const src = sourceOf(data, k);
    const combined = data.map((f) => f.properties[`combined_${k}`]).filter(Boolean);
    return {
      title: t(s.lang, TEXT.legendTitle, { period: k.replace('_', '–') }),
      entries: classLabels(breaks(data), (v) => formatNumber(v, s.lang)).map((label, i) => ({
        color: COLORS[i]!,
        label,
        shape: 'fill' as const,
      })),
      note: [
        `${t(s.lang, 'source')}: ${src?.[`source_${k}`] ?? '—'}.`,
        // Iron River's 2015–2022 figures count recoveries in Central America too.
        `${t(s.lang, TEXT.recovered)}: ${src?.[`recovered_${k}`] || '—'}.`,
        t(s.lang, TEXT.unshaded),
        ...[...new Set(combined)].map((c) => t(s.lang, TEXT.combined, { figure: String(c) })),
      ].join(' '),
    };
  },
  tooltip: (f, s) => {
    const p = f.properties;
    const k = period(s.metric).id;
    return {
      title: `${p.name}, ${k.replace('_', '–')}`,
      rows: [
        ...PERIODS.map(
          (q) =>
            [
              t(s.lang, q.label),
              num(p, `traced_${q.id}`) !== null
                ? formatNumber(num(p, `traced_${q.id}`), s.lang)
                : String(p[`combined_${q.id}`] || '—'),
            ] as [string, string],
        ),
        [t(s.lang, 'sourceWords'), String(p[`text_${k}`] || '—')],
      ],
      ...(p[`url_${k}`]
        ? {
            link: {
              href: String(p[`url_${k}`]),
              label: `${t(s.lang, 'source')}: ${p[`source_${k}`]}`,
            },
          }
        : {}),
    };
  },
  table: (data, s) =>
    data.map((f) => {
      const k = period(s.metric).id;
      const v = num(f.properties, `traced_${k}`);
      return {
        place: String(f.properties.name),
        value: v,
        display:
          v !== null ? formatNumber(v, s.lang) : String(f.properties[`combined_${k}`] || '—'),
      };
    }),
};
