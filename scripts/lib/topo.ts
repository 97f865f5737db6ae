import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { area } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);

/** Loads a TopoJSON file shipped in an npm package (us-atlas, world-atlas). */
export function packageTopology(path: string): Topology<Objects> {
  return require(path) as Topology<Objects>;
}

const featuresOf = (t: Topology<Objects>, name: string) =>
  (
    feature(t, t.objects[name] as GeometryCollection) as FeatureCollection<
      Geometry,
      Record<string, unknown>
    >
  ).features;

/** Every arc index a geometry uses (nested arc lists; a negative index is a reversed arc). */
function arcsOf(arcs: unknown): number[] {
  if (typeof arcs === 'number') return [arcs < 0 ? ~arcs : arcs];
  return Array.isArray(arcs) ? arcs.flatMap(arcsOf) : [];
}

/**
 * The features of one object, optionally simplified first in topology (so shared borders stay
 * shared): `keep` is the share of vertices kept, by Visvalingam weight. A feature the
 * simplification would erase or crush to under half its area (a small independent city whose
 * rings collapse to lines) keeps its full outline: its arcs are pinned before simplifying again,
 * so its neighbours keep the same full border and no gap or overlap opens between them.
 */
export function topoFeatures(
  topo: Topology<Objects>,
  name: string,
  keep = 1,
): Feature<Geometry, Record<string, unknown>>[] {
  if (keep >= 1) return featuresOf(topo, name);
  const pre = presimplify(topo);
  const minWeight = quantile(pre, 1 - keep);
  const full = featuresOf(topo, name);
  const crushed = featuresOf(simplify(pre, minWeight), name).flatMap((f, i) =>
    isPolygonal(f.geometry) && area(f) < LOST * area(full[i]!) ? [i] : [],
  );
  if (crushed.length === 0) return featuresOf(simplify(pre, minWeight), name);
  const geometries = (pre.objects[name] as GeometryCollection).geometries;
  for (const i of crushed)
    for (const a of arcsOf((geometries[i] as { arcs?: unknown }).arcs))
      for (const point of pre.arcs[a]!) point[2] = Infinity;
  return featuresOf(simplify(pre, minWeight), name);
}

/** Below this share of its full area, a simplified outline has lost the place's shape. */
const LOST = 0.5;
const isPolygonal = (g: Geometry | null) => g?.type === 'Polygon' || g?.type === 'MultiPolygon';
