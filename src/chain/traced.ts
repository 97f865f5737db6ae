// Which ATF-traced source states matter for the followed firearms: the U.S. states the trace
// sources name for firearms recovered in Mexico (every traced firearm, not only the court
// cases), per reported period, beside how many of the followed firearms were bought there. A
// period is marked when it overlaps the followed firearms' purchase years. Pure.
import type { ChainPathRow } from '../../scripts/lib/tables';
import type { LayerFeature } from '../data/load';

export interface TracedPeriod {
  /** "2015_2022", as the layer's fields name it. */
  id: string;
  from: number;
  to: number;
  /** The period overlaps the purchase years of the followed firearms. */
  overlaps: boolean;
  source: string;
  url: string;
  /** Where the traced firearms were recovered, as the source says ("Mexico, Guatemala, …"). */
  recovered: string;
}

export interface TracedRow {
  state: string;
  name: string;
  /** Per period: firearms traced to the state, a combined figure's text, or null (none given). */
  traced: (number | string | null)[];
  /** Followed firearms bought in the state. */
  bought: number;
}

export interface Traced {
  periods: TracedPeriod[];
  rows: TracedRow[];
  /** Followed firearms bought in a state no trace source gives a figure for. */
  elsewhere: number;
  /** The followed firearms' purchase years, first and last (null when none is dated). */
  years: [number, number] | null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function tracedStates(
  traces: readonly LayerFeature[],
  paths: readonly ChainPathRow[],
): Traced {
  const dated = paths.map((p) => p.purchase_year).filter((y): y is number => y !== null);
  const years: [number, number] | null = dated.length
    ? [Math.min(...dated), Math.max(...dated)]
    : null;
  const ids = [
    ...new Set(
      traces.flatMap((f) =>
        Object.keys(f.properties)
          .filter((k) => /^traced_\d{4}_\d{4}$/.test(k))
          .map((k) => k.slice('traced_'.length)),
      ),
    ),
  ].sort();
  const periods = ids.map((id): TracedPeriod => {
    const [from, to] = id.split('_').map(Number) as [number, number];
    const cited = traces.map((f) => f.properties).find((p) => p[`source_${id}`]);
    return {
      id,
      from,
      to,
      overlaps: years !== null && from <= years[1] && to >= years[0],
      source: str(cited?.[`source_${id}`]),
      url: str(cited?.[`url_${id}`]),
      recovered: str(cited?.[`recovered_${id}`]),
    };
  });
  const bought = new Map<string, number>();
  for (const p of paths)
    if (p.purchase_state)
      bought.set(p.purchase_state, (bought.get(p.purchase_state) ?? 0) + p.firearms);
  const rows = traces
    .map((f): TracedRow => {
      const p = f.properties;
      const state = str(p.usps);
      return {
        state,
        name: str(p.name),
        traced: ids.map((id) =>
          typeof p[`traced_${id}`] === 'number'
            ? (p[`traced_${id}`] as number)
            : str(p[`combined_${id}`]) || null,
        ),
        bought: bought.get(state) ?? 0,
      };
    })
    .filter((r) => r.traced.some((v) => v !== null))
    // Most traced first, by the newest period that gives a number to compare.
    .sort((a, b) => {
      for (let i = ids.length - 1; i >= 0; i--) {
        const x = typeof a.traced[i] === 'number' ? (a.traced[i] as number) : -1;
        const y = typeof b.traced[i] === 'number' ? (b.traced[i] as number) : -1;
        if (x !== y) return y - x;
      }
      return a.name.localeCompare(b.name);
    });
  const named = new Set(rows.map((r) => r.state));
  const elsewhere = [...bought].filter(([s]) => !named.has(s)).reduce((n, [, k]) => n + k, 0);
  return { periods, rows, elsewhere, years };
}
