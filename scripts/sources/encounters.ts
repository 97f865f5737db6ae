// encounters: U.S. Border Patrol encounters per fiscal year in the 9 southwest border sectors,
// drawn at each sector's headquarters city (there are no public sector polygons).
import { CITATIONS } from '../reference/citations';
import { DataError } from '../lib/errors';
import { range, yearlyFields } from '../lib/fields';
import { cityCentroid } from '../lib/gazetteer';
import { roundTo } from '../lib/geo';
import type { BuiltLayer, LayerFeature, Props, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import type { Row } from '../lib/csv';
import { eachRow, readReference } from '../lib/table';
import { count, year } from '../lib/values';

export const FILE = 'us-border-patrol-encounters/khsm_usbp_annual_rgn_and_sector.csv';
const HQ_FILE = 'scripts/reference/usbp-sector-hq.csv';
export const YEARS = range(2000, 2025);
export const PARTIAL = {
  year: 2025,
  note: 'FY2025 covers October–November 2024 only.',
  noteEs: 'El año fiscal 2025 cubre solo octubre–noviembre de 2024.',
};

export const encounters: SourceModule = {
  id: 'encounters',
  inputs: [
    {
      path: FILE,
      key: ['Fiscal Year', 'Region', 'Sector'],
      url: 'https://ohss.dhs.gov/khsm/cbp-encounters',
      manual: true,
      getFrom:
        'DHS OHSS KHSM workbook, sheet "Annual Rgn and Sector" (see us-border-patrol-encounters/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const hq = await readReference(
      new URL('../reference/usbp-sector-hq.csv', import.meta.url).pathname,
      { name: HQ_FILE, required: ['sector', 'hq_city', 'hq_state'], key: ['sector'] },
    );
    const hqLedger = new Ledger(HQ_FILE);
    const sectors = new Map<string, { lon: number; lat: number; city: string; state: string }>();
    for (const { line, values: v } of hq) {
      const p = cityCentroid(v.hq_city, v.hq_state);
      if (!p)
        throw new DataError(HQ_FILE, `cannot locate ${v.hq_city}, ${v.hq_state}`, line, 'hq_city');
      hqLedger.keep();
      sectors.set(v.sector, { ...p, city: v.hq_city, state: v.hq_state });
    }
    if (sectors.size !== 9)
      throw new DataError(HQ_FILE, `expected the 9 southwest sectors, found ${sectors.size}`);

    const ledger = new Ledger(FILE);
    const totals = new Map<string, number>();
    const cell = (v: Row<'Fiscal Year' | 'Sector'>) => {
      const y = year(v['Fiscal Year'], YEARS[0]!, YEARS.at(-1)!);
      return y !== null && sectors.has(v.Sector) ? { feature: v.Sector, year: y } : null;
    };
    await eachRow(
      ctx.raw(FILE),
      {
        name: FILE,
        required: ['Fiscal Year', 'Region', 'Sector', 'Quantity'],
        key: ['Fiscal Year', 'Region', 'Sector'],
        scope: (v) =>
          v.Region === 'Southwest Land Border' ? null : 'northern and coastal sectors',
        cell,
      },
      ledger,
      ({ line, values: v }) => {
        const y = year(v['Fiscal Year'], YEARS[0]!, YEARS.at(-1)!);
        const n = count(v.Quantity);
        if (!sectors.has(v.Sector))
          ledger.reject(line, 'Sector', v.Sector, 'southwest sector without a headquarters entry');
        else if (y === null)
          ledger.reject(
            line,
            'Fiscal Year',
            v['Fiscal Year'],
            `not a fiscal year in ${YEARS[0]}–${YEARS.at(-1)}`,
          );
        else if (n === null)
          ledger.reject(line, 'Quantity', v.Quantity, 'not a whole number ≥ 0', { cell: cell(v) });
        else {
          ledger.keep();
          totals.set(`${v.Sector}|${y}`, n);
        }
      },
    );
    const features: LayerFeature[] = [...sectors.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sector, s]) => {
        const props: Props = { sector, hq_city: `${s.city}, ${s.state}` };
        for (const y of YEARS) props[`encounters_${y}`] = totals.get(`${sector}|${y}`) ?? null;
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [roundTo(s.lon, 4), roundTo(s.lat, 4)] },
          properties: props,
        };
      });
    return {
      id: 'encounters',
      title: 'Border Patrol encounters by southwest sector',
      geometryType: 'Point',
      features,
      fields: [
        { name: 'sector', type: 'string', description: 'U.S. Border Patrol sector (OHSS name)' },
        {
          name: 'hq_city',
          type: 'string',
          description: 'Sector headquarters city, where the point is drawn',
        },
        ...yearlyFields('encounters', YEARS, {
          type: 'int',
          unit: 'encounters',
          description: (y) =>
            `USBP encounters in fiscal year ${y} (October ${y - 1} – September ${y})${y === PARTIAL.year ? ', October–November 2024 only' : ''}; rounded to tens by OHSS`,
        }),
      ],
      key: 'sector',
      years: YEARS,
      partialYears: [PARTIAL],
      checks: [
        { kind: 'range', field: 'encounters_{year}', min: 0, max: 2_000_000 },
        { kind: 'steady', field: 'encounters_{year}', maxFactor: 20, minBase: 10_000 },
      ],
      sources: [CITATIONS.ohss, CITATIONS.zipcodes],
      method: [
        'Annual encounters per sector from the OHSS KHSM workbook (sheet exported to CSV); years are U.S. federal fiscal years (October–September).',
        'Sectors are drawn at their headquarters city (scripts/reference/usbp-sector-hq.csv), located with the same city gazetteer as the guns layer: a sector covers a long stretch of border, not a point.',
        'Encounters count migrant apprehensions and expulsions: a proxy for enforcement intensity, not for southbound gun flows.',
        PARTIAL.note,
      ],
      methodEs: [
        'Encuentros anuales por sector del libro KHSM de la OHSS (hoja exportada a CSV); los años son años fiscales federales de EE. UU. (octubre–septiembre).',
        'Los sectores se dibujan en su ciudad sede (scripts/reference/usbp-sector-hq.csv), ubicada con el mismo nomenclátor de ciudades que la capa de armas: un sector cubre un tramo largo de frontera, no un punto.',
        'Los encuentros cuentan detenciones y expulsiones de migrantes: indican la intensidad de la vigilancia, no los flujos de armas hacia el sur.',
        'Año fiscal 2025: solo octubre–noviembre de 2024.',
      ],
      ledgers: [ledger, hqLedger],
    };
  },
};
