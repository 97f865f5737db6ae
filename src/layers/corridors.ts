// corridors: MODELED routes of the court-case firearms via the nearest port of entry, width by
// firearms, filtered by purchase year on the GPU. Every label says the route is modeled.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { LayerFeature } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { formatNumber } from '../lib/format';
import type { LayerDef, Text } from './types';
import { distinctYears, num } from './yearly';

export const MODELED: Text = {
  en: 'Modeled route via the nearest port of entry',
  es: 'Ruta modelada por el puerto de entrada más cercano',
};
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
    title:
      s.lang === 'es'
        ? `Armas compradas en ${s.year}, por ruta`
        : `Firearms bought in ${s.year}, by route`,
    entries: [
      {
        color: OKABE_ITO.blue,
        label:
          s.lang === 'es'
            ? 'hasta el puerto (destino desconocido)'
            : 'to the port (destination unknown)',
        shape: 'line',
      },
      {
        color: OKABE_ITO.vermillion,
        label:
          s.lang === 'es'
            ? 'hasta el lugar de recuperación en México'
            : 'on to the recovery place in Mexico',
        shape: 'line',
      },
    ],
    note: `${MODELED[s.lang]}. ${s.lang === 'es' ? 'Grosor según el número de armas.' : 'Width by number of firearms.'}`,
  }),
  tooltip: (f, s) => {
    const p = f.properties;
    const es = s.lang === 'es';
    return {
      title: `${p.origin_name} → ${p.port_name}${String(p.dest_kind).startsWith('recovery') ? ` → ${p.dest_name}` : ''}`,
      rows: [
        [es ? 'Armas' : 'Firearms', formatNumber(firearms(f), s.lang)],
        [
          es ? 'De ellas, calibre .50 / francotirador' : 'Of which .50 / sniper rifles',
          formatNumber(num(p, 'sniper_50'), s.lang),
        ],
        [es ? 'Año de compra' : 'Purchase year', String(p.year ?? '—')],
        [es ? 'Longitud' : 'Length', `${formatNumber(num(p, 'distance_km'), s.lang)} km`],
        [es ? 'Ruta' : 'Route', MODELED[s.lang]],
      ],
    };
  },
  table: (data, s) =>
    data
      .filter((f) => yearOf(f) === s.year)
      .map((f) => ({
        place: `${f.properties.origin_name} → ${f.properties.port_name}${String(f.properties.dest_kind).startsWith('recovery') ? ` → ${f.properties.dest_name}` : ''}`,
        value: firearms(f),
        display: `${formatNumber(firearms(f), s.lang)} (${MODELED[s.lang].toLowerCase()})`,
      })),
};
