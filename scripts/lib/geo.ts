import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Rounds every coordinate: 4 decimals ≈ 11 m, finer than any boundary or geocode we ship. */
export function roundGeometry<G extends Geometry>(g: G, decimals = 4): G {
  const f = 10 ** decimals;
  const r = (p: Position): Position => p.map((v) => Math.round(v * f) / f);
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? r(c as Position) : (c as unknown[]).map(walk);
  if (g.type === 'GeometryCollection') {
    return { ...g, geometries: g.geometries.map((x) => roundGeometry(x, decimals)) };
  }
  return {
    ...g,
    coordinates: walk((g as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates),
  } as G;
}

/** FlatGeobuf stores one geometry type per layer, so polygon layers are all MultiPolygon. */
export function toMultiPolygon(g: Geometry): MultiPolygon {
  if (g.type === 'MultiPolygon') return g;
  if (g.type === 'Polygon')
    return { type: 'MultiPolygon', coordinates: [(g as Polygon).coordinates] };
  throw new Error(`expected a polygon, got ${g.type}`);
}

/** Rounds a number to `digits` significant decimals without float noise in the output. */
export function roundTo(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
