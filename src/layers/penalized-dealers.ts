// penalized-dealers: dealers whose ATF inspection (2015–2017) ended in a penalty, by disposition.
import { OKABE_ITO, type RGB } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import type { Props } from '../data/load';
import { formatNumber, type Lang } from '../lib/format';
import { points } from './points';
import { countByYear } from './state-sums';
import type { LayerDef } from './types';
import { distinctYears, num } from './yearly';

export const DISPOSITIONS: { id: string; label: Text; color: RGB }[] = [
  {
    id: 'revocation',
    label: { en: 'Licence revoked or renewal denied', es: 'Licencia revocada o renovación negada' },
    color: OKABE_ITO.vermillion,
  },
  {
    id: 'surrendered',
    label: { en: 'Surrendered / out of business', es: 'Entregada / cerró' },
    color: OKABE_ITO.purple,
  },
  { id: 'settlement', label: { en: 'Settlement', es: 'Acuerdo' }, color: OKABE_ITO.green },
  {
    id: 'warning-conference',
    label: { en: 'Warning conference', es: 'Reunión de advertencia' },
    color: OKABE_ITO.orange,
  },
  {
    id: 'warning-letter',
    label: { en: 'Warning letter', es: 'Carta de advertencia' },
    color: OKABE_ITO.blue,
  },
];
const byId = new Map(DISPOSITIONS.map((d) => [d.id, d]));
/** The disposition in our words, or as the source wrote it when it falls in no class. */
function dispositionText(p: Props, lang: Lang): string {
  const d = byId.get(String(p.disposition_class));
  return d ? t(lang, d.label) : String(p.disposition);
}

const TEXT = {
  legendTitle: { en: 'Inspection outcome, {year}', es: 'Resolución de la inspección, {year}' },
  address: { en: 'Address', es: 'Dirección' },
  licence: { en: 'Licence', es: 'Licencia' },
  disposition: { en: 'Disposition', es: 'Resolución' },
  cited: { en: 'Violations cited', es: 'Violaciones citadas' },
  completed: { en: 'Inspection completed', es: 'Inspección concluida' },
  report: { en: 'Inspection report (PDF)', es: 'Informe de inspección (PDF)' },
  violations: { en: '{disposition} · {n} violations', es: '{disposition} · {n} violaciones' },
  undated: {
    en: '{n} more inspections of the state’s dealers have no year.',
    es: 'Otras {n} inspecciones de armerías del estado no tienen año.',
  },
  inspections: {
    en: 'Penalized inspections of the state’s dealers',
    es: 'Inspecciones con sanción de armerías del estado',
  },
} satisfies Record<string, Text>;

export const penalizedDealers: LayerDef = {
  id: 'penalized-dealers',
  title: { en: 'Dealers penalized after inspection', es: 'Armerías sancionadas tras inspección' },
  description: {
    en: 'ATF inspections that found violations and ended in a penalty, July 2015 – June 2017 (The Trace / USA TODAY). A dealer’s absence means nothing.',
    es: 'Inspecciones de la ATF que hallaron violaciones y terminaron en sanción, julio 2015 – junio 2017 (The Trace / USA TODAY). Que una armería no aparezca no significa nada.',
  },
  group: 'us',
  defaultVisible: false,
  key: (f) => String(f.properties.inspection_id),
  metrics: [{ id: 'disposition', label: { en: 'Disposition', es: 'Resolución' } }],
  years: (data) => distinctYears(data, (f) => num(f.properties, 'year')),
  sums: {
    kind: 'us-state',
    series(data, code, s) {
      const inState = data.filter((f) => f.properties.state === code);
      const years = distinctYears(data, (f) => num(f.properties, 'year'));
      const { points, undated } = countByYear(inState, years, (p) => num(p, 'year'));
      const note = undated
        ? t(s.lang, TEXT.undated, { n: formatNumber(undated, s.lang) })
        : undefined;
      return [{ metric: 'inspections', label: TEXT.inspections, points, partial: [], note }];
    },
  },
  render: (deck, data, s) => [
    points(
      deck,
      {
        id: 'penalized-dealers',
        data,
        radius: (f) => (f.properties.disposition_class === 'revocation' ? 6 : 3.5),
        color: (f) => [
          ...(byId.get(String(f.properties.disposition_class))?.color ?? OKABE_ITO.grey),
          230,
        ],
        year: (f) => num(f.properties, 'year'),
      },
      s,
    ),
  ],
  legend: (_data, s) => ({
    title: t(s.lang, TEXT.legendTitle, { year: s.year }),
    entries: DISPOSITIONS.map((d) => ({
      color: d.color,
      label: t(s.lang, d.label),
      shape: 'circle' as const,
    })),
  }),
  tooltip: (f, s) => {
    const p = f.properties;
    return {
      title: String(p.name ?? p.ffl_number),
      rows: [
        [t(s.lang, TEXT.address), [p.address, p.city, p.state].filter(Boolean).join(', ')],
        [t(s.lang, TEXT.licence), `${p.ffl_number} (${p.license_type})`],
        [t(s.lang, TEXT.disposition), dispositionText(p, s.lang)],
        [t(s.lang, TEXT.cited), formatNumber(num(p, 'citation_count'), s.lang)],
        [t(s.lang, TEXT.completed), String(p.complete_date ?? '—')],
      ],
      link:
        typeof p.report_url === 'string'
          ? {
              href: p.report_url,
              label: t(s.lang, TEXT.report),
            }
          : undefined,
    };
  },
  table: (data, s) =>
    data
      .filter((f) => num(f.properties, 'year') === s.year)
      .map((f) => ({
        place: `${f.properties.name}, ${f.properties.city}, ${f.properties.state}`,
        value: num(f.properties, 'citation_count'),
        display: t(s.lang, TEXT.violations, {
          disposition: dispositionText(f.properties, s.lang),
          n: formatNumber(num(f.properties, 'citation_count'), s.lang),
        }),
      })),
};
