// The court-case firearms file, read once into typed records: loose dates, inconsistent type
// spellings and state names are normalised here, and each layer decides what it keeps.
import { readCsv, type CsvTable } from './csv';
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
  const v = raw.trim();
  if (!v) return null;
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
 * Normalises the free-text type. .50-calibre and sniper rifles get their own class because they
 * are the weapons the map must make stand out.
 */
export function weaponClass(
  type: string,
  subType: string,
  caliber: string,
  prio: string,
): WeaponClass {
  const t = fold(type);
  const s = fold(subType);
  const fifty = /^\.?50( ?bmg| cal(iber)?)?$/i.test(caliber.trim());
  if (
    s.includes('sniper') ||
    t.includes('sniper') ||
    fold(prio) === 'sniper rifles' ||
    (fifty && t.includes('rifle'))
  )
    return 'sniper-50';
  if (/machine ?gun|minigun|belt fed/.test(t) || s.includes('belt fed')) return 'machine-gun';
  if (/receiver|reciever|barrel|silencer|frame/.test(t)) return 'part';
  if (t === '' || t === 'unknown') return 'unknown';
  if (t.includes('shotgun') && t.includes('rifle')) return 'other';
  if (t.includes('revolver')) return 'revolver';
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

/** Court case → DocumentCloud link, from the case file (three title lines precede its header). */
export async function loadCaseLinks(
  path: string,
): Promise<{ links: Map<string, string>; table: CsvTable }> {
  const table = await readCsv(path, {
    name: CASES_FILE,
    required: ['Court Case', 'State', 'Link'],
    skipLines: 3,
  });
  const links = new Map<string, string>();
  for (const r of table.rows) {
    const link = r.values.Link!.trim();
    if (/^https:\/\//.test(link)) links.set(caseKey(r.values['Court Case']!), link);
  }
  return { links, table };
}

export async function loadFirearms(path: string): Promise<CsvTable> {
  return readCsv(path, {
    name: FIREARMS_FILE,
    required: [
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
    ],
  });
}
