// dealers: dealer-type federal firearms licensees (types 01, 02, 07, 08) per U.S. county and year,
// 2003–2023, with density per 100 sq mi, on us-atlas county polygons.
import type { Geometry } from 'geojson';
import { CITATIONS } from '../reference/citations';
import { range, yearlyFields } from '../lib/fields';
import { roundGeometry, roundTo, toMultiPolygon } from '../lib/geo';
import type { BuiltLayer, LayerFeature, Props, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import type { Loss } from '../lib/manifest';
import type { Row } from '../lib/csv';
import { eachRow, readRows } from '../lib/table';
import { packageTopology, topoFeatures } from '../lib/topo';
import { count, num } from '../lib/values';

export const YEARS = range(2003, 2023);
export const countyFile = (y: number) =>
  `atf-ffl-county-counts/counties/${y}-ffl-list-counties.csv.gz`;
const SERIES = 'atf-ffl-county-counts/counties/YYYY-ffl-list-counties.csv.gz';
const STATE_SERIES = 'atf-ffl-county-counts/states/YYYY-ffl-list-states.csv';
/**
 * Alaska's Valdez-Cordova census area (02261) was split in 2019 into Chugach (02063) and Copper
 * River (02066). The ATF counts use the new codes, us-atlas the old polygon: we add the two back
 * together, which is exact because the old area is precisely the union of the new ones.
 */
export const MERGED: Record<string, string> = { '02063': '02261', '02066': '02261' };
export const stateFile = (y: number) => `atf-ffl-county-counts/states/${y}-ffl-list-states.csv`;

/**
 * Zeros that are not counts. ATF kept listing these counties' dealers under a county code the
 * LA Times join did not match, so the county reads 0 while its state total holds them (Florida
 * 2019: counties sum to 3,545, the state to 3,769). The rows are rejected: the map shows a gap
 * with an "incomplete" flag, never a zero.
 */
export const UNMATCHED_ZEROS: { fips: string; until: number; why: string }[] = [
  {
    fips: '12086',
    until: 2020,
    why: 'Miami-Dade’s dealers were listed under Dade County’s former code (025) until the 2021 list',
  },
  ...['02063', '02066'].map((fips) => ({
    fips,
    until: 2022,
    why: 'Chugach and Copper River’s dealers were listed under the former Valdez-Cordova code (261) until the 2023 list',
  })),
  {
    fips: '08014',
    until: 2009,
    why: 'Broomfield (a county since 2001) was listed under its former counties’ codes until the 2010 list',
  },
];

interface CountyYear {
  count: number;
  /** Null when the source gives no area (then density is a gap, not a guess). */
  area: number | null;
}

export const dealers: SourceModule = {
  id: 'dealers',
  inputs: YEARS.flatMap((y) =>
    [countyFile(y), stateFile(y)].map((path) => ({
      path,
      key: path === countyFile(y) ? ['fips'] : ['state'],
      url: `https://raw.githubusercontent.com/datadesk/gun-dealers-2023-analysis/HEAD/data/processed/atf-ffl-list/${path.split('/').pop()!.replace(/\.gz$/, '')}`,
      getFrom:
        'LA Times Data Desk aggregation of the ATF FFL lists (see atf-ffl-county-counts/README.md)',
    })),
  ),
  async build(ctx): Promise<BuiltLayer> {
    const ledger = new Ledger(SERIES);
    const stateLedger = new Ledger(STATE_SERIES);
    const byCounty = new Map<string, Map<number, CountyYear>>();
    const meta = new Map<string, { name: string; state: string }>();
    const bar = ctx.progress('dealers: county files', YEARS.length);
    for (const y of YEARS) {
      const file = countyFile(y);
      const cell = (v: Row<'fips'>) => {
        const fips = (v.fips ?? '').trim();
        return /^\d{5}$/.test(fips) ? { feature: MERGED[fips] ?? fips, year: y } : null;
      };
      await eachRow(
        ctx.raw(file),
        {
          name: file,
          required: ['state', 'countyname', 'fips', 'area', 'count'],
          key: ['fips'],
          cell,
          seriesFile: true,
        },
        ledger,
        ({ line, values: v }) => {
          const fips = v.fips.trim();
          const n = count(v.count);
          const area = num(v.area);
          const opts = { file, cell: cell(v) };
          if (!/^\d{5}$/.test(fips))
            ledger.reject(line, 'fips', v.fips, 'not a 5-digit county FIPS code', opts);
          else if (n === null)
            ledger.reject(line, 'count', v.count, 'not a whole number ≥ 0', opts);
          else if (n === 0 && UNMATCHED_ZEROS.some((z) => z.fips === fips && y <= z.until))
            ledger.reject(
              line,
              'count',
              v.count,
              `0 is not a count: ${UNMATCHED_ZEROS.find((z) => z.fips === fips)!.why}`,
              opts,
            );
          else if (area !== null && area <= 0)
            ledger.reject(line, 'area', v.area, 'not a positive area', opts);
          else {
            ledger.keep();
            const key = MERGED[fips] ?? fips;
            const years = byCounty.get(key) ?? new Map<number, CountyYear>();
            const prev = years.get(y);
            years.set(y, {
              count: (prev?.count ?? 0) + n,
              area:
                prev === undefined
                  ? area
                  : prev.area === null || area === null
                    ? null
                    : prev.area + area,
            });
            byCounty.set(key, years);
            if (!MERGED[fips]) meta.set(key, { name: v.countyname, state: v.state });
          }
        },
      );
      bar.tick();
    }
    bar.done();

    // What the county files lost upstream: licensees whose county code matched no county are in
    // the state totals of the same list but in no county.
    const upstreamLosses: Loss[] = [];
    for (const y of YEARS) {
      const { rows } = await readRows(
        ctx.raw(stateFile(y)),
        { name: stateFile(y), required: ['state', 'count'], key: ['state'] },
        stateLedger,
      );
      let states = 0;
      for (const { line, values: v } of rows) {
        const n = count(v.count);
        if (n === null) {
          stateLedger.reject(line, 'count', v.count, 'not a whole number ≥ 0', {
            file: stateFile(y),
          });
          continue;
        }
        stateLedger.keep();
        states += n;
      }
      let counties = 0;
      for (const years of byCounty.values()) counties += years.get(y)?.count ?? 0;
      if (states > counties)
        upstreamLosses.push({
          feature: null,
          year: y,
          rows: states - counties,
          source: stateFile(y),
        });
    }

    // Counties of the 50 states and DC; us-atlas also carries the territories (FIPS ≥ 60).
    const counties = topoFeatures(packageTopology('us-atlas/counties-10m.json'), 'counties', 0.25)
      .filter((f) => Number(String(f.id).slice(0, 2)) <= 56 && f.geometry)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const features: LayerFeature[] = counties.map((c) => {
      const fips = String(c.id);
      const m = meta.get(fips);
      const years = byCounty.get(fips);
      const props: Props = {
        fips,
        name:
          m?.name ??
          `${String(c.properties.name)}${fips === '02261' ? ' (Chugach + Copper River)' : ''}`,
        state: m?.state ?? (fips.startsWith('02') ? 'AK' : null),
      };
      for (const y of YEARS) {
        const cy = years?.get(y);
        // A county absent from a year's list is a gap (null), never a zero.
        props[`dealers_${y}`] = cy ? cy.count : null;
        props[`density_${y}`] = cy?.area ? roundTo((cy.count / cy.area) * 100, 3) : null;
      }
      return {
        type: 'Feature',
        geometry: roundGeometry(toMultiPolygon(c.geometry as Geometry), 4),
        properties: props,
      };
    });
    const drawn = new Set(features.map((f) => f.properties.fips));
    for (const fips of byCounty.keys()) {
      if (!drawn.has(fips))
        throw new Error(`${SERIES}: county ${fips} has counts but no polygon in us-atlas`);
    }
    return {
      id: 'dealers',
      title: 'Gun dealers (federal firearms licensees) by U.S. county',
      geometryType: 'MultiPolygon',
      features,
      fields: [
        { name: 'fips', type: 'string', description: 'County FIPS code (state + county)' },
        { name: 'name', type: 'string', description: 'County name' },
        { name: 'state', type: 'string', description: 'USPS state code' },
        ...yearlyFields('dealers', YEARS, {
          type: 'int',
          unit: 'licensees',
          description: (y) =>
            `Dealer-type FFLs (licence types 01, 02, 07, 08) in the county, ${y} list${y === 2023 ? ' (October 2023)' : ''}`,
        }),
        ...yearlyFields('density', YEARS, {
          type: 'double',
          unit: 'licensees per 100 sq mi',
          description: (y) => `Dealer-type FFLs per 100 square miles of land, ${y}`,
        }),
      ],
      key: 'fips',
      years: YEARS,
      partialYears: [],
      checks: [
        { kind: 'range', field: 'dealers_{year}', min: 0, max: 5000 },
        { kind: 'range', field: 'density_{year}', min: 0, max: 2000 },
        { kind: 'steady', field: 'dealers_{year}', maxFactor: 3, minBase: 30 },
      ],
      sources: [CITATIONS.atfCounty, CITATIONS.usAtlas],
      method: [
        'Counts per county as aggregated by the LA Times from ATF’s FFL lists (types 01 dealer/gunsmith, 02 pawnbroker, 07 manufacturer, 08 importer); which month each yearly list represents is not documented, except 2023 = October 2023.',
        'Density = count / county land area (Census cartographic boundary file, as used by the LA Times) × 100, rounded to 3 decimals; left empty where the source gives no area (Chugach and Copper River, Alaska).',
        'Chugach (02063) and Copper River (02066), Alaska, are added together and drawn as the former Valdez-Cordova census area (02261), the polygon us-atlas has.',
        'Some licensees’ county codes did not match a Census county, so county sums fall below the state totals of the same list (2003: 68,430 of 68,691); the shortfall of each year is recorded as an upstream loss and flagged. Miami-Dade (2003–2020), Broomfield (2003–2009) and Valdez-Cordova (Chugach + Copper River, 2003–2022) read 0 for that reason: those zeros are shown as gaps, not counts.',
        'County polygons from us-atlas counties-10m, simplified in topology to 25 % of their vertices; a county the simplification would crush below half its area keeps its full outline.',
      ],
      methodEs: [
        'Conteos por condado agregados por Los Angeles Times a partir de las listas de licenciatarios de la ATF (tipos 01 armero/comerciante, 02 casa de empeño, 07 fabricante, 08 importador); no se documenta qué mes representa cada lista anual, salvo 2023 = octubre de 2023.',
        'Densidad = conteo / superficie terrestre del condado (archivo cartográfico del Censo, como usa LA Times) × 100, redondeada a 3 decimales; vacía donde la fuente no da superficie (Chugach y Copper River, Alaska).',
        'Chugach (02063) y Copper River (02066), Alaska, se suman y se dibujan como la antigua área censal Valdez-Cordova (02261), el polígono que tiene us-atlas.',
        'Algunos códigos de condado de los licenciatarios no coinciden con un condado del Censo, así que las sumas por condado quedan por debajo de los totales estatales de la misma lista (2003: 68 430 de 68 691); el faltante de cada año se registra como pérdida de origen y se señala. Miami-Dade (2003–2020), Broomfield (2003–2009) y Valdez-Cordova (Chugach + Copper River, 2003–2022) marcan 0 por esa razón: esos ceros se muestran como vacíos, no como conteos.',
        'Polígonos de condado de us-atlas counties-10m, simplificados en topología al 25 % de sus vértices; un condado que la simplificación reduciría a menos de la mitad de su área conserva su contorno completo.',
      ],
      ledgers: [ledger, stateLedger],
      upstreamLosses,
    };
  },
};
