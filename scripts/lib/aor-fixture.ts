// Test helper: the eight agency-aors tables as tiny CSV files for rawFixture, header-only except
// for the rows a test gives, so each test states only the rows it is about.
import { AGENCIES, UNITS_FILE, type AgencyId } from './aors';

const MEMBER_HEADER =
  'agency,unit,unit_hq_city,unit_hq_state,member_type,member_code,member_name,source_url,source_locator,as_of,coverage,basis,notes';
const UNIT_HEADER =
  'agency,unit,unit_code,unit_hq_city,unit_hq_state,hq_source_url,stated_extent,extent_source_url,as_of,join_key,notes';

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csvLine = (values: readonly string[]) => values.map(quote).join(',');
const agencyName = (id: AgencyId) => AGENCIES.find((a) => a.id === id)!.name;

export interface MemberSpec {
  unit: string;
  type: string;
  code: string;
  name: string;
  coverage?: string;
  basis?: string;
  url?: string;
  asOf?: string;
  /** Overrides the agency text (default: the table's own agency). */
  agency?: string;
  hq?: [city: string, state: string];
}

/** One membership row; defaults: whole coverage, official basis, a CBP link, dated 2024-06-06. */
export function member(agency: AgencyId, m: MemberSpec): string {
  return csvLine([
    m.agency ?? agencyName(agency),
    m.unit,
    m.hq?.[0] ?? '',
    m.hq?.[1] ?? '',
    m.type,
    m.code,
    m.name,
    m.url ?? 'https://www.cbp.gov/newsroom/local-media-release/x',
    '"The sector covers ..."',
    m.asOf ?? '2024-06-06',
    m.coverage ?? 'whole',
    m.basis ?? 'official',
    '',
  ]);
}

/** One units.csv row. */
export function unitRow(
  agency: AgencyId,
  unit: string,
  o: { extent?: string; hq?: [string, string]; hqUrl?: string; agency?: string } = {},
): string {
  return csvLine([
    o.agency ?? agencyName(agency),
    unit,
    '',
    o.hq?.[0] ?? '',
    o.hq?.[1] ?? '',
    o.hqUrl ?? '',
    o.extent ?? '',
    '',
    '2025-04',
    '',
    '',
  ]);
}

export function aorFiles(
  rows: Partial<Record<AgencyId, string[]>>,
  units: string[] = [],
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const a of AGENCIES)
    files[a.file] = [MEMBER_HEADER, ...(rows[a.id] ?? [])].join('\n') + '\n';
  files[UNITS_FILE] = [UNIT_HEADER, ...units].join('\n') + '\n';
  return files;
}
