// A modeled route's leg drawn as a great circle, sampled no closer than the eye needs: a vertex
// every ARC_STEP_KM or so (the line between two is within a few hundred metres of the circle,
// under a pixel at the zooms the corridors are read at). Each vertex is 16 bytes in the layer's
// file, which every embed of the default view downloads.
import { distance, greatCircle, point } from '@turf/turf';
import type { Position } from 'geojson';

export const ARC_STEP_KM = 150;

/** Points along the great circle from a to b (a straight line for hops under 20 km). */
export function arc(a: Position, b: Position): Position[] {
  const km = distance(a, b);
  if (km < 20) return [a, b];
  const npoints = Math.min(16, Math.max(2, Math.ceil(km / ARC_STEP_KM) + 1));
  const g = greatCircle(point(a), point(b), { npoints }).geometry;
  return g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
}
