// displacement: Mexico's conflict- and violence-induced internal displacement, national only
// (IDMC GIDD, 2009–2022), read from IDMC's workbook. State figures are displacement-states.
import ExcelJS from 'exceljs';
import { CITATIONS } from '../reference/citations';
import type { NationalDisplacementRow } from '../lib/tables';
import { DataError } from '../lib/errors';
import type { BuiltLayer, SourceModule } from '../lib/layer';
import { KeySet } from '../lib/keyset';
import { Ledger } from '../lib/ledger';
import { count, year } from '../lib/values';

export const FILE =
  'mx-displacement-idmc/IDMC_Internal_Displacement_Conflict-Violence_Disasters_2023-05.xlsx';
const SHEET = '1_Displacement_data';
/** Output field ← workbook column. */
const VALUE_COLUMNS = [
  ['new_displacements', 'Conflict Internal Displacements'],
  ['new_displacements_raw', 'Conflict Internal Displacements (Raw)'],
  ['stock', 'Conflict Stock Displacement'],
  ['stock_raw', 'Conflict Stock Displacement (Raw)'],
] as const;
const COLUMNS = ['ISO3', 'Year', ...VALUE_COLUMNS.map(([, c]) => c)];

export type NationalRow = NationalDisplacementRow;

const cellText = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object' && 'result' in v
      ? String(v.result ?? '')
      : String(v);

export const displacement: SourceModule = {
  id: 'displacement',
  inputs: [
    {
      path: FILE,
      url: 'https://www.internal-displacement.org/database/displacement-data',
      manual: true,
      getFrom: 'IDMC GIDD export (see mx-displacement-idmc/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ctx.raw(FILE));
    const ws = wb.getWorksheet(SHEET);
    if (!ws) throw new DataError(FILE, `missing sheet "${SHEET}"`);
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map(cellText);
    for (const c of COLUMNS)
      if (!header.includes(c))
        throw new DataError(FILE, `sheet ${SHEET}: missing column "${c}"`, 1, c);
    const col = (name: string) => header.indexOf(name);
    const ledger = new Ledger(`${FILE} [${SHEET}]`);
    const national: NationalRow[] = [];
    const seen = new KeySet();
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (!row.hasValues) continue;
      const get = (name: string) => cellText(row.getCell(col(name)).value).trim();
      if (get('ISO3') !== 'MEX') {
        ledger.filter('other countries');
        continue;
      }
      const y = year(get('Year'), 2008, 2030);
      if (y === null) {
        ledger.reject(r, 'Year', get('Year'), 'not a year');
        continue;
      }
      const first = seen.add(String(y), COLUMNS.map(get).join('\u0001'), r);
      if (first) {
        ledger.reject(
          r,
          'Year',
          String(y),
          first.same
            ? `exact copy of row ${first.line} (counted once)`
            : `same year as row ${first.line} with different values`,
          { lossless: first.same },
        );
        continue;
      }
      const values: Record<string, number | null> = {};
      let bad: string | null = null;
      for (const [key, column] of VALUE_COLUMNS) {
        const text = get(column);
        values[key] = text === '' ? null : count(text);
        if (text !== '' && values[key] === null) bad ??= column;
      }
      if (bad) {
        ledger.reject(r, bad, get(bad), 'not a whole number ≥ 0');
        continue;
      }
      ledger.keep();
      national.push({ year: y, ...(values as Omit<NationalRow, 'year'>) });
    }
    national.sort((a, b) => a.year - b.year);
    if (national.length < 10)
      throw new DataError(FILE, `expected Mexico rows for 2009–2022, found ${national.length}`);

    const ledgers = [ledger];
    return {
      id: 'displacement',
      title: 'Internal displacement in Mexico (conflict and violence)',
      titleEs: 'Desplazamiento interno en México (conflicto y violencia)',
      geometryType: 'table',
      json: {
        level: 'national',
        national,
        note: 'National series (IDMC). State figures, where a source gives them, are in the displacement-states layer (CMDPDH).',
      },
      fields: [
        { name: 'year', type: 'int', description: 'Calendar year' },
        {
          name: 'new_displacements',
          type: 'int',
          unit: 'people',
          description:
            'New internal displacements due to conflict and violence in the year (IDMC, rounded)',
        },
        {
          name: 'new_displacements_raw',
          type: 'int',
          unit: 'people',
          description: 'The same, unrounded',
        },
        {
          name: 'stock',
          type: 'int',
          unit: 'people',
          description: 'People living in displacement at year end (IDMC, rounded)',
        },
        { name: 'stock_raw', type: 'int', unit: 'people', description: 'The same, unrounded' },
      ],
      years: national.map((r) => r.year),
      partialYears: [],
      sources: [CITATIONS.idmc],
      method: [
        'Mexico’s rows of IDMC’s GIDD workbook (sheet 1_Displacement_data, conflict and violence columns). Blank cells stay empty: IDMC published no flow for 2009 and 2012.',
        'National series: IDMC has no state breakdown. State figures, where CMDPDH gives them, are the separate displacement-states layer; the two count different things and are not added.',
        'Licence CC BY-NC 4.0: attribution required, non-commercial use only.',
      ],
      methodEs: [
        'Filas de México del libro GIDD del IDMC (hoja 1_Displacement_data, columnas de conflicto y violencia). Las celdas vacías quedan vacías: el IDMC no publicó flujo para 2009 y 2012.',
        'Serie nacional: el IDMC no desglosa por estado. Las cifras estatales, donde la CMDPDH las da, son la capa aparte displacement-states; ambas cuentan cosas distintas y no se suman.',
        'Licencia CC BY-NC 4.0: atribución obligatoria, solo uso no comercial.',
      ],
      ledgers,
    };
  },
};
