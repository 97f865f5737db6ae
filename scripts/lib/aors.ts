// Agency areas of responsibility (agency-aors): reads the seven membership tables and units.csv,
// checks every row and grades each member's source. Drawing is left to aor-shapes.ts and the
// source modules, so both AOR layers read and count the raw rows the same way.
import { CITATIONS } from '../reference/citations';
import { readCsv } from './csv';
import type { RawInput } from './layer';
import { Ledger } from './ledger';
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

export const UNITS_FILE = 'agency-aors/units.csv';

export const AOR_INPUTS: RawInput[] = [...AGENCIES.map((a) => a.file), UNITS_FILE].map((path) => ({
  path,
  url: CITATIONS.agencyAors.url,
  manual: true,
  getFrom: 'hand transcription (see agency-aors/PROVENANCE.md)',
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

const OFFICIAL = new Set([
  'official',
  'official_archived',
  'named_in_source',
  'official_document_third_party_copy',
  'official_press_release_via_news',
]);
const NEWS = new Set(['news', 'news_quoting_official', 'news_citing_official']);
const WEAK = new Set(['third_party', 'third_party_zone_table', 'inferred_count_state']);

/** Grades a `basis` value; null for a value the provenance does not define. */
export function basisStrength(basis: string): Strength | null {
  if (OFFICIAL.has(basis)) return 'official';
  if (NEWS.has(basis)) return 'news';
  // Anything read between the lines (official_inferred, news_inferred…) is weak, whoever said it.
  if (WEAK.has(basis) || /^[a-z]+(_[a-z]+)*_inferred$/.test(basis)) return 'weak';
  return null;
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

const URL_RE = /^https?:\/\/\S+$/;
const COVERAGES: readonly string[] = ['whole', 'part', 'border_segment', 'unknown'];
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

/** Checks one membership row against the rules of agency-aors/PROVENANCE.md. */
export function checkMember(
  agency: Agency,
  v: Record<string, string>,
  where: { file: string; line: number },
): Checked<Member> {
  const get = (k: string) => (v[k] ?? '').trim();
  if (get('agency') !== agency.name)
    return bad('agency', `not "${agency.name}", the agency of this table`);
  if (!get('unit')) return bad('unit', 'empty unit name');
  const type = get('member_type');
  const types = agency.country === 'MX' ? ['state'] : ['state', 'county', 'port'];
  if (!types.includes(type))
    return bad('member_type', `not one of ${types.join('|')} (for ${agency.country} agencies)`);
  if (!get('member_name')) return bad('member_name', 'empty member name');
  const codeProblem = checkCode(agency, type, get('member_code'), get('member_name'));
  if (codeProblem) return bad('member_code', codeProblem);
  if (!COVERAGES.includes(get('coverage')))
    return bad('coverage', `not one of ${COVERAGES.join('|')}`);
  if (!get('basis')) return bad('basis', 'empty: every row says what kind of source it rests on');
  const strength = basisStrength(get('basis'));
  if (!strength) return bad('basis', 'not a basis defined in agency-aors/PROVENANCE.md');
  if (!URL_RE.test(get('source_url'))) return bad('source_url', 'not an http(s) link');
  if (!get('source_locator')) return bad('source_locator', 'empty: every row quotes its source');
  if (!get('as_of'))
    return bad('as_of', 'empty: the tables write "undated" when a page has no date');
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

const MEMBER_COLUMNS = [
  'agency',
  'unit',
  'unit_hq_city',
  'unit_hq_state',
  'member_type',
  'member_code',
  'member_name',
  'source_url',
  'source_locator',
  'as_of',
  'coverage',
  'basis',
];
const UNIT_COLUMNS = [
  'agency',
  'unit',
  'unit_code',
  'unit_hq_city',
  'unit_hq_state',
  'hq_source_url',
  'stated_extent',
  'extent_source_url',
  'notes',
];

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
    const t = await readCsv(raw(agency.file), { name: agency.file, required: MEMBER_COLUMNS });
    const ledger = new Ledger(agency.file);
    ledger.rejectMalformed(t);
    const seen = new Set<string>();
    for (const { line, values } of t.rows) {
      const c = checkMember(agency, values, { file: agency.file, line });
      if (!c.ok) {
        ledger.reject(line, c.field, values[c.field], c.reason);
        continue;
      }
      const m = c.value;
      const key = `${m.unit}|${m.type}|${m.code || m.name}`;
      if (seen.has(key)) {
        ledger.reject(line, 'member_code', m.code, `${m.name} is listed twice for ${m.unit}`);
        continue;
      }
      seen.add(key);
      ledger.keep();
      members.push(m);
    }
    ledgers.push(ledger);
  }
  const units = await readUnits(raw);
  return { members, units: units.units, ledgers: [...ledgers, units.ledger] };
}

async function readUnits(raw: (path: string) => string) {
  const t = await readCsv(raw(UNITS_FILE), { name: UNITS_FILE, required: UNIT_COLUMNS });
  const ledger = new Ledger(UNITS_FILE);
  ledger.rejectMalformed(t);
  const units: UnitInfo[] = [];
  const seen = new Set<string>();
  for (const { line, values: v } of t.rows) {
    const get = (k: string) => (v[k] ?? '').trim();
    const agency = AGENCIES.find((a) => a.name === get('agency'));
    // Several links are joined with " ; "; an empty cell means the source gives none.
    const badUrl = ['hq_source_url', 'extent_source_url'].find(
      (k) =>
        get(k) !== '' &&
        !get(k)
          .split(' ; ')
          .every((u) => URL_RE.test(u.trim())),
    );
    if (!agency)
      ledger.reject(line, 'agency', get('agency'), 'not the agency of a membership table');
    else if (!get('unit')) ledger.reject(line, 'unit', '', 'empty unit name');
    else if (seen.has(`${agency.id}|${get('unit')}`))
      ledger.reject(line, 'unit', get('unit'), 'unit listed twice');
    else if (badUrl) ledger.reject(line, badUrl, get(badUrl), 'not http(s) links joined by " ; "');
    else {
      seen.add(`${agency.id}|${get('unit')}`);
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
