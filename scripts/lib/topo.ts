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

/**
 * The features of one object, optionally simplified first in topology (so shared borders stay
 * shared): `keep` is the share of vertices kept, by Visvalingam weight. A feature the
 * simplification would erase or crush to under half its area (a small independent city whose
 * rings collapse to lines) keeps its
 * full outline instead: a place must not vanish from the map because it is small.
 */
export function topoFeatures(
  topo: Topology<Objects>,
  name: string,
  keep = 1,
): Feature<Geometry, Record<string, unknown>>[] {
  const t = keep < 1 ? simplify(presimplify(topo), quantile(presimplify(topo), 1 - keep)) : topo;
  const fc = feature(t, t.objects[name] as GeometryCollection) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  if (keep >= 1) return fc.features;
  const full = feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  return fc.features.map((f, i) => {
    const whole = full.features[i]!;
    return isPolygonal(f.geometry) && area(f) < LOST * area(whole)
      ? { ...f, geometry: whole.geometry }
      : f;
  });
}

/** Below this share of its full area, a simplified outline has lost the place's shape. */
const LOST = 0.5;
const isPolygonal = (g: Geometry | null) => g?.type === 'Polygon' || g?.type === 'MultiPolygon';
