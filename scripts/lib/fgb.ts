import type { Feature, Geometry } from 'geojson';
import { bbox } from '@turf/turf';
import * as flatbuffers from 'flatbuffers';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import { type Box, hilbertOrder, packedTree } from './fgb-index';
import type { FieldSpec } from './fields';

const COLUMN_TYPE: Record<FieldSpec['type'], ColumnType> = {
  int: ColumnType.Int,
  double: ColumnType.Double,
  string: ColumnType.String,
  bool: ColumnType.Bool,
  // ISO 8601 text in the file; GDAL and QGIS read the column as a date-time.
  date: ColumnType.DateTime,
};

const GEOMETRY_TYPE: Record<string, GeometryType> = {
  Point: GeometryType.Point,
  LineString: GeometryType.LineString,
  Polygon: GeometryType.Polygon,
  MultiPoint: GeometryType.MultiPoint,
  MultiLineString: GeometryType.MultiLineString,
  MultiPolygon: GeometryType.MultiPolygon,
};

/** What a GIS shows about the layer: its name (the layer id), title and description. */
export interface FgbMeta {
  name: string;
  title: string;
  description: string;
  /** Write a spatial index (worth it for layers large enough that a bbox read would scan a lot). */
  index: boolean;
}

/** Layers of at least this many features get a spatial index. */
export const INDEX_FROM = 1000;
const NODE_SIZE = 16;

// flatgeobuf's own header writer names every layer "L1" and drops titles, descriptions, the
// extent and the index, so the header is built here from the format's generated schema.
function header(
  meta: FgbMeta,
  fields: readonly FieldSpec[],
  gtype: GeometryType,
  count: number,
  extent: Box | null,
): Uint8Array {
  const b = new flatbuffers.Builder(1024);
  const str = (s: string | undefined) => (s ? b.createString(s) : 0);
  const columns = fields.map((f) => {
    const name = str(f.name);
    const description = str(f.unit ? `${f.description} (${f.unit})` : f.description);
    Column.startColumn(b);
    Column.addName(b, name);
    Column.addType(b, COLUMN_TYPE[f.type]);
    if (description) Column.addDescription(b, description);
    Column.addNullable(b, true);
    return Column.endColumn(b);
  });
  const columnsVec = Header.createColumnsVector(b, columns);
  const name = str(meta.name);
  const title = str(meta.title);
  const description = str(meta.description);
  const org = str('EPSG');
  Crs.startCrs(b);
  Crs.addOrg(b, org);
  Crs.addCode(b, 4326);
  const crs = Crs.endCrs(b);
  const envelope = extent ? Header.createEnvelopeVector(b, extent) : 0;
  Header.startHeader(b);
  Header.addName(b, name);
  if (envelope) Header.addEnvelope(b, envelope);
  Header.addGeometryType(b, gtype);
  Header.addColumns(b, columnsVec);
  Header.addFeaturesCount(b, BigInt(count));
  Header.addIndexNodeSize(b, meta.index ? NODE_SIZE : 0);
  Header.addCrs(b, crs);
  Header.addTitle(b, title);
  Header.addDescription(b, description);
  b.finishSizePrefixed(Header.endHeader(b));
  return b.asUint8Array();
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * Serialises features to FlatGeobuf with columns typed from our field declarations.
 *
 * flatgeobuf's own `geojson.serialize` infers column types from the first feature, so a null in
 * that feature turns a numeric column into a string one; declaring the columns avoids that. With
 * an index, features are written in the index's (Hilbert) order, as the format requires. Null
 * values are omitted, as FlatGeobuf allows.
 */
export function toFlatGeobuf(
  features: Feature<Geometry, Record<string, unknown>>[],
  fields: readonly FieldSpec[],
  geometryType: keyof typeof GEOMETRY_TYPE,
  meta: FgbMeta,
): Uint8Array {
  const gtype = GEOMETRY_TYPE[geometryType];
  if (gtype === undefined) throw new Error(`unsupported geometry type ${geometryType}`);
  const boxes = features.map((f) => bbox(f) as Box);
  const extent: Box | null = features.length
    ? [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ]
    : null;
  const index = meta.index && features.length > 0;
  const order = index ? hilbertOrder(boxes) : features.map((_, i) => i);
  // buildFeature only reads the column list of the header it is given.
  const columnsOnly = {
    columns: fields.map((f) => ({ name: f.name, type: COLUMN_TYPE[f.type] })),
  } as unknown as HeaderMeta;
  const encoded = order.map((i) => {
    const f = features[i]!;
    const props: Record<string, unknown> = {};
    for (const field of fields) props[field.name] = f.properties[field.name] ?? null;
    return buildFeature(parseGeometry(f.geometry as never), props as never, columnsOnly);
  });
  const parts: Uint8Array[] = [
    magicbytes,
    header({ ...meta, index }, fields, gtype, features.length, extent),
  ];
  if (index) {
    let at = 0;
    const offsets = encoded.map((e) => ((at += e.length), at - e.length));
    parts.push(
      packedTree(
        order.map((i) => boxes[i]!),
        offsets,
        NODE_SIZE,
      ),
    );
  }
  parts.push(...encoded);
  return concat(parts);
}
