// corridors: MODELED routes of the court-case firearms via the nearest port of entry, width by
// firearms, filtered by purchase year on the GPU. Every label says the route is modeled.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { LayerFeature } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import type { LayerDef } from './types';
import { distinctYears, num } from './yearly';

export const MODELED: Text = {
  en: 'Modeled route via the nearest port of entry',
  es: 'Ruta modelada por el puerto de entrada más cercano',
};
const TEXT = {
  legendTitle: {
    en: 'Firearms bought in {year}, by route',
    es: 'Armas compradas en {year}, por ruta',
  },
  toPort: { en: 'to the port (destination unknown)', es: 'hasta el puerto (destino desconocido)' },
  onward: {
    en: 'on to the recovery place in Mexico',
    es: 'hasta el lugar de recuperación en México',
  },
  width: { en: 'Width by number of firearms.', es: 'Grosor según el número de armas.' },
  sniper: { en: 'Of which .50 / sniper rifles', es: 'De ellas, calibre .50 / francotirador' },
  purchase: { en: 'Purchase year', es: 'Año de compra' },
  length: { en: 'Length', es: 'Longitud' },
  route: { en: 'Route', es: 'Ruta' },
} satisfies Record<string, Text>;
const firearms = (f: LayerFeature) => num(f.properties, 'firearms') ?? 0;
const yearOf = (f: LayerFeature) => num(f.properties, 'year');

/** Big flows first so thin ones stay visible on top of them. */
const sorted = new WeakMap<LayerFeature[], LayerFeature[]>();
const ordered = (data: LayerFeature[]) => {
  let s = sorted.get(data);
  if (!s) sorted.set(data, (s = [...data].sort((a, b) => firearms(b) - firearms(a))));
  return s;
};

export const corridors: LayerDef = {
  id: 'corridors',
  title: { en: 'Gun corridors (modeled)', es: 'Corredores de armas (modelados)' },
  description: {
    en: 'From the place a gun in the court cases was bought, to the nearest port of entry, to where it was recovered in Mexico when known. The crossing is an assumption, not a record.',
    es: 'Del lugar donde se compró un arma de los casos judiciales al puerto de entrada más cercano y, si se sabe, a donde se recuperó en México. El cruce es un supuesto, no un registro.',
  },
  group: 'border',
  defaultVisible: true,
  metrics: [{ id: 'firearms', label: { en: 'Firearms', es: 'Armas' } }],
  years: (data) => distinctYears(data, yearOf),
  render(deck, data, s) {
    const d = ordered(data);
    const selected = s.selected;
    return [
      new deck.layers.PathLayer<LayerFeature, DataFilterExtensionProps<LayerFeature>>({
        id: 'corridors',
        data: d,
        pickable: true,
        widthUnits: 'pixels',
        capRounded: true,
        jointRounded: true,
        getPath: (f) =>
          f.geometry.type === 'LineString' ? (f.geometry.coordinates as [number, number][]) : [],
        getWidth: (f) => Math.min(14, 1.2 + Math.sqrt(firearms(f)) * 1.3),
        // Translucent, so overlapping flows add up visibly instead of hiding each other.
        getColor: (f) =>
          f === selected
            ? [0, 0, 0, 255]
            : [
                ...(String(f.properties.dest_kind).startsWith('recovery')
                  ? OKABE_ITO.vermillion
                  : OKABE_ITO.blue),
                120,
              ],
        extensions: [new deck.extensions.DataFilterExtension({ filterSize: 1 })],
        getFilterValue: (f: LayerFeature) => yearOf(f) ?? -1,
        filterRange: [s.year - 0.5, s.year + 0.5],
        updateTriggers: { getColor: [s.selected] },
      }),
    ];
  },
  legend: (_data, s) => ({
    title: t(s.lang, TEXT.legendTitle, { year: s.year }),
    entries: [
      {
        color: OKABE_ITO.blue,
        label: t(s.lang, TEXT.toPort),
        shape: 'line',
      },
      {
        color: OKABE_ITO.vermillion,
        label: t(s.lang, TEXT.onward),
        shape: 'line',
      },
    ],
    note: `${t(s.lang, MODELED)}. ${t(s.lang, TEXT.width)}`,
  }),
  tooltip: (f, s) => {
    const p = f.properties;
    return {
      title: `${p.origin_name} → ${p.port_name}${String(p.dest_kind).startsWith('recovery') ? ` → ${p.dest_name}` : ''}`,
      rows: [
        [t(s.lang, 'firearms'), formatNumber(firearms(f), s.lang)],
        [t(s.lang, TEXT.sniper), formatNumber(num(p, 'sniper_50'), s.lang)],
        [t(s.lang, TEXT.purchase), String(p.year ?? '—')],
        [t(s.lang, TEXT.length), `${formatNumber(num(p, 'distance_km'), s.lang)} km`],
        [t(s.lang, TEXT.route), t(s.lang, MODELED)],
      ],
    };
  },
  table: (data, s) =>
    data
      .filter((f) => yearOf(f) === s.year)
      .map((f) => ({
        place: `${f.properties.origin_name} → ${f.properties.port_name}${String(f.properties.dest_kind).startsWith('recovery') ? ` → ${f.properties.dest_name}` : ''}`,
        value: firearms(f),
        display: `${formatNumber(firearms(f), s.lang)} (${t(s.lang, MODELED).toLowerCase()})`,
      })),
};
