// Reads the transcribed displacement table (CMDPDH episodes of massive displacement, by state and
// year, with Ibero and ENVIPE figures): the state × year people displaced the table marks as
// preferred, with every other valid row counted by the rule that leaves it out.
import { CMDPDH_SCHEMA } from '../schemas/displacement';
import { Ledger } from './ledger';
import type { Conflict } from './manifest';
import { cited, conflicts, readTranscribed, type Cited } from './transcribed';

export const CMDPDH_FILE = CMDPDH_SCHEMA.file;
const STATE = /^(0[1-9]|[12]\d|3[0-2])$/;

export interface StateYear {
  cve_ent: string;
  place: string;
  year: number;
  value: number;
  source: string;
  cite: Cited;
}

export async function readStateDisplacement(
  path: string,
): Promise<{ rows: StateYear[]; ledger: Ledger; conflicts: Conflict[] }> {
  const ledger = new Ledger(CMDPDH_FILE);
  const rows: StateYear[] = [];
  const candidates: (StateYear & { preferred: boolean })[] = [];
  for (const { line, values: v, value } of await readTranscribed(path, CMDPDH_SCHEMA, ledger)) {
    if (value === null) {
      ledger.reject(line, 'value', '', 'empty: a transcribed row must carry its figure');
      continue;
    }
    if (v.place_level !== 'state') {
      ledger.filter('national or regional rows');
      continue;
    }
    if (!STATE.test(v.cve_ent ?? '')) {
      ledger.reject(line, 'cve_ent', v.cve_ent, 'not an INEGI state code 01–32');
      continue;
    }
    if (v.measure !== 'people_displaced') {
      ledger.filter('other measures (episodes, shares, cumulative)');
      continue;
    }
    // A whole calendar year only: "2021 Jan–Oct" or "2016–2020 cumulative" are not a year's count.
    if (!/^\d{4}$/.test(v.year ?? '') || v.period !== v.year) {
      ledger.filter('part-year or multi-year periods');
      continue;
    }
    const row = {
      cve_ent: v.cve_ent,
      place: v.place,
      year: Number(v.year),
      value,
      source: v.original_data_source,
      cite: cited(v),
    };
    // The table's own mark picks among sources: "yes", or "duplicate" / "no (…)" / "conflict (…)".
    const preferred = /^yes\b/.test(v.preferred ?? '');
    candidates.push({ ...row, preferred });
    if (!preferred) {
      ledger.filter('not preferred by the table (duplicate or conflicting; see conflicts)');
      continue;
    }
    ledger.keep();
    rows.push(row);
  }
  const found = conflicts(
    candidates,
    (r) => `${r.place} ${r.year} people displaced`,
    (g) => g.find((r) => r.preferred) ?? null,
    {
      en: 'The transcribed table marks which figure is preferred ("yes"); the other is listed here.',
      es: 'La tabla transcrita marca qué cifra se prefiere ("yes"); la otra se lista aquí.',
    },
  );
  return { rows, ledger, conflicts: found };
}
