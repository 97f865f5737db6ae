// ports: U.S.–Mexico land ports of entry, circles sized by inbound crossings in the year.
import type { LayerEntry } from '../data/manifest';
import type { Props } from '../data/load';
import { OKABE_ITO } from '../lib/colors';
import { t } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import { graduatedPoints } from './kinds/graduated-points';
import { resolve, type YearlyMetric } from './kinds/yearly';
import type { LayerDef } from './types';
import { num } from './yearly';

const PEOPLE = ['pedestrians', 'personal_vehicle_passengers', 'bus_passengers', 'train_passengers'];

const MEASURES: YearlyMetric[] = [
  {
    id: 'personal_vehicles',
    label: { en: 'Personal vehicles', es: 'Vehículos particulares' },
    unit: { en: 'vehicles', es: 'vehículos' },
  },
  {
    id: 'trucks',
    label: { en: 'Trucks', es: 'Camiones de carga' },
    unit: { en: 'trucks', es: 'camiones' },
  },
  {
    id: 'pedestrians',
    label: { en: 'Pedestrians', es: 'Peatones' },
    unit: { en: 'pedestrians', es: 'peatones' },
  },
  {
    id: 'people',
    label: {
      en: 'All people (pedestrians + passengers)',
      es: 'Todas las personas (peatones + pasajeros)',
    },
    unit: { en: 'people', es: 'personas' },
    value: (p: Props, y: number) => {
      const parts = PEOPLE.map((m) => num(p, `${m}_${y}`)).filter((v): v is number => v !== null);
      return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
    },
  },
];

/** The layer over a manifest entry (the bundled one, or a test's). */
export const portsLayer = (meta?: LayerEntry): LayerDef =>
  graduatedPoints(
    {
      id: 'ports',
      title: { en: 'Ports of entry', es: 'Puertos de entrada' },
      description: {
        en: 'U.S.–Mexico land ports, sized by inbound (northbound) crossings in the year (BTS). No southbound counts exist. 2022 covers January–July.',
        es: 'Puertos terrestres entre EE. UU. y México, según los cruces hacia el norte en el año (BTS). No hay conteos hacia el sur. 2022 cubre enero–julio.',
      },
      group: 'border',
      defaultVisible: true,
      metrics: MEASURES,
      color: OKABE_ITO.skyBlue,
      alpha: 200,
      maxPx: 28,
      place: (p) => `${p.name}, ${p.state}`,
      profile: { kind: 'port', field: 'port_code' },
      tooltipRows: (p, s) =>
        resolve(MEASURES).map((m) => [
          `${t(s.lang, m.label)} (${s.year})`,
          formatNumber(m.value(p, s.year), s.lang),
        ]),
      legendNote: {
        en: 'Inbound only: traffic shows how busy a crossing is.',
        es: 'Solo cruces hacia EE. UU.: el tráfico indica cuán concurrido es un cruce.',
      },
    },
    meta,
  );

export const ports = portsLayer();
