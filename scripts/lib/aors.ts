// Agency areas of responsibility (agency-aors): reads the seven membership tables and units.csv,
// checks every row and grades each member's source. Drawing is left to aor-shapes.ts and the
// source modules, so both AOR layers read and count the raw rows the same way.
import { CITATIONS } from '../reference/citations';
import { BASIS_GRADES, memberSchema, UNITS_SCHEMA } from '../schemas/aors';
import type { RawInput } from './layer';
import { Ledger } from './ledger';
import { readTranscribed } from './transcribed';
import { usStates } from './us-states';

export type AgencyId = 'usbp' | 'ofo' | 'atf' | 'dea' | 'sedena' | 'gn' | 'fgr';

export interface Agency {
  id: AgencyId;
  /** The agency's membership table, relative to the raw folder. */
  file: string;
  /** The `agency` text of every row of that table and of the agency's rows in units.csv. */
  name: string;
  country: 'US' | 'MX';
}

/** One membership table per agency: the id comes from the file, never from free text. */
export const AGENCIES: readonly Agency[] = [
  ['usbp', 'usbp_sector_members', 'U.S. Border Patrol (CBP)', 'US'],
  ['ofo', 'ofo_field_office_ports', 'CBP Office of Field Operations', 'US'],
  ['atf', 'atf_field_division_members', 'ATF', 'US'],
  ['dea', 'dea_division_members', 'DEA', 'US'],
  ['sedena', 'mx_sedena_regiones_militares', 'SEDENA (Ejército Mexicano)', 'MX'],
  ['gn', 'mx_guardia_nacional_coordinaciones', 'Guardia Nacional', 'MX'],
  ['fgr', 'mx_fgr_delegaciones', 'Fiscalía General de la República (FGR)', 'MX'],
].map(([id, stem, name, country]) => ({
  id: id as AgencyId,
  file: `agency-aors/${stem}.csv`,
  name: name!,
  country: country as Agency['country'],
}));

/** Each agency's country by id. */
export const AGENCY_COUNTRY_OF: Record<string, 'US' | 'MX'> = Object.fromEntries(
  AGENCIES.map((a) => [a.id, a.country]),
);

export const UNITS_FILE = 'agency-aors/units.csv';

export const AOR_INPUTS: RawInput[] = [...AGENCIES.map((a) => a.file), UNITS_FILE].map((path) => ({
  path,
  url: CITATIONS.agencyAors.url,
  manual: true,
  getFrom: 'hand transcription (see agency-aors/README.md)',
}));

export type Strength = 'official' | 'news' | 'weak';
export type Coverage = 'whole' | 'part' | 'border_segment' | 'unknown';
export type MemberType = 'state' | 'county' | 'port';
/** How a member is drawn: whole and part members are dissolved apart; ports make a modeled hull. */
export type DrawClass = 'whole' | 'part' | 'ports';

export interface Member {
  agency: AgencyId;
  unit: string;
  hqCity: string;
  hqState: string;
  type: MemberType;
  /** USPS, 5-digit county FIPS, INEGI cve_ent or CBP port code; '' for a port without one. */
  code: string;
  name: string;
  sourceUrl: string;
  locator: string;
  asOf: string;
  coverage: Coverage;
  /** The table's `basis`, verbatim. */
  basis: string;
  strength: Strength;
  file: string;
  line: number;
}

export interface UnitInfo {
  agency: AgencyId;
  unit: string;
  unitCode: string;
  hqCity: string;
  hqState: string;
  statedExtent: string;
  notes: string;
}

/** Grades a `basis` value as the table's schema documents it; null for any other value. */
export function basisStrength(basis: string): Strength | null {
  return Object.hasOwn(BASIS_GRADES, basis) ? BASIS_GRADES[basis]! : null;
}

const RANK: Record<Strength, number> = { official: 0, news: 1, weak: 2 };
export function weakest(list: readonly Strength[]): Strength {
  return list.reduce<Strength>((a, b) => (RANK[b] > RANK[a] ? b : a), 'official');
}

/** The drawn class of a member, or null when it is not drawn (unknown extent, or no code). */
export function drawClass(m: Pick<Member, 'type' | 'code' | 'coverage'>): DrawClass | null {
  if (m.coverage === 'unknown' || m.code === '') return null;
  if (m.type === 'port') return 'ports';
  // A border segment is a part of the member: drawn with the part members, overstated alike.
  return m.coverage === 'whole' ? 'whole' : 'part';
}

const INEGI_RE = /^(0[1-9]|[12]\d|3[0-2])$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; reason: string };
const bad = (field: string, reason: string) => ({ ok: false as const, field, reason });

/** The member_code rule for a member type in an agency's country; null when the code is fine. */
function checkCode(agency: Agency, type: string, code: string, name: string): string | null {
  const states = usStates();
  if (type === 'port')
    return code === '' || /^\d{4}$/.test(code) ? null : 'not a 4-digit CBP port code';
  if (code === '') return 'empty: only port rows may lack a code (they are listed as unplaced)';
  if (type === 'state' && agency.country === 'MX')
    return INEGI_RE.test(code) ? null : 'not an INEGI state code 01–32';
  if (type === 'state') {
    const s = states.get(code);
    if (!s) return 'not a USPS state code';
    return s.name === name ? null : `is ${s.name}, but member_name says "${name}"`;
  }
  if (!/^\d{5}$/.test(code)) return 'not a 5-digit county FIPS code';
  // "Hidalgo County, TX": the FIPS state prefix must agree with the state the name gives.
  const named = states.get(/, ([A-Z]{2})$/.exec(name)?.[1] ?? '');
  if (named && named.fips !== code.slice(0, 2))
    return `FIPS state ${code.slice(0, 2)} is not ${named.usps} (${named.fips}), the state in member_name`;
  return null;
}

/**
 * Checks what the table's schema (scripts/schemas/aors.ts) cannot: the agency of the table, the
 * member types of its country, the code against the member's type and name, the basis grade.
 */
export function checkMember(
  agency: Agency,
  v: Readonly<Record<string, string | undefined>>,
  where: { file: string; line: number },
): Checked<Member> {
  const get = (k: string) => (v[k] ?? '').trim();
  if (get('agency') !== agency.name)
    return bad('agency', `not "${agency.name}", the agency of this table`);
  const type = get('member_type');
  const types = agency.country === 'MX' ? ['state'] : ['state', 'county', 'port'];
  if (!types.includes(type))
    return bad('member_type', `not one of ${types.join('|')} (for ${agency.country} agencies)`);
  const codeProblem = checkCode(agency, type, get('member_code'), get('member_name'));
  if (codeProblem) return bad('member_code', codeProblem);
  const strength = basisStrength(get('basis'));
  if (!strength) return bad('basis', 'not a basis this project grades');
  return {
    ok: true,
    value: {
      agency: agency.id,
      unit: get('unit'),
      hqCity: get('unit_hq_city'),
      hqState: get('unit_hq_state'),
      type: type as MemberType,
      code: get('member_code'),
      name: get('member_name'),
      sourceUrl: get('source_url'),
      locator: get('source_locator'),
      asOf: get('as_of'),
      coverage: get('coverage') as Coverage,
      basis: get('basis'),
      strength,
      ...where,
    },
  };
}

export interface AorTables {
  members: Member[];
  units: UnitInfo[];
  /** One ledger per membership table (in AGENCIES order), then units.csv. */
  ledgers: Ledger[];
}

/** Reads and checks every table: each row is kept (drawn or listed) or rejected with a reason. */
export async function readAors(raw: (path: string) => string): Promise<AorTables> {
  const members: Member[] = [];
  const ledgers: Ledger[] = [];
  for (const agency of AGENCIES) {
    const ledger = new Ledger(agency.file);
    for (const { line, values } of await readTranscribed(
      raw(agency.file),
      memberSchema(agency.file),
      ledger,
    )) {
      const c = checkMember(agency, values, { file: agency.file, line });
      if (!c.ok) {
        ledger.reject(line, c.field, values[c.field], c.reason);
        continue;
      }
      ledger.keep();
      members.push(c.value);
    }
    ledgers.push(ledger);
  }
  const units = await readUnits(raw);
  return { members, units: units.units, ledgers: [...ledgers, units.ledger] };
}

async function readUnits(raw: (path: string) => string) {
  const ledger = new Ledger(UNITS_FILE);
  const units: UnitInfo[] = [];
  for (const { line, values: v } of await readTranscribed(raw(UNITS_FILE), UNITS_SCHEMA, ledger)) {
    const get = (k: string) => (v[k] ?? '').trim();
    const agency = AGENCIES.find((a) => a.name === get('agency'));
    if (!agency)
      ledger.reject(line, 'agency', get('agency'), 'not the agency of a membership table');
    else {
      ledger.keep();
      units.push({
        agency: agency.id,
        unit: get('unit'),
        unitCode: get('unit_code'),
        hqCity: get('unit_hq_city'),
        hqState: get('unit_hq_state'),
        statedExtent: get('stated_extent'),
        notes: get('notes'),
      });
    }
  }
  return { units, ledger };
}
