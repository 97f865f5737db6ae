// encounters: Border Patrol southwest sectors, circles at each headquarters sized by encounters.
import type { LayerEntry } from '../data/manifest';
import { OKABE_ITO } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import { formatNumber } from '../lib/format';
import { graduatedPoints } from './kinds/graduated-points';
import type { LayerDef } from './types';
import { num } from './yearly';

const TEXT = {
  sector: { en: '{sector} Sector', es: '{sector} (sector)' },
  hq: { en: 'Headquarters', es: 'Sede' },
  inYear: { en: 'Encounters, FY{year}', es: 'Encuentros, año fiscal {year}' },
} satisfies Record<string, Text>;

/** The layer over a manifest entry (the bundled one, or a test's). */
export const encountersLayer = (meta?: LayerEntry): LayerDef =>
  graduatedPoints(
    {
      id: 'encounters',
      title: { en: 'Border Patrol encounters', es: 'Encuentros de la Patrulla Fronteriza' },
      description: {
        en: 'Encounters per fiscal year in the 9 southwest Border Patrol sectors, drawn at each sector’s headquarters (DHS OHSS). FY2025 covers October–November 2024.',
        es: 'Encuentros por año fiscal en los 9 sectores del suroeste de la Patrulla Fronteriza, en la sede de cada sector (DHS OHSS). El año fiscal 2025 cubre octubre–noviembre de 2024.',
      },
      group: 'border',
      defaultVisible: false,
      metrics: [{ id: 'encounters', label: { en: 'Encounters', es: 'Encuentros' } }],
      color: OKABE_ITO.green,
      alpha: 170,
      maxPx: 34,
      place: (p) => String(p.sector),
      // Links name the sector as a slug ("el-paso-tx"), as they did before keys came from the
      // manifest: old links keep working.
      key: (f) =>
        String(f.properties.sector)
          .toLowerCase()
          .replace(/[^a-z]+/g, '-'),
      tooltipTitle: (p, s) => t(s.lang, TEXT.sector, { sector: String(p.sector) }),
      tooltipRows: (p, s) => [
        [t(s.lang, TEXT.hq), String(p.hq_city)],
        [
          t(s.lang, TEXT.inYear, { year: s.year }),
          formatNumber(num(p, `encounters_${s.year}`), s.lang),
        ],
      ],
      legendTitle: { en: 'Encounters, fiscal year {year}', es: 'Encuentros, año fiscal {year}' },
      legendNote: {
        en: 'A sector covers a long stretch of border; the point is its headquarters.',
        es: 'Un sector cubre un tramo largo de frontera; el punto es su sede.',
      },
    },
    meta,
  );

export const encounters = encountersLayer();
