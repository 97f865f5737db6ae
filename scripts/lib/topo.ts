import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
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
 * shared): `keep` is the share of vertices kept, by Visvalingam weight.
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
  return fc.features;
}
