// Geometry for agency areas: dissolves member polygons into one area, models a field office's
// area from its ports, and thins the result for a small file.
import {
  area,
  booleanPointInPolygon,
  buffer,
  centerOfMass,
  convex,
  feature,
  featureCollection,
  lineString,
  point,
  pointOnFeature,
  polygon,
  simplify,
  union,
} from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { roundGeometry, roundTo, toMultiPolygon } from './geo';

type Areal = Polygon | MultiPolygon;

/** Gaps smaller than this (km²) left inside a union are slivers between neighbours' outlines. */
export const SLIVER_KM2 = 20;

/**
 * The union of member polygons: shared borders disappear, so adjacent members become one area.
 * The Mexican state outlines were simplified one by one, so neighbours leave thin gaps that a
 * union turns into holes (the largest seen is 7 km²); holes under `sliverKm2` are filled. A real
 * enclave would be a non-member state or county: every Mexican state is far larger (Ciudad de
 * México, the smallest, is ~1,400 km²), and only a few U.S. independent cities are smaller.
 */
export function dissolve(parts: readonly Areal[], sliverKm2 = SLIVER_KM2): MultiPolygon {
  if (parts.length === 0) throw new Error('dissolve: no polygons');
  if (parts.length === 1) return toMultiPolygon(parts[0]!);
  const u = union(featureCollection(parts.map((geometry) => feature<Areal>(geometry))));
  if (!u) throw new Error('dissolve: the union is empty');
  const g = toMultiPolygon(u.geometry);
  const isSliver = (ring: Position[]) => area(polygon([ring])) / 1e6 < sliverKm2;
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map(([outer, ...holes]) => [
      outer!,
      ...holes.filter((h) => !isSliver(h)),
    ]),
  };
}

/**
 * A modeled area around a set of ports: their convex hull buffered by `km`. Two ports give a
 * buffered line and one a disc, since a hull needs three points off one line.
 */
export function portHull(points: readonly [number, number][], km: number): MultiPolygon {
  if (points.length === 0) throw new Error('portHull: no ports');
  const hull = points.length >= 3 ? convex(featureCollection(points.map((p) => point(p)))) : null;
  const core = hull ?? (points.length >= 2 ? lineString([...points]) : point(points[0]!));
  const b = buffer(core, km, { units: 'kilometers' });
  if (!b) throw new Error('portHull: buffer failed');
  return toMultiPolygon(b.geometry);
}

/** Simplified (Douglas–Peucker, `tolerance` degrees) and rounded to 4 decimals (≈11 m). */
export function thin(g: MultiPolygon, tolerance = 0.01): MultiPolygon {
  const s = simplify(g, { tolerance, highQuality: false });
  return roundGeometry(s, 4);
}

/**
 * A point inside the area for its label: the centre of mass of the largest part, or a point on
 * that part when the centre falls outside it (a crescent, Baja California).
 */
export function labelPoint(g: MultiPolygon): [number, number] {
  const parts = g.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c }));
  const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
  const c = centerOfMass(largest).geometry.coordinates as [number, number];
  const p = booleanPointInPolygon(c, largest)
    ? c
    : (pointOnFeature(largest).geometry.coordinates as [number, number]);
  return [roundTo(p[0], 4), roundTo(p[1], 4)];
}
