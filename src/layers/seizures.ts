// seizures: outbound firearm and ammunition seizure events at ports, from press releases and news
// (transcribed), circles sized by firearms or rounds, filtered by the shared year.
import type { LayerFeature } from '../data/load';
import { NO_DATA, OKABE_ITO } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import { areaRadius, points } from './points';
import type { LayerDef } from './types';
import { distinctYears, num } from './yearly';

const MEASURES: { id: 'firearms' | 'rounds'; label: Text }[] = [
  { id: 'firearms', label: { en: 'Firearms seized', es: 'Armas aseguradas' } },
  { id: 'rounds', label: { en: 'Rounds of ammunition seized', es: 'Cartuchos asegurados' } },
];
const TEXT = {
  legendTitle: { en: '{measure}, {year}', es: '{measure}, {year}' },
  oneEvent: { en: 'one event (max {max})', es: 'un evento (máx. {max})' },
  unstated: {
    en: 'the source does not say it was leaving the U.S.',
    es: 'la fuente no dice que salía de EE. UU.',
  },
  noFigure: { en: 'event without this figure', es: 'evento sin esta cifra' },
  legendNote: {
    en: 'Published events only: not a count. {unknown} events with no year are not shown in any year (see the layer’s download in Sources).',
    es: 'Solo eventos difundidos: no es un conteo. {unknown} eventos sin año no se muestran en ningún año (ver tabla de datos de todos los años en Fuentes).',
  },
  when: { en: 'When', es: 'Cuándo' },
  rounds: { en: 'Rounds', es: 'Cartuchos' },
  conveyance: { en: 'Conveyance', es: 'Medio' },
  direction: { en: 'Direction (as stated)', es: 'Dirección (textual)' },
  agency: { en: 'Agency', es: 'Agencia' },
  items: { en: 'Seized, in the source’s words', es: 'Lo asegurado, en palabras de la fuente' },
} satisfies Record<string, Text>;

const measure = (id: string) => MEASURES.find((m) => m.id === id) ?? MEASURES[0]!;
const yearOf = (f: LayerFeature) => num(f.properties, 'year');
/** Drawn for an event whose source sentence does not state the direction. */
const UNSTATED = OKABE_ITO.skyBlue;
const value = (f: LayerFeature, m: string) => num(f.properties, measure(m).id);

const maxCache = new WeakMap<LayerFeature[], Map<string, number>>();
/** Largest value over all events: circle sizes compare across years. */
function maxOf(data: LayerFeature[], m: string): number {
  let c = maxCache.get(data);
  if (!c) maxCache.set(data, (c = new Map()));
  if (!c.has(m)) c.set(m, Math.max(1, ...data.map((f) => value(f, m) ?? 0)));
  return c.get(m)!;
}

const sortCache = new WeakMap<LayerFeature[], Map<string, LayerFeature[]>>();
/**
 * Largest first, so small events stay on top at a shared port. Cached per data and measure: a
 * new array on every year change would make deck.gl rebuild every attribute.
 */
function sortedBy(data: LayerFeature[], m: string): LayerFeature[] {
  let c = sortCache.get(data);
  if (!c) sortCache.set(data, (c = new Map()));
  if (!c.has(m))
    c.set(
      m,
      [...data].sort((a, b) => (value(b, m) ?? 0) - (value(a, m) ?? 0)),
    );
  return c.get(m)!;
}

const PRECISION: Record<string, Text> = {
  day: { en: 'date of the event', es: 'fecha del evento' },
  'publication date': {
    en: 'date of the report (event date not printed)',
    es: 'fecha de la nota (sin fecha del evento)',
  },
  unknown: { en: 'year not given', es: 'año no indicado' },
};

export function whenText(f: LayerFeature, lang: Lang): string {
  const p = f.properties;
  const precision = PRECISION[String(p.date_precision)] ?? PRECISION.unknown!;
  return p.date ? `${p.date} (${t(lang, precision)})` : t(lang, precision);
}

export const seizures: LayerDef = {
  id: 'seizures',
  title: {
    en: 'Outbound seizures at ports (press reports)',
    es: 'Decomisos de salida en puertos (notas de prensa)',
  },
  description: {
    en: 'Firearms and ammunition seized leaving the U.S. at ports of entry, one circle per event reported by CBP or the press, at the port’s location. A sample of what was published, not every seizure.',
    es: 'Armas y cartuchos asegurados al salir de EE. UU. en puertos de entrada, un círculo por evento difundido por la CBP o la prensa, en la ubicación del puerto. Una muestra de lo publicado, no todos los decomisos.',
  },
  group: 'border',
  defaultVisible: false,
  key: (f) => String(f.properties.event_id),
  metrics: MEASURES.map(({ id, label }) => ({ id, label })),
  years: (data) => distinctYears(data, yearOf),
  render: (deck, data, s) => {
    const max = maxOf(data, s.metric);
    // Small events on top of large ones at the same port.
    const sorted = sortedBy(data, s.metric);
    return [
      points(
        deck,
        {
          id: 'seizures',
          data: sorted,
          radius: (f) =>
            value(f, s.metric) === null ? 4 : areaRadius(value(f, s.metric), max, 26, 4),
          color: (f) =>
            value(f, s.metric) === null
              ? [...NO_DATA, 230]
              : !f.properties.outbound
                ? [...UNSTATED, 210]
                : [...(s.metric === 'rounds' ? OKABE_ITO.orange : OKABE_ITO.vermillion), 210],
          year: yearOf,
        },
        s,
      ),
    ];
  },
  legend: (data, s) => {
    const unknown = data.filter((f) => yearOf(f) === null).length;
    return {
      title: t(s.lang, TEXT.legendTitle, {
        measure: t(s.lang, measure(s.metric).label),
        year: s.year,
      }),
      entries: [
        {
          color: s.metric === 'rounds' ? OKABE_ITO.orange : OKABE_ITO.vermillion,
          label: t(s.lang, TEXT.oneEvent, { max: formatNumber(maxOf(data, s.metric), s.lang) }),
          shape: 'circle',
        },
        {
          color: UNSTATED,
          label: t(s.lang, TEXT.unstated),
          shape: 'circle',
        },
        {
          color: NO_DATA,
          label: t(s.lang, TEXT.noFigure),
          shape: 'circle',
        },
      ],
      note: t(s.lang, TEXT.legendNote, { unknown }),
    };
  },
  tooltip: (f, s) => {
    const p = f.properties;
    return {
      title: `${p.place} (${p.port_name}, ${p.state})`,
      rows: [
        [t(s.lang, TEXT.when), whenText(f, s.lang)],
        [
          t(s.lang, 'firearms'),
          `${formatNumber(num(p, 'firearms'), s.lang)}${p.firearms_basis ? ` (${p.firearms_basis})` : ''}`,
        ],
        [
          t(s.lang, TEXT.rounds),
          `${formatNumber(num(p, 'rounds'), s.lang)}${p.rounds_basis ? ` (${p.rounds_basis})` : ''}`,
        ],
        [t(s.lang, TEXT.conveyance), String(p.conveyance)],
        [t(s.lang, TEXT.direction), String(p.direction)],
        [t(s.lang, TEXT.agency), String(p.agency)],
        [t(s.lang, TEXT.items), String(p.items)],
        ...(p.note ? [[t(s.lang, 'note'), String(p.note)] as [string, string]] : []),
      ],
      link: {
        href: String(p.source_url),
        label: `${t(s.lang, 'source')}: ${new URL(String(p.source_url)).hostname} (${p.source_locator})`,
      },
    };
  },
  table: (data, s) =>
    data
      .filter((f) => yearOf(f) === s.year)
      .map((f) => ({
        place: `${f.properties.event_id} · ${f.properties.place} · ${whenText(f, s.lang)}`,
        value: value(f, s.metric),
        display: formatNumber(value(f, s.metric), s.lang),
      })),
};
