// The chain's flow diagram laid out: three columns (purchase state → modeled port → recovery
// state), each node as tall as its firearms, bands between columns as wide as the firearms they
// carry, so the picture is the same counts as the panel and the table. The largest nodes of each
// column are shown by name; the rest are one "other" node and the unknown one "unknown". Pure.
import type { Flow } from './summary';

export type Column = 'from' | 'port' | 'to';
export const COLUMNS: Column[] = ['from', 'port', 'to'];

/** A node's key: a place/port code, OTHER (the smaller ones together) or UNKNOWN. */
export const OTHER = '*other';
export const UNKNOWN = '*unknown';

export interface DiagramNode {
  column: Column;
  key: string;
  firearms: number;
  y: number;
  height: number;
}

export interface Band {
  /** 0: purchase → port; 1: port → recovery. */
  step: 0 | 1;
  source: string;
  target: string;
  firearms: number;
  /** Top and thickness of the band at its source node and at its target node. */
  y0: number;
  w0: number;
  y1: number;
  w1: number;
}

export interface Diagram {
  nodes: DiagramNode[];
  bands: Band[];
  height: number;
}

/** Keys per column, largest first, keeping `top` named and folding the rest into OTHER. */
function buckets(flows: readonly Flow[], column: Column, top: number) {
  const totals = new Map<string, number>();
  for (const f of flows) {
    const k = f[column] ?? UNKNOWN;
    totals.set(k, (totals.get(k) ?? 0) + f.firearms);
  }
  const named = [...totals]
    .filter(([k]) => k !== UNKNOWN)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const keep = new Set(named.slice(0, named.length > top + 1 ? top : top + 1).map(([k]) => k));
  return (k: string | null) => (k === null ? UNKNOWN : keep.has(k) ? k : OTHER);
}

/**
 * Lay out `flows` in a box `height` px tall (nodes stacked with `gap` px between them; a node of
 * any size is at least `minHeight` px so a single firearm stays visible).
 */
export function layout(
  flows: readonly Flow[],
  { height = 240, gap = 6, top = 5, minHeight = 2 } = {},
): Diagram {
  const pick = Object.fromEntries(COLUMNS.map((c) => [c, buckets(flows, c, top)])) as Record<
    Column,
    (k: string | null) => string
  >;
  const total = flows.reduce((n, f) => n + f.firearms, 0);
  const nodes: DiagramNode[] = [];
  for (const column of COLUMNS) {
    const sums = new Map<string, number>();
    for (const f of flows) {
      const k = pick[column](f[column]);
      sums.set(k, (sums.get(k) ?? 0) + f.firearms);
    }
    // Named nodes largest first, then "other", then "unknown" at the bottom of each column.
    const order = [...sums].sort(
      ([a, x], [b, y]) => rank(a) - rank(b) || y - x || a.localeCompare(b),
    );
    const free = height - gap * (order.length - 1);
    let y = 0;
    for (const [key, firearms] of order) {
      const h = Math.max(minHeight, total ? (free * firearms) / total : 0);
      nodes.push({ column, key, firearms, y, height: h });
      y += h + gap;
    }
  }
  const bands: Band[] = [];
  for (const step of [0, 1] as const) {
    const [a, b] = [COLUMNS[step]!, COLUMNS[step + 1]!];
    const sums = new Map<string, Band>();
    for (const f of flows) {
      const source = pick[a](f[a]);
      const target = pick[b](f[b]);
      const k = `${source}\u0000${target}`;
      const band = sums.get(k) ?? { step, source, target, firearms: 0, y0: 0, w0: 0, y1: 0, w1: 0 };
      band.firearms += f.firearms;
      sums.set(k, band);
    }
    // Bands leave and enter each node in the order of the nodes on the other side.
    const ys = (c: Column) => new Map(nodes.filter((n) => n.column === c).map((n) => [n.key, n]));
    const [from, to] = [ys(a), ys(b)];
    const list = [...sums.values()];
    const outAt = new Map<string, number>();
    const inAt = new Map<string, number>();
    for (const band of list.sort((x, y) => to.get(x.target)!.y - to.get(y.target)!.y)) {
      const s = from.get(band.source)!;
      band.w0 = (s.height * band.firearms) / s.firearms;
      band.y0 = s.y + (outAt.get(band.source) ?? 0);
      outAt.set(band.source, (outAt.get(band.source) ?? 0) + band.w0);
    }
    for (const band of list.sort((x, y) => from.get(x.source)!.y - from.get(y.source)!.y)) {
      const t = to.get(band.target)!;
      band.w1 = (t.height * band.firearms) / t.firearms;
      band.y1 = t.y + (inAt.get(band.target) ?? 0);
      inAt.set(band.target, (inAt.get(band.target) ?? 0) + band.w1);
    }
    bands.push(...list);
  }
  const bottom = Math.max(...nodes.map((n) => n.y + n.height), 0);
  return { nodes, bands, height: bottom };
}

const rank = (k: string) => (k === UNKNOWN ? 2 : k === OTHER ? 1 : 0);
