// Polygons any GIS can clip and join: the simplified county and state outlines we build can
// collapse a ring to a line or cross themselves (GEOS calls 57 counties invalid), which makes
// clip and overlay tools in QGIS or GDAL fail. Validity is judged with JSTS's IsValidOp, the
// same rules GEOS applies, so what passes here passes `ST_IsValid` in GDAL.
import type { MultiPolygon, Polygon } from 'geojson';
import jsts from 'jsts/dist/jsts.min.js';
import { union } from 'polyclip-ts';
import { DataError } from './errors';
import { toMultiPolygon } from './geo';

const reader = new jsts.io.GeoJSONReader();
const writer = new jsts.io.GeoJSONWriter();

/** Why a polygon is invalid (GEOS wording and place), or null when it is valid. */
export function invalidity(g: Polygon | MultiPolygon): string | null {
  let op;
  try {
    op = new jsts.operation.valid.IsValidOp(reader.read(g));
  } catch (e) {
    // JSTS refuses to build a ring of fewer than four positions at all.
    return (e as Error).message;
  }
  if (op.isValid()) return null;
  const e = op.getValidationError();
  const at = e.getCoordinate();
  return `${e.getMessage()} near ${at.x.toFixed(4)}, ${at.y.toFixed(4)}`;
}

/** The area a ring set covers (non-zero rule), at full precision: empty when it has none. */
function resolve(g: Polygon | MultiPolygon): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: union(toMultiPolygon(g).coordinates as [number, number][][][]),
  };
}

/**
 * A valid MultiPolygon covering the same area, with every vertex on the grid of `decimals`
 * (the grid our layers are rounded to). Self-crossing rings are read with the non-zero rule,
 * collapsed rings dropped; snapping to the grid is done by JTS's precision reducer, which keeps
 * the result valid (plain rounding can make new crossings).
 */
export function makeValid(g: Polygon | MultiPolygon, decimals = 4): MultiPolygon {
  const unioned = resolve(g);
  const snapped = jsts.precision.GeometryPrecisionReducer.reduce(
    reader.read(unioned),
    new jsts.geom.PrecisionModel(10 ** decimals),
  );
  // Snapping can collapse a tiny part to nothing; JSTS then writes an empty polygon, which is no
  // part at all.
  const out = toMultiPolygon(writer.write(snapped));
  return { type: 'MultiPolygon', coordinates: out.coordinates.filter((p) => p.length > 0) };
}

/** What a repair did to a layer: how many outlines it fixed, and which had no area at all. */
export interface Repairs {
  repaired: number;
  /** Features whose outline in the source is a line or a point: kept, with an empty geometry. */
  noArea: string[];
}

/**
 * Repairs the invalid polygons of a layer in place; the valid ones are left exactly as they
 * are. An outline with no area in the source (a small city the source draws as a line) cannot
 * be drawn: it becomes an empty geometry and is named, so its row stays in the table. Throws,
 * naming the feature, if a repair of an outline that has an area comes out invalid or empty.
 */
export function repairPolygons(
  layerId: string,
  features: { geometry: Polygon | MultiPolygon; properties: Record<string, unknown> }[],
  key?: string,
): Repairs {
  const out: Repairs = { repaired: 0, noArea: [] };
  features.forEach((f, i) => {
    if (invalidity(f.geometry) === null) return;
    const id = key ? `${key} ${String(f.properties[key])}` : `feature ${i + 1}`;
    const name = typeof f.properties.name === 'string' ? `${f.properties.name} (${id})` : id;
    if (resolve(f.geometry).coordinates.length === 0) {
      f.geometry = { type: 'MultiPolygon', coordinates: [] };
      out.noArea.push(name);
      return;
    }
    const fixed = makeValid(f.geometry);
    const still = invalidity(fixed);
    if (still !== null || fixed.coordinates.length === 0)
      throw new DataError(
        `layer ${layerId}, ${name}`,
        `geometry cannot be repaired: ${still ?? 'empty'}`,
      );
    f.geometry = fixed;
    out.repaired++;
  });
  return out;
}
