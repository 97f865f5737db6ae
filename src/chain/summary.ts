// What the chain panel says about the firearms through a node: how many, in how many cases,
// where they were bought, the ports our model routes them through, where they were recovered,
// which dealers sold them — the known and the unknown shares side by side, from the same paths
// the diagram and the table use. Pure.
import type { ChainPathRow } from '../../scripts/lib/tables';
import { keyAt, type ChainKind, type ChainTable } from './node';

export interface Count {
  key: string;
  firearms: number;
  /** Distinct cases among these firearms. */
  cases: number;
}

export interface Flow {
  /** Purchase state (USPS) or null (no purchase state in the filing). */
  from: string | null;
  /** Modeled nearest port or null (no purchase place to model from). */
  port: string | null;
  /** Recovery state (INEGI) or null (none stated, or not placeable). */
  to: string | null;
  firearms: number;
}

export interface ChainSummary {
  firearms: number;
  cases: number;
  purchaseStates: Count[];
  /** Distinct purchase places: located cities, plus states where only the state is known. */
  purchasePlaces: number;
  purchaseUnknown: number;
  ports: Count[];
  portUnknown: number;
  recoveryStates: Count[];
  /** Firearms whose filing names a recovery place we placed / could not place / none. */
  recovery: { filing: number; unplaced: number; unknown: number };
  dealers: (Count & { penalized: boolean })[];
  dealerUnknown: number;
  flows: Flow[];
}

/** Firearms and cases per key of a node kind, most firearms first (ties by key); unknown apart. */
export function countBy(paths: readonly ChainPathRow[], kind: ChainKind) {
  const m = new Map<string, { firearms: number; cases: Set<string> }>();
  let unknown = 0;
  for (const p of paths) {
    const k = keyAt(p, kind);
    if (k === null) {
      unknown += p.firearms;
      continue;
    }
    const c = m.get(k) ?? { firearms: 0, cases: new Set<string>() };
    c.firearms += p.firearms;
    if (p.case) c.cases.add(p.case);
    m.set(k, c);
  }
  const counts: Count[] = [...m]
    .map(([key, c]) => ({ key, firearms: c.firearms, cases: c.cases.size }))
    .sort((a, b) => b.firearms - a.firearms || a.key.localeCompare(b.key));
  return { counts, unknown };
}

const sum = (paths: readonly ChainPathRow[], pick: (p: ChainPathRow) => boolean) =>
  paths.reduce((n, p) => n + (pick(p) ? p.firearms : 0), 0);

export function summarize(table: ChainTable, paths: readonly ChainPathRow[]): ChainSummary {
  const states = countBy(paths, 'us-state');
  const ports = countBy(paths, 'port');
  const recovered = countBy(paths, 'mx-state');
  const dealers = countBy(paths, 'dealer');
  const penalized = new Set(table.dealers.filter((d) => d.match).map((d) => d.id));
  const places = new Set(
    paths
      .filter((p) => p.purchase_state)
      .map((p) => keyAt(p, 'us-city') ?? `state:${p.purchase_state}`),
  );
  const flows = new Map<string, Flow>();
  for (const p of paths) {
    const f = { from: p.purchase_state, port: p.port, to: p.recovery_state };
    const k = JSON.stringify(f);
    const hit = flows.get(k) ?? { ...f, firearms: 0 };
    hit.firearms += p.firearms;
    flows.set(k, hit);
  }
  return {
    firearms: sum(paths, () => true),
    cases: new Set(paths.map((p) => p.case).filter(Boolean)).size,
    purchaseStates: states.counts,
    purchasePlaces: places.size,
    purchaseUnknown: states.unknown,
    ports: ports.counts,
    portUnknown: ports.unknown,
    recoveryStates: recovered.counts,
    recovery: {
      filing: sum(paths, (p) => p.recovery_basis === 'filing'),
      unplaced: sum(paths, (p) => p.recovery_basis === 'unplaced'),
      unknown: sum(paths, (p) => p.recovery_basis === 'unknown'),
    },
    dealers: dealers.counts.map((c) => ({ ...c, penalized: penalized.has(c.key) })),
    dealerUnknown: dealers.unknown,
    flows: [...flows.values()].sort((a, b) => b.firearms - a.firearms),
  };
}
