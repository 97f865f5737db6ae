// ports: U.S.–Mexico land ports of entry, circles sized by inbound crossings in the year.
import type { LayerFeature, Props } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { formatCompact, formatNumber } from '../lib/format';
import { areaRadius, points } from './points';
import type { LayerDef, Text } from './types';
import { num, series, yearsWithData } from './yearly';

const YEARS = Array.from({ length: 27 }, (_, i) => 1996 + i);
const PEOPLE = ['pedestrians', 'personal_vehicle_passengers', 'bus_passengers', 'train_passengers'];

const MEASURES: {
  id: string;
  label: Text;
  unit: Text;
  value: (p: Props, y: number) => number | null;
}[] = [
  {
    id: 'personal_vehicles',
    label: { en: 'Personal vehicles', es: 'Vehículos particulares' },
    unit: { en: 'vehicles', es: 'vehículos' },
    value: (p, y) => num(p, `personal_vehicles_${y}`),
  },
  {
    id: 'trucks',
    label: { en: 'Trucks', es: 'Camiones de carga' },
    unit: { en: 'trucks', es: 'camiones' },
    value: (p, y) => num(p, `trucks_${y}`),
  },
  {
    id: 'pedestrians',
    label: { en: 'Pedestrians', es: 'Peatones' },
    unit: { en: 'pedestrians', es: 'peatones' },
    value: (p, y) => num(p, `pedestrians_${y}`),
  },
  {
    id: 'people',
    label: {
      en: 'All people (pedestrians + passengers)',
      es: 'Todas las personas (peatones + pasajeros)',
    },
    unit: { en: 'people', es: 'personas' },
    value: (p, y) => {
      const parts = PEOPLE.map((m) => num(p, `${m}_${y}`)).filter((v): v is number => v !== null);
      return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    },
  },
];
const measure = (id: string) => MEASURES.find((m) => m.id === id) ?? MEASURES[0]!;

const maxCache = new WeakMap<LayerFeature[], Map<string, number>>();
/** Largest value of a measure over all ports and years: circle sizes compare across years. */
function maxOf(data: LayerFeature[], id: string): number {
  let m = maxCache.get(data);
  if (!m) maxCache.set(data, (m = new Map()));
  if (!m.has(id))
    m.set(
      id,
      Math.max(
        0,
        ...data.flatMap((f) => YEARS.map((y) => measure(id).value(f.properties, y) ?? 0)),
      ),
    );
  return m.get(id)!;
}
const MAX_PX = 28;

export const ports: LayerDef = {
  id: 'ports',
  title: { en: 'Ports of entry', es: 'Puertos de entrada' },
  description: {
    en: 'U.S.–Mexico land ports, sized by inbound (northbound) crossings in the year (BTS). No southbound counts exist. 2022 covers January–July.',
    es: 'Puertos terrestres entre EE. UU. y México, según los cruces hacia el norte en el año (BTS). No hay conteos hacia el sur. 2022 cubre enero–julio.',
  },
  group: 'border',
  defaultVisible: true,
  key: (f) => String(f.properties.port_code),
  metrics: MEASURES.map(({ id, label }) => ({ id, label })),
  years: (data, m) => yearsWithData(data, YEARS, measure(m).value),
  render: (deck, data, s) => [
    points(
      deck,
      {
        id: 'ports',
        data,
        radius: (f) =>
          areaRadius(measure(s.metric).value(f.properties, s.year), maxOf(data, s.metric), MAX_PX),
        color: () => [...OKABE_ITO.skyBlue, 200],
      },
      s,
    ),
  ],
  legend(data, s) {
    const max = maxOf(data, s.metric);
    const steps = [max, max / 4, max / 16].map((v) => Number(v.toPrecision(1)));
    return {
      title: `${measure(s.metric).label[s.lang]}, ${s.year}`,
      entries: steps.map((v) => ({
        color: OKABE_ITO.skyBlue,
        label: `${formatCompact(v, s.lang)} ${measure(s.metric).unit[s.lang]}`,
        shape: 'circle' as const,
        size: 2 * areaRadius(v, max, MAX_PX),
      })),
      note:
        s.lang === 'es'
          ? 'Solo cruces hacia EE. UU.: el tráfico indica cuán concurrido es un cruce.'
          : 'Inbound only: traffic shows how busy a crossing is.',
    };
  },
  tooltip: (f, s) => ({
    title: `${f.properties.name}, ${f.properties.state}`,
    rows: MEASURES.map(
      (m) =>
        [`${m.label[s.lang]} (${s.year})`, formatNumber(m.value(f.properties, s.year), s.lang)] as [
          string,
          string,
        ],
    ),
  }),
  series: (f, s) => series(f.properties, YEARS, measure(s.metric).value),
  table: (data, s) =>
    data.map((f) => {
      const v = measure(s.metric).value(f.properties, s.year);
      return {
        feature: f,
        place: `${f.properties.name}, ${f.properties.state}`,
        value: v,
        display: v === null ? '—' : `${formatNumber(v, s.lang)} ${measure(s.metric).unit[s.lang]}`,
      };
    }),
};
