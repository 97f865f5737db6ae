// guns: firearms named in trafficking cases, at their U.S. purchase place, by purchase year and
// coloured by weapon class; .50 calibre and sniper rifles stand out.
import type { LayerFeature } from '../data/load';
import { OKABE_ITO, type RGB } from '../lib/colors';
import { formatNumber } from '../lib/format';
import { points } from './points';
import type { LayerDef, Text } from './types';
import { num } from './yearly';

export const CLASSES: { id: string; label: Text; color: RGB }[] = [
  {
    id: 'sniper-50',
    label: { en: '.50 calibre / sniper rifle', es: 'Fusil calibre .50 / de francotirador' },
    color: OKABE_ITO.vermillion,
  },
  { id: 'machine-gun', label: { en: 'Machine gun', es: 'Ametralladora' }, color: OKABE_ITO.black },
  { id: 'rifle', label: { en: 'Rifle', es: 'Rifle' }, color: OKABE_ITO.orange },
  { id: 'pistol', label: { en: 'Pistol', es: 'Pistola' }, color: OKABE_ITO.blue },
  { id: 'revolver', label: { en: 'Revolver', es: 'Revólver' }, color: OKABE_ITO.skyBlue },
  { id: 'shotgun', label: { en: 'Shotgun', es: 'Escopeta' }, color: OKABE_ITO.green },
  {
    id: 'part',
    label: { en: 'Receiver or part', es: 'Receptor o pieza' },
    color: OKABE_ITO.purple,
  },
  {
    id: 'other',
    label: { en: 'Other / unknown', es: 'Otro / desconocido' },
    color: OKABE_ITO.grey,
  },
];
const byId = new Map(CLASSES.map((c) => [c.id, c]));
const classOf = (f: LayerFeature) => byId.get(String(f.properties.weapon_class)) ?? CLASSES.at(-1)!;
const yearOf = (f: LayerFeature) => num(f.properties, 'purchase_year');

/** .50s drawn last, on top: sorted once per data array. */
const sorted = new WeakMap<LayerFeature[], LayerFeature[]>();
function ordered(data: LayerFeature[]): LayerFeature[] {
  let s = sorted.get(data);
  if (!s)
    sorted.set(
      data,
      (s = [...data].sort(
        (a, b) =>
          Number(a.properties.weapon_class === 'sniper-50') -
          Number(b.properties.weapon_class === 'sniper-50'),
      )),
    );
  return s;
}

export const guns: LayerDef = {
  id: 'guns',
  title: {
    en: 'Guns in trafficking cases, by purchase place',
    es: 'Armas en casos de tráfico, por lugar de compra',
  },
  description: {
    en: 'Firearms named in U.S. federal cases of trafficking to Mexico, placed at the city (or state) where they were bought, by purchase year (Campbell & McDougal, The Conversation). Cases, not a sample.',
    es: 'Armas nombradas en casos federales de EE. UU. por tráfico a México, en la ciudad (o estado) de compra, por año de compra (Campbell y McDougal, The Conversation). Casos, no una muestra.',
  },
  group: 'us',
  defaultVisible: false,
  metrics: [{ id: 'class', label: { en: 'Weapon class', es: 'Tipo de arma' } }],
  years: (data) => [...new Set(data.map(yearOf).filter((y): y is number => y !== null))].sort(),
  render: (deck, data, s) => {
    const d = ordered(data);
    return [
      points(
        deck,
        {
          id: 'guns',
          data: d,
          radius: (f) => (f.properties.weapon_class === 'sniper-50' ? 6 : 3.5),
          color: (f) => [...classOf(f).color, 220],
          year: yearOf,
        },
        s,
      ),
    ];
  },
  legend: (data, s) => {
    const undated = data.filter((f) => yearOf(f) === null).length;
    return {
      title: s.lang === 'es' ? `Armas compradas en ${s.year}` : `Firearms bought in ${s.year}`,
      entries: CLASSES.map((c) => ({
        color: c.color,
        label: c.label[s.lang],
        shape: 'circle' as const,
      })),
      note:
        s.lang === 'es'
          ? `En la ciudad o el estado de compra, no la dirección. ${formatNumber(undated, 'es')} armas sin año de compra no se muestran.`
          : `At the city or state of purchase, not the address. ${formatNumber(undated, 'en')} firearms without a purchase year are not shown.`,
    };
  },
  tooltip: (f, s) => {
    const p = f.properties;
    const es = s.lang === 'es';
    return {
      title: [p.make, p.model].filter(Boolean).join(' ') || classOf(f).label[s.lang],
      rows: [
        [es ? 'Tipo' : 'Type', `${classOf(f).label[s.lang]}${p.type ? ` (${p.type})` : ''}`],
        [es ? 'Calibre' : 'Caliber', String(p.caliber ?? '—')],
        [
          es ? 'Compra' : 'Purchased',
          `${p.purchase_date ?? '—'}${p.purchase_date_source === 'imputed by the dataset authors' ? (es ? ' (fecha imputada por los autores)' : ' (date imputed by the authors)') : ''}`,
        ],
        [es ? 'Armería' : 'Dealer', String(p.dealer ?? '—')],
        [
          es ? 'Lugar' : 'Place',
          `${p.city ? `${p.city}, ` : ''}${p.state} (${p.geocode_precision === 'city' ? (es ? 'ciudad' : 'city') : es ? 'estado' : 'state'})`,
        ],
        [es ? 'Caso' : 'Case', `${p.case ?? '—'}${p.case_number ? ` (${p.case_number})` : ''}`],
        ...(p.mx_recovery_area
          ? [
              [es ? 'Recuperada en México' : 'Recovered in Mexico', String(p.mx_recovery_area)] as [
                string,
                string,
              ],
            ]
          : []),
      ],
      link:
        typeof p.court_document === 'string'
          ? { href: p.court_document, label: es ? 'Documento judicial' : 'Court document' }
          : undefined,
    };
  },
  table: (data, s) =>
    data
      .filter((f) => yearOf(f) === s.year)
      .map((f) => ({
        place: `${f.properties.city ? `${f.properties.city}, ` : ''}${f.properties.state}`,
        value: null,
        display: `${classOf(f).label[s.lang]} · ${[f.properties.make, f.properties.model, f.properties.caliber].filter(Boolean).join(' ')} · ${f.properties.case ?? ''}`,
      })),
};
