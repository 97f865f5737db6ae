// How the offline basemap is cut and simplified: which parts of a country it keeps, and where its
// vertex budget goes. Pure, so the rules are tested on small shapes.
import type { MultiPolygon, Position } from 'geojson';
import { planarTriangleArea, type Triangle } from 'topojson-simplify';

/**
 * The window a country's parts must touch: the Americas and the Pacific up to the antimeridian.
 * A country chosen because it touches the region keeps only its parts in here (French Guiana,
 * not metropolitan France; Chukotka, not the rest of Russia).
 */
export const WINDOW: [number, number, number, number] = [-180, -60, -20, 85];

/** North of this latitude (Canada's Arctic, Alaska's north, Greenland) the map is context only. */
export const FAR_NORTH = 50;
/** …so a vertex there must be this many times more significant to be kept. */
export const NORTH_DISCOUNT = 50;

const span = (ring: Position[]) => {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
};

/**
 * The parts of a country to draw: those inside the window, without any ring that runs round the
 * globe (a polygon crossing the antimeridian, which a flat map would draw as a band across the
 * whole width). Null when nothing is left.
 */
export function westernParts(g: MultiPolygon): MultiPolygon | null {
  const [w, s, e, n] = WINDOW;
  const parts = g.coordinates.filter((poly) => {
    const [x0, y0, x1, y1] = span(poly[0]!);
    return x1 - x0 <= 180 && x1 >= w && x0 <= e && y1 >= s && y0 <= n;
  });
  return parts.length ? { type: 'MultiPolygon', coordinates: parts } : null;
}

/**
 * Visvalingam's weight (the triangle's area), discounted in the far north: the simplification then
 * spends its vertices on the border, the U.S. and Mexico, not on Arctic coastlines.
 */
export function basemapWeight(t: Triangle): number {
  const a = planarTriangleArea(t);
  return Math.min(t[0][1], t[1][1], t[2][1]) > FAR_NORTH ? a / NORTH_DISCOUNT : a;
}
