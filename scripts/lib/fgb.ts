import type { Feature, Geometry } from 'geojson';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import type { FieldSpec } from './fields';

const COLUMN_TYPE: Record<FieldSpec['type'], ColumnType> = {
  int: ColumnType.Int,
  double: ColumnType.Double,
  string: ColumnType.String,
  bool: ColumnType.Bool,
};

const GEOMETRY_TYPE: Record<string, GeometryType> = {
  Point: GeometryType.Point,
  LineString: GeometryType.LineString,
  Polygon: GeometryType.Polygon,
  MultiPoint: GeometryType.MultiPoint,
  MultiLineString: GeometryType.MultiLineString,
  MultiPolygon: GeometryType.MultiPolygon,
};

/**
 * Serialises features to FlatGeobuf with columns typed from our field declarations.
 *
 * flatgeobuf's own `geojson.serialize` infers column types from the first feature, so a null in
 * that feature turns a numeric column into a string one; declaring the columns avoids that. No
 * spatial index is written: every layer is small enough to stream whole (the app never asks for a
 * bounding box), and GDAL reads index-less files. Null values are omitted, as FlatGeobuf allows.
 */
export function toFlatGeobuf(
  features: Feature<Geometry, Record<string, unknown>>[],
  fields: readonly FieldSpec[],
  geometryType: keyof typeof GEOMETRY_TYPE,
): Uint8Array {
  const gtype = GEOMETRY_TYPE[geometryType];
  if (gtype === undefined) throw new Error(`unsupported geometry type ${geometryType}`);
  const header: HeaderMeta = {
    geometryType: gtype,
    columns: fields.map((f) => ({
      name: f.name,
      type: COLUMN_TYPE[f.type],
      title: null,
      description: f.description,
      width: -1,
      precision: -1,
      scale: -1,
      nullable: true,
      unique: false,
      primary_key: false,
    })),
    envelope: null,
    featuresCount: features.length,
    indexNodeSize: 0,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const parts: Uint8Array[] = [buildHeader(header, 4326)];
  for (const f of features) {
    const props: Record<string, unknown> = {};
    for (const field of fields) props[field.name] = f.properties[field.name] ?? null;
    parts.push(buildFeature(parseGeometry(f.geometry as never), props as never, header));
  }
  const size = magicbytes.length + parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(size);
  out.set(magicbytes);
  let offset = magicbytes.length;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
