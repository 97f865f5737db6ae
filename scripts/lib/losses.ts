// Which published figures lost source rows. Every rejected row that is not an exact copy of a
// counted one is a loss; the ledger says which feature and year it would have counted toward
// when the row was readable enough to tell, and the whole layer otherwise. Layers built from
// other layers (corridors from guns) inherit what those lost.
import type { BuiltLayer } from './layer';
import type { Loss } from './manifest';

function grouped(items: Loss[]): Loss[] {
  const m = new Map<string, Loss>();
  for (const l of items) {
    const k = `${l.feature ?? ''}|${l.year ?? ''}|${l.source}`;
    const prev = m.get(k);
    m.set(k, prev ? { ...prev, rows: prev.rows + l.rows } : { ...l });
  }
  return [...m.values()].sort(
    (a, b) =>
      a.source.localeCompare(b.source) ||
      (a.feature ?? '').localeCompare(b.feature ?? '') ||
      (a.year ?? 0) - (b.year ?? 0),
  );
}

export function lossesOf(layer: BuiltLayer, built: Map<string, BuiltLayer>): Loss[] {
  const own: Loss[] = layer.ledgers.flatMap((l) =>
    l.losses.map((r) => ({
      feature: r.cell?.feature ?? null,
      year: r.cell?.year ?? null,
      rows: 1,
      source: r.file ?? l.file,
    })),
  );
  const upstream: Loss[] = (layer.derivedFrom ?? []).flatMap((id) => {
    const from = built.get(id);
    if (!from) throw new Error(`${layer.id} is derived from ${id}, which was not built`);
    return lossesOf(from, built).map((l) => ({
      feature: null,
      year: l.year,
      rows: l.rows,
      source: `layer ${id}`,
    }));
  });
  return grouped([...own, ...upstream, ...(layer.upstreamLosses ?? [])]);
}
