// Points of diversion: the nodes most court-case firearms pass through — dealers, purchase
// cities, ports (modeled), recovery states — ranked, with each one's share of the firearms
// counted and the cases it appears in; dealers penalized after an ATF inspection carry it. Pure.
import type { ChainPathRow } from '../../scripts/lib/tables';
import type { ChainKind, ChainTable } from './node';
import { countBy, type Count } from './summary';

export const RANK_KINDS = ['dealer', 'us-city', 'port', 'mx-state'] as const satisfies ChainKind[];
export type RankKind = (typeof RANK_KINDS)[number];

export interface RankFilter {
  /** Weapon class id (as in the paths), or null for all. */
  weaponClass: string | null;
  /** Purchase years, inclusive; with either set, undated firearms are left out (and counted). */
  from: number | null;
  to: number | null;
}

export const NO_RANK_FILTER: RankFilter = { weaponClass: null, from: null, to: null };

export function filterPaths(paths: readonly ChainPathRow[], f: RankFilter) {
  const dated = f.from !== null || f.to !== null;
  const kept: ChainPathRow[] = [];
  let undated = 0;
  for (const p of paths) {
    if (f.weaponClass && p.weapon_class !== f.weaponClass) continue;
    if (dated && p.purchase_year === null) {
      undated += p.firearms;
      continue;
    }
    if (f.from !== null && p.purchase_year! < f.from) continue;
    if (f.to !== null && p.purchase_year! > f.to) continue;
    kept.push(p);
  }
  return { paths: kept, undated };
}

export interface Inspection {
  complete_date: string | null;
  disposition: string;
  disposition_class: string;
  citation_count: number | null;
  violations: string;
}

export interface Ranked extends Count {
  /** Share of the counted firearms (0–1). */
  share: number;
  /** Dealers matched to the ATF penalized list: the inspections, most recent first. */
  inspections: Inspection[];
}

export function rank(table: ChainTable, paths: readonly ChainPathRow[], kind: RankKind) {
  const total = paths.reduce((n, p) => n + p.firearms, 0);
  const { counts, unknown } = countBy(paths, kind);
  const dealers = new Map(table.dealers.map((d) => [d.id, d]));
  const rows: Ranked[] = counts.map((c) => ({
    ...c,
    share: total ? c.firearms / total : 0,
    inspections:
      kind === 'dealer'
        ? (dealers.get(c.key)?.match?.inspections ?? [])
            .map((i) => ({
              complete_date: i.complete_date,
              disposition: i.disposition,
              disposition_class: i.disposition_class,
              citation_count: i.citation_count,
              violations: i.violations,
            }))
            .sort((a, b) => (b.complete_date ?? '').localeCompare(a.complete_date ?? ''))
        : [],
  }));
  return { rows, total, unknown };
}

/** The purchase years and classes the firearms have, for the ranking's filter choices. */
export function rankChoices(paths: readonly ChainPathRow[]) {
  const years = [...new Set(paths.map((p) => p.purchase_year).filter((y) => y !== null))].sort();
  const classes = [...new Set(paths.map((p) => p.weapon_class))].sort();
  return { years, classes };
}
