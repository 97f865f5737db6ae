// Units of the agency-aors tables: each unit with its members, whether any member can be drawn,
// and which Mexican states no unit of an agency names. Shared by the aors and aor-units layers so
// the map and the table never disagree about a unit.
import {
  AGENCIES,
  drawClass,
  type Agency,
  type AgencyId,
  type AorTables,
  type DrawClass,
  type Member,
  type UnitInfo,
} from './aors';

export interface AorUnit extends Omit<UnitInfo, 'agency'> {
  agency: Agency;
  /** The unit's kept membership rows, in file order (empty for units known only from units.csv). */
  members: Member[];
}

/** 'unknown' = no member can be drawn; 'partly drawn' = some members are unknown or unplaced. */
export type UnitStatus = 'drawn' | 'partly drawn' | 'unknown';

/**
 * Every unit named in units.csv or in a membership table (FGR delegations are only in theirs),
 * agencies in AGENCIES order, units.csv order first. The HQ is units.csv's, which cites its
 * source; the members' rows give it only when units.csv has none.
 */
export function groupUnits(t: Pick<AorTables, 'members' | 'units'>): AorUnit[] {
  return AGENCIES.flatMap((agency) => {
    const byName = new Map<string, AorUnit>();
    for (const info of t.units.filter((x) => x.agency === agency.id))
      byName.set(info.unit, { ...info, agency, members: [] });
    for (const m of t.members.filter((x) => x.agency === agency.id)) {
      const u = byName.get(m.unit) ?? {
        agency,
        unit: m.unit,
        unitCode: '',
        hqCity: '',
        hqState: '',
        statedExtent: '',
        notes: '',
        members: [],
      };
      if (!u.hqCity && !u.hqState && (m.hqCity || m.hqState)) {
        u.hqCity = m.hqCity;
        u.hqState = m.hqState;
      }
      u.members.push(m);
      byName.set(m.unit, u);
    }
    return [...byName.values()];
  });
}

const CLASS_ORDER: DrawClass[] = ['whole', 'part', 'ports'];

/** The classes a unit is drawn in, in drawing order. */
export function coverageClasses(u: AorUnit): DrawClass[] {
  const present = new Set(u.members.map(drawClass));
  return CLASS_ORDER.filter((c) => present.has(c));
}

export function unitStatus(u: AorUnit): UnitStatus {
  const drawable = u.members.filter((m) => drawClass(m) !== null).length;
  if (drawable === 0) return 'unknown';
  return drawable === u.members.length ? 'drawn' : 'partly drawn';
}

/** Names of the states (code → name) that no row of the agency names, in code order. */
export function notInAny(
  members: readonly Member[],
  agency: AgencyId,
  states: ReadonlyMap<string, string>,
): string[] {
  const named = new Set(members.filter((m) => m.agency === agency).map((m) => m.code));
  return [...states.keys()]
    .sort()
    .filter((code) => !named.has(code))
    .map((code) => states.get(code)!);
}

/**
 * First and last year of free-text dates ("2024/2025", "c. 2021", "2008-01 (division opened…)").
 * Only the date before any parenthesis counts: the remarks in brackets mention other years ("page
 * text opens with the 1996 structure"), and "undated (…)" has no date at all.
 */
export function yearSpan(dates: readonly string[]): [number, number] | null {
  const years = dates.flatMap((d) =>
    [...d.replace(/\(.*$/, '').matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0])),
  );
  return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/** Distinct values in first-seen order (empty strings dropped). */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}
