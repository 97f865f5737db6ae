// The 50 U.S. states and DC by USPS code, with their 2-digit FIPS code (the id us-atlas uses),
// Census name and Spanish name (Nuevo México, Carolina del Norte: the Spanish map's labels):
// agency tables write states as USPS codes, us-atlas keys its polygons by FIPS.
import { readFileSync } from 'node:fs';
import { parseCsvText } from './csv';
import { DataError } from './errors';

export const US_STATES_FILE = 'scripts/reference/us-states.csv';

export interface UsState {
  usps: string;
  fips: string;
  name: string;
  nameEs: string;
}

let byUsps: Map<string, UsState> | null = null;

/** USPS code → state. The table is ours, so a bad row fails the build rather than being skipped. */
export function usStates(): Map<string, UsState> {
  byUsps ??= parseUsStates(
    readFileSync(new URL('../reference/us-states.csv', import.meta.url), 'utf8'),
  );
  return byUsps;
}

/** Reads the table; throws naming the file, line and field of the first bad row. */
export function parseUsStates(text: string): Map<string, UsState> {
  const t = parseCsvText(text, {
    name: US_STATES_FILE,
    required: ['usps', 'fips', 'name', 'name_es'],
  });
  const out = new Map<string, UsState>();
  for (const { line, values: v } of t.rows) {
    if (!/^[A-Z]{2}$/.test(v.usps) || !/^\d{2}$/.test(v.fips) || !v.name)
      throw new DataError(US_STATES_FILE, 'expected usps AA, fips 00 and a name', line);
    if (!v.name_es) throw new DataError(US_STATES_FILE, 'no Spanish name', line, 'name_es');
    if (out.has(v.usps)) throw new DataError(US_STATES_FILE, 'state listed twice', line, 'usps');
    out.set(v.usps, { usps: v.usps, fips: v.fips, name: v.name, nameEs: v.name_es });
  }
  if (out.size !== 51 || t.malformed.length)
    throw new DataError(US_STATES_FILE, `expected 51 well-formed rows, found ${out.size}`);
  return out;
}
