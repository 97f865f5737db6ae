// homicides: intentional-homicide victims per Mexican state and year (SESNSP), with the firearm
// subset, femicides, CONAPO mid-year population and the rate per 100,000. 2025 is Jan–Jun only.
import { CITATIONS } from '../reference/citations';
import { DataError } from '../lib/errors';
import { range, yearlyFields, type FieldSpec } from '../lib/fields';
import { roundTo } from '../lib/geo';
import { builtFeatures, type BuiltLayer, type Props, type SourceModule } from '../lib/layer';
import { type Cell, Ledger } from '../lib/ledger';
import type { Row } from '../lib/csv';
import { eachRow } from '../lib/table';
import { count, year } from '../lib/values';

export const SESNSP_FILE = 'mx-crime-victims-sesnsp/db_victimas_delitos_ent_long.csv.gz';
export const CONAPO_FILE = 'mx-population-conapo/conapo_pob_ent_gender_1950_2070.csv';
export const YEARS = range(2015, 2025);
export const PARTIAL = {
  year: 2025,
  note: 'January–June 2025 only: counts and rates cover six months.',
  noteEs: 'Solo enero–junio de 2025: conteos y tasas cubren seis meses.',
};
const STATE = /^(0[1-9]|[12]\d|3[0-2])$/;

/** What a SESNSP row counts toward, by its crime columns; null = another crime (filtered). */
export function classify(v: Row<'subtipo_de_delito'>): 'homicide' | 'femicide' | null {
  if (v.subtipo_de_delito === 'Homicidio doloso') return 'homicide';
  if (v.subtipo_de_delito === 'Feminicidio') return 'femicide';
  return null;
}

export interface StateYear {
  homicides: number;
  firearm: number;
  femicides: number;
}

/** One SESNSP row per month × state × crime × means × sex × age group. */
export const SESNSP_KEY = [
  'n_year',
  'n_month',
  'cve_ent',
  'bien_juridico_afectado',
  'tipo_de_delito',
  'subtipo_de_delito',
  'modalidad',
  'genero',
  'rango_de_edad',
] as const;

/** One CONAPO row per year × state × sex. */
export const CONAPO_KEY = ['n_year', 'cve_ent', 'genero'] as const;

/** The state and year a row counts toward, when both are readable. */
function stateYear(v: Row<'n_year' | 'cve_ent'>): Cell | null {
  const y = year(v.n_year, YEARS[0]!, YEARS.at(-1)!);
  return y !== null && STATE.test(v.cve_ent ?? '') ? { feature: v.cve_ent, year: y } : null;
}

/** Aggregates SESNSP victim rows into state × year totals, rejecting bad and repeated rows. */
export async function aggregateVictims(
  path: string,
  name: string,
  ledger: Ledger,
): Promise<Map<string, StateYear>> {
  const totals = new Map<string, StateYear>();
  await eachRow(
    path,
    {
      name,
      required: [...SESNSP_KEY, 'n_victimas'],
      key: SESNSP_KEY,
      scope: (v) => (classify(v) ? null : 'other crime types'),
      cell: stateYear,
    },
    ledger,
    ({ line, values: v }) => {
      const kind = classify(v)!;
      const cell = stateYear(v);
      const y = year(v.n_year, YEARS[0]!, YEARS.at(-1)!);
      if (y === null)
        return ledger.reject(line, 'n_year', v.n_year, `not a year in ${YEARS[0]}–${YEARS.at(-1)}`);
      if (!STATE.test(v.cve_ent ?? ''))
        return ledger.reject(line, 'cve_ent', v.cve_ent, 'not an INEGI state code 01–32');
      if (!/^(0?[1-9]|1[0-2])$/.test(v.n_month ?? ''))
        return ledger.reject(line, 'n_month', v.n_month, 'not a month 1–12', { cell });
      const n = count(v.n_victimas);
      if (n === null)
        return ledger.reject(line, 'n_victimas', v.n_victimas, 'not a whole number ≥ 0', {
          cell,
        });
      ledger.keep();
      const key = `${v.cve_ent}_${y}`;
      const t = totals.get(key) ?? { homicides: 0, firearm: 0, femicides: 0 };
      if (kind === 'femicide') t.femicides += n;
      else {
        t.homicides += n;
        if (v.modalidad === 'Con arma de fuego') t.firearm += n;
      }
      totals.set(key, t);
    },
  );
  return totals;
}

/** CONAPO mid-year population, both sexes, per state and year. */
export async function loadPopulation(path: string, ledger: Ledger): Promise<Map<string, number>> {
  const pop = new Map<string, number>();
  await eachRow(
    path,
    {
      name: CONAPO_FILE,
      required: ['n_year', 'cve_ent', 'genero', 'pob_mid_year'],
      key: CONAPO_KEY,
      scope: (v) => {
        if (v.genero !== 'Total') return 'by sex (the layer uses Total)';
        if (v.cve_ent === '00') return 'national rows';
        const y = year(v.n_year, 1950, 2070);
        return y !== null && !YEARS.includes(y)
          ? `years outside ${YEARS[0]}–${YEARS.at(-1)}`
          : null;
      },
      cell: stateYear,
    },
    ledger,
    ({ line, values: v }) => {
      const cell = stateYear(v);
      const y = year(v.n_year, 1950, 2070);
      const p = count(v.pob_mid_year);
      if (y === null) ledger.reject(line, 'n_year', v.n_year, 'not a year in 1950–2070');
      else if (!STATE.test(v.cve_ent ?? ''))
        ledger.reject(line, 'cve_ent', v.cve_ent, 'not an INEGI state code 01–32');
      else if (p === null || p === 0)
        ledger.reject(line, 'pob_mid_year', v.pob_mid_year, 'not a positive whole number', {
          cell,
        });
      else {
        ledger.keep();
        pop.set(`${v.cve_ent}_${y}`, p);
      }
    },
  );
  return pop;
}

export const homicides: SourceModule = {
  id: 'homicides',
  dependsOn: ['mx-states'],
  inputs: [
    {
      path: SESNSP_FILE,
      key: SESNSP_KEY,
      url: 'https://www.gob.mx/sesnsp/acciones-y-programas/datos-abiertos-de-incidencia-delictiva',
      manual: true,
      getFrom: 'SESNSP victims by state (see mx-crime-victims-sesnsp/README.md)',
    },
    {
      path: CONAPO_FILE,
      key: CONAPO_KEY,
      url: 'https://raw.githubusercontent.com/isaacarroyov/datos_facil_acceso/HEAD/GobiernoMexicano/conapo_proyecciones/conapo_pob_ent_gender_1950_2070.csv',
      getFrom: 'CONAPO projections 2023 (see mx-population-conapo/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const victimsLedger = new Ledger(SESNSP_FILE);
    const totals = await aggregateVictims(ctx.raw(SESNSP_FILE), SESNSP_FILE, victimsLedger);
    const popLedger = new Ledger(CONAPO_FILE);
    const pop = await loadPopulation(ctx.raw(CONAPO_FILE), popLedger);

    const states = builtFeatures(ctx, 'mx-states');
    const features = states.map((s) => {
      const code = String(s.properties.cve_ent);
      const props: Props = { cve_ent: code, name: s.properties.name ?? null };
      for (const y of YEARS) {
        const t = totals.get(`${code}_${y}`);
        const p = pop.get(`${code}_${y}`);
        // Checked here, after the transform: every state has every year in both sources.
        if (!t) throw new DataError(SESNSP_FILE, `no homicide rows for state ${code} in ${y}`);
        if (!p)
          throw new DataError(CONAPO_FILE, `no mid-year population for state ${code} in ${y}`);
        Object.assign(props, {
          [`homicides_${y}`]: t.homicides,
          [`homicides_firearm_${y}`]: t.firearm,
          [`femicides_${y}`]: t.femicides,
          [`population_${y}`]: p,
          [`rate_${y}`]: roundTo((t.homicides / p) * 1e5, 2),
        });
      }
      return { ...s, properties: props };
    });
    const partial = (y: number) => (y === PARTIAL.year ? ' (January–June only)' : '');
    const fields: FieldSpec[] = [
      { name: 'cve_ent', type: 'string', description: 'INEGI state code' },
      { name: 'name', type: 'string', description: 'State name' },
      ...yearlyFields('homicides', YEARS, {
        type: 'int',
        unit: 'victims',
        description: (y) => `Intentional homicide victims (homicidio doloso), ${y}${partial(y)}`,
      }),
      ...yearlyFields('homicides_firearm', YEARS, {
        type: 'int',
        unit: 'victims',
        description: (y) => `Intentional homicide victims killed with a firearm, ${y}${partial(y)}`,
      }),
      ...yearlyFields('femicides', YEARS, {
        type: 'int',
        unit: 'victims',
        description: (y) => `Femicide victims, ${y}${partial(y)}`,
      }),
      ...yearlyFields('population', YEARS, {
        type: 'int',
        unit: 'people',
        description: (y) => `CONAPO mid-year population, ${y} (projection after 2019)`,
      }),
      ...yearlyFields('rate', YEARS, {
        type: 'double',
        unit: 'victims per 100,000 people',
        description: (y) => `Intentional homicide victims per 100,000 people, ${y}${partial(y)}`,
      }),
    ];
    return {
      id: 'homicides',
      title: 'Intentional homicides in Mexico by state',
      geometryType: 'MultiPolygon',
      features,
      fields,
      key: 'cve_ent',
      years: YEARS,
      partialYears: [PARTIAL],
      checks: [
        { kind: 'range', field: 'homicides_{year}', min: 0, max: 10_000 },
        { kind: 'range', field: 'femicides_{year}', min: 0, max: 1_000 },
        { kind: 'range', field: 'population_{year}', min: 300_000, max: 25_000_000 },
        { kind: 'range', field: 'rate_{year}', min: 0, max: 300 },
        { kind: 'notAbove', field: 'homicides_firearm_{year}', than: 'homicides_{year}' },
        { kind: 'steady', field: 'population_{year}', maxFactor: 1.1, minBase: 0 },
        { kind: 'steady', field: 'homicides_{year}', maxFactor: 10, minBase: 200 },
      ],
      sources: [CITATIONS.sesnsp, CITATIONS.conapo, CITATIONS.inegiStates],
      method: [
        'Victims summed from SESNSP monthly rows by state and calendar year: subtipo "Homicidio doloso" (all modalidades) for homicides, modalidad "Con arma de fuego" for the firearm subset, subtipo "Feminicidio" for femicides (femicides are not included in homicides, as SESNSP counts them separately).',
        'Rate = homicide victims / CONAPO mid-year population (both sexes) × 100,000, rounded to 2 decimals.',
        'Victims are those registered in prosecutors’ investigation files, not death certificates; "No especificado" means the firearm share is a lower bound.',
        PARTIAL.note,
      ],
      methodEs: [
        'Víctimas sumadas de las filas mensuales del SESNSP por estado y año: subtipo «Homicidio doloso» (todas las modalidades) para homicidios, modalidad «Con arma de fuego» para el subconjunto con arma de fuego, subtipo «Feminicidio» para feminicidios (el SESNSP los cuenta aparte).',
        'Tasa = víctimas de homicidio / población a mitad de año de CONAPO (ambos sexos) × 100 000, redondeada a 2 decimales.',
        'Son víctimas registradas en carpetas de investigación, no certificados de defunción; por la modalidad «No especificado», el porcentaje con arma de fuego es una cota inferior.',
        '2025: solo enero–junio; conteos y tasas cubren seis meses.',
      ],
      ledgers: [victimsLedger, popLedger],
    };
  },
};
