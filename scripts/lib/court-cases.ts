// The court-case firearms file, read once into typed records: loose dates, inconsistent type
// spellings and state names are normalised here, and each layer decides what it keeps.
import type { CsvRow } from './csv';
import type { Ledger } from './ledger';
import { eachRow, readRows, type TableSpec } from './table';
import { fold } from './gazetteer';

export const FIREARMS_FILE = 'us-mx-trafficking-court-cases/court_case_data_firearm_details.csv';
export const CASES_FILE = 'us-mx-trafficking-court-cases/court_case_dataset.csv';

export interface LooseDate {
  /** ISO date when the day is known, else null. */
  iso: string | null;
  year: number;
  /** 'day' (M/D/Y or "April 9, 2015"), 'season'/'range' (free text with a year), 'year'. */
  precision: 'day' | 'range' | 'year';
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const pad = (n: number) => String(n).padStart(2, '0');

function isoIfValid(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
}

/**
 * Reads the court filings' date spellings: M/D/YYYY, M/D/YY (two-digit years are 2000s, as every
 * purchase here is 2006 or later), "April 9, 2015", "2017", and free text holding one year
 * ("Summer 2010", "Aug-Dec 2017"). Returns null when no year can be read.
 */
export function parseLooseDate(raw: string): LooseDate | null {
  let v = raw.trim();
  if (!v) return null;
  // "*12/19/23": the filing gives dates for a group of guns, not this one (the row's note says
  // so); the year holds, the day does not.
  if (v.startsWith('*')) {
    const d = parseLooseDate(v.slice(1));
    return d ? { iso: null, year: d.year, precision: 'range' } : null;
  }
  v = v.replace(/^"(.*)"$/, '$1');
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(v);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const iso = isoIfValid(y, Number(m[1]), Number(m[2]));
    return iso ? { iso, year: y, precision: 'day' } : null;
  }
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(v);
  if (m && MONTHS.includes(m[1]!.toLowerCase())) {
    const y = Number(m[3]);
    const iso = isoIfValid(y, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
    return iso ? { iso, year: y, precision: 'day' } : null;
  }
  if (/^\d{4}$/.test(v)) return { iso: null, year: Number(v), precision: 'year' };
  const years = [...v.matchAll(/\b(19|20)\d{2}\b/g)].map((x) => Number(x[0]));
  if (years.length === 1) return { iso: null, year: years[0]!, precision: 'range' };
  return null;
}

export type WeaponClass =
  | 'sniper-50'
  | 'rifle'
  | 'pistol'
  | 'revolver'
  | 'shotgun'
  | 'machine-gun'
  | 'part'
  | 'other'
  | 'unknown';

/**
 * True for a calibre written as .50 (half an inch): ".50", ".5", "0.5", "0.50", "50", with or
 * without "BMG" or "cal". The filings write it all these ways; "500" (.500 S&W, a revolver
 * round) and "5" are not it. Checked against every distinct calibre in the raw file.
 */
export function isFiftyCalibre(caliber: string): boolean {
  return /^(0?\.50?|50)( ?bmg| ?cal(iber)?)?$/i.test(caliber.trim());
}

/**
 * Normalises the free-text type. .50-calibre and sniper rifles get their own class because they
 * are the weapons the map must make stand out. A belt-fed or machine gun stays a machine gun
 * whatever its calibre. Checked against every distinct (type, subtype, calibre, PRIO type) in
 * the raw file.
 */
export function weaponClass(
  type: string,
  subType: string,
  caliber: string,
  prio: string,
): WeaponClass {
  const t = fold(type);
  const s = fold(subType);
  // A replica (a semi-automatic look-alike) is not the weapon it imitates.
  if (t.includes('replica')) return 'other';
  if (/machine ?gun|minigun|belt fed/.test(t) || s.includes('belt fed')) return 'machine-gun';
  if (
    s.includes('sniper') ||
    t.includes('sniper') ||
    fold(prio) === 'sniper rifles' ||
    (isFiftyCalibre(caliber) && t.includes('rifle'))
  )
    return 'sniper-50';
  if (/receiver|reciever|barrel|silencer|frame/.test(`${t} ${s}`)) return 'part';
  if (t === '' || t === 'unknown') return 'unknown';
  if (t.includes('shotgun') && t.includes('rifle')) return 'other';
  if (t.includes('revolver') || s === 'revolver') return 'revolver';
  if (/pistol|handgun|derringer/.test(t)) return 'pistol';
  if (t.includes('shotgun')) return 'shotgun';
  if (t.includes('rifle')) return 'rifle';
  return 'other';
}

/** Case names as written in the two files differ ("USA v. X et al " vs "United States v. X"). */
export function caseKey(name: string): string {
  return fold(name)
    .replace(/^(united states of america|united states|usa|us)\b\s*/, '')
    .replace(/\bet al\b/, '')
    .replace(/\bv\b\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Court case → DocumentCloud link, from the case file (three title lines precede its header).
 * Each case is listed once (a repeat is rejected); a case without an https link is rejected.
 */
export async function loadCaseLinks(path: string, ledger: Ledger): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  await eachRow(
    path,
    {
      name: CASES_FILE,
      required: ['Court Case', 'State', 'Link'],
      skipLines: 3,
      key: ['Court Case'],
    },
    ledger,
    ({ line, values: v }) => {
      const link = v.Link.trim();
      if (!/^https:\/\//.test(link))
        return ledger.reject(line, 'Link', v.Link, 'not an https link to the court document');
      ledger.keep();
      links.set(caseKey(v['Court Case']), link);
    },
  );
  return links;
}

export const FIREARM_COLUMNS = [
  'Manufacturer or brand',
  'Caliber',
  'Model',
  'Type',
  'subType',
  'Name of distibutor',
  'Address',
  'City',
  'Purchase State',
  'Purchase date',
  'Mex Recovery date',
  'Mex Recovery area',
  'Reference case',
  'Case Number',
  'Case state',
  'PRIO Type',
  'Purchase date assumed',
] as const;

/**
 * The firearms file. It has no key: a filing often lists identical firearms bought together
 * (same make, model, dealer and day, no serial number) on separate rows, each one a gun.
 */
export type FirearmColumn = (typeof FIREARM_COLUMNS)[number];

export async function loadFirearms(
  path: string,
  ledger: Ledger,
  scope: TableSpec<FirearmColumn>['scope'],
): Promise<CsvRow<FirearmColumn>[]> {
  const { rows } = await readRows(
    path,
    { name: FIREARMS_FILE, required: FIREARM_COLUMNS, scope },
    ledger,
  );
  return rows;
}
