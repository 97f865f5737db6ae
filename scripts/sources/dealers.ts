// dealers: dealer-type federal firearms licensees (types 01, 02, 07, 08) per U.S. county and year,
// 2003–2023, with density per 100 sq mi, on us-atlas county polygons.
import type { Geometry } from 'geojson';
import { CITATIONS } from '../reference/citations';
import { readCsv } from '../lib/csv';
import { range, yearlyFields } from '../lib/fields';
import { roundGeometry, roundTo, toMultiPolygon } from '../lib/geo';
import type { BuiltLayer, LayerFeature, Props, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { packageTopology, topoFeatures } from '../lib/topo';
import { count, num } from '../lib/values';

export const YEARS = range(2003, 2023);
export const countyFile = (y: number) =>
  `atf-ffl-county-counts/counties/${y}-ffl-list-counties.csv.gz`;
const SERIES = 'atf-ffl-county-counts/counties/YYYY-ffl-list-counties.csv.gz';
/**
 * Alaska's Valdez-Cordova census area (02261) was split in 2019 into Chugach (02063) and Copper
 * River (02066). The ATF counts use the new codes, us-atlas the old polygon: we add the two back
 * together, which is exact because the old area is precisely the union of the new ones.
 */
export const MERGED: Record<string, string> = { '02063': '02261', '02066': '02261' };

interface CountyYear {
  count: number;
  /** Null when the source gives no area (then density is a gap, not a guess). */
  area: number | null;
}

export const dealers: SourceModule = {
  id: 'dealers',
  inputs: YEARS.map((y) => ({
    path: countyFile(y),
    url: `https://raw.githubusercontent.com/datadesk/gun-dealers-2023-analysis/318ae8e115d7785385f52165cc499c954f514dcb/data/processed/atf-ffl-list/counties/${y}-ffl-list-counties.csv`,
    getFrom:
      'LA Times Data Desk aggregation of the ATF FFL lists (see atf-ffl-county-counts/PROVENANCE.md)',
  })),
  async build(ctx): Promise<BuiltLayer> {
    const ledger = new Ledger(SERIES);
    const byCounty = new Map<string, Map<number, CountyYear>>();
    const meta = new Map<string, { name: string; state: string }>();
    const bar = ctx.progress('dealers: county files', YEARS.length);
    for (const y of YEARS) {
      const file = countyFile(y);
      const t = await readCsv(ctx.raw(file), {
        name: file,
        required: ['state', 'countyname', 'fips', 'area', 'count'],
      });
      ledger.rejectMalformed(t, file);
      for (const { line, values: v } of t.rows) {
        const fips = (v.fips ?? '').trim();
        const n = count(v.count);
        const area = num(v.area);
        if (!/^\d{5}$/.test(fips))
          ledger.reject(line, 'fips', v.fips, 'not a 5-digit county FIPS code', file);
        else if (n === null) ledger.reject(line, 'count', v.count, 'not a whole number ≥ 0', file);
        else if (area !== null && area <= 0)
          ledger.reject(line, 'area', v.area, 'not a positive area', file);
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
          if (!MERGED[fips]) meta.set(key, { name: v.countyname!, state: v.state! });
        }
      }
      bar.tick();
    }
    bar.done();

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
      years: YEARS,
      partialYears: [],
      sources: [CITATIONS.atfCounty, CITATIONS.usAtlas],
      method: [
        'Counts per county as aggregated by the LA Times from ATF’s FFL lists (types 01 dealer/gunsmith, 02 pawnbroker, 07 manufacturer, 08 importer); which month each yearly list represents is not documented, except 2023 = October 2023.',
        'Density = count / county land area (Census cartographic boundary file, as used by the LA Times) × 100, rounded to 3 decimals; left empty where the source gives no area (Chugach and Copper River, Alaska).',
        'Chugach (02063) and Copper River (02066), Alaska, are added together and drawn as the former Valdez-Cordova census area (02261), the polygon us-atlas has.',
        'Some licensees’ county codes did not match a Census county, so county sums are slightly below state totals (see the provenance note).',
        'County polygons from us-atlas counties-10m, simplified in topology to 25 % of their vertices.',
      ],
      methodEs: [
        'Conteos por condado agregados por Los Angeles Times a partir de las listas de licenciatarios de la ATF (tipos 01 armero/comerciante, 02 casa de empeño, 07 fabricante, 08 importador); no se documenta qué mes representa cada lista anual, salvo 2023 = octubre de 2023.',
        'Densidad = conteo / superficie terrestre del condado (archivo cartográfico del Censo, como usa LA Times) × 100, redondeada a 3 decimales; vacía donde la fuente no da superficie (Chugach y Copper River, Alaska).',
        'Chugach (02063) y Copper River (02066), Alaska, se suman y se dibujan como la antigua área censal Valdez-Cordova (02261), el polígono que tiene us-atlas.',
        'Algunos códigos de condado de los licenciatarios no coinciden con un condado del Censo, así que las sumas por condado quedan algo por debajo de los totales estatales.',
        'Polígonos de condado de us-atlas counties-10m, simplificados en topología al 25 % de sus vértices.',
      ],
      ledgers: [ledger],
    };
  },
};
