// Plausibility checks on what a layer is about to publish ("check again" after the transform).
// A layer declares them as data; the runner applies them to every build and stops it, naming the
// layer, feature and field, before a wrong number can be written.
import type { Geometry, Position } from 'geojson';
import { DataError } from './errors';
import { compositionTotal, decodeComposition } from './composition';
import type { FieldSpec } from './fields';
import type { BuiltLayer } from './layer';
import { controlChar, repairMojibake } from './text';

export type Check =
  /** Every value of `field` (a `{year}` template repeats it for each year) lies in [min, max]. */
  | { kind: 'range'; field: string; min: number; max: number }
  /** Per year: `field` ≤ `than` (a share never above 100 %, a subset never above its total). */
  | { kind: 'notAbove'; field: string; than: string }
  /**
   * Year over year, among whole (not partial) years: a value never changes by more than the
   * factor `maxFactor` against the year before, once either value reaches `minBase` (small counts
   * jump legitimately: 2 → 9 femicides).
   */
  | { kind: 'steady'; field: string; maxFactor: number; minBase: number }
  /** A composition column (composition.ts) reads back and adds up to the feature's `total`. */
  | { kind: 'composition'; field: string; total: string };

/** Every coordinate of every layer lies in this box around the U.S. and Mexico (the Aleutians
 * cross the antimeridian, so longitudes from 170° E count too). */
const AREA = { west: -180, south: 14, east: -64, north: 72, antimeridian: 170 };

const valueOf = (p: Record<string, unknown>, field: string): number | null => {
  const v = p[field];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

/** Strings anywhere in `value` that hold a control character or mojibake, with their path. */
function textProblems(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    const c = controlChar(value);
    if (c) out.push(`${path}: control character ${c} in ${JSON.stringify(value.slice(0, 60))}`);
    else if (repairMojibake(value) !== value)
      out.push(`${path}: mojibake in ${JSON.stringify(value.slice(0, 60))}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => textProblems(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) textProblems(v, path ? `${path}.${k}` : k, out);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a value fits its declared field type (null fits any: FlatGeobuf omits it). */
export function fitsType(type: FieldSpec['type'], v: unknown): boolean {
  if (v === null || v === undefined) return true;
  switch (type) {
    case 'int':
      return Number.isInteger(v);
    case 'double':
      return typeof v === 'number' && Number.isFinite(v);
    case 'bool':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'date': {
      const m = typeof v === 'string' ? ISO_DAY.exec(v) : null;
      if (!m) return false;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.toISOString().slice(0, 10) === v;
    }
  }
}

/** The problems a layer's output has, as messages (empty when it passes). */
export function problems(layer: BuiltLayer): string[] {
  const out: string[] = [];
  const { title, fields, json, sources, method, methodEs, partialYears, conflicts } = layer;
  textProblems(
    { title, fields, json, sources, method, methodEs, partialYears, conflicts },
    '',
    out,
  );
  const features = layer.features ?? [];
  const id = (i: number) => (layer.key ? String(features[i]!.properties[layer.key]) : `#${i + 1}`);
  const whole = layer.years.filter((y) => !layer.partialYears.some((p) => p.year === y));
  const expand = (field: string, years: number[]) =>
    field.includes('{year}') ? years.map((y) => field.replace('{year}', String(y))) : [field];

  features.forEach((f, i) => {
    textProblems(f.properties, `feature ${id(i)}`, out);
    for (const field of fields) {
      const v = f.properties[field.name];
      if (!fitsType(field.type, v))
        out.push(
          `feature ${id(i)}, field "${field.name}": ${JSON.stringify(v)} is not ${field.type === 'int' ? 'an' : 'a'} ${field.type}`,
        );
    }
    for (const [x, y] of positions(f.geometry)) {
      const lonOk = (x! >= AREA.west && x! <= AREA.east) || (x! >= AREA.antimeridian && x! <= 180);
      if (!(lonOk && y! >= AREA.south && y! <= AREA.north)) {
        out.push(`feature ${id(i)}: coordinate ${x},${y} is outside the U.S. and Mexico`);
        break;
      }
    }
    for (const c of layer.checks ?? []) {
      if (c.kind === 'range') {
        for (const field of expand(c.field, layer.years)) {
          const v = valueOf(f.properties, field);
          if (v !== null && (v < c.min || v > c.max))
            out.push(
              `feature ${id(i)}, field "${field}": ${v} is outside the plausible ${c.min}–${c.max}`,
            );
        }
      } else if (c.kind === 'notAbove') {
        for (const y of layer.years) {
          const [a, b] = [c.field, c.than].map((t) => t.replace('{year}', String(y)));
          const va = valueOf(f.properties, a!);
          const vb = valueOf(f.properties, b!);
          if (va !== null && vb !== null && va > vb)
            out.push(`feature ${id(i)}, field "${a}": ${va} is above "${b}" (${vb})`);
        }
      } else if (c.kind === 'composition') {
        try {
          const sum = compositionTotal(decodeComposition(f.properties[c.field]));
          const total = valueOf(f.properties, c.total);
          if (sum !== total)
            out.push(
              `feature ${id(i)}, field "${c.field}": adds up to ${sum}, not "${c.total}" (${total})`,
            );
        } catch (e) {
          out.push(`feature ${id(i)}, field "${c.field}": ${(e as Error).message}`);
        }
      } else {
        for (let k = 1; k < whole.length; k++) {
          if (whole[k]! !== whole[k - 1]! + 1) continue;
          const field = c.field.replace('{year}', String(whole[k]));
          const prev = valueOf(f.properties, c.field.replace('{year}', String(whole[k - 1])));
          const v = valueOf(f.properties, field);
          if (prev === null || v === null || Math.max(prev, v) < c.minBase) continue;
          const factor = Math.max(prev, v) / Math.max(Math.min(prev, v), 1);
          if (factor > c.maxFactor)
            out.push(
              `feature ${id(i)}, field "${field}": ${v} against ${prev} the year before (×${factor.toFixed(1)}, more than the plausible ×${c.maxFactor})`,
            );
        }
      }
    }
  });
  return out;
}

/** Stops the build when a layer is implausible, listing the first problems. */
export function assertPlausible(layer: BuiltLayer): void {
  const found = problems(layer);
  if (found.length === 0) return;
  const shown = found.slice(0, 5).join('; ');
  throw new DataError(
    `layer ${layer.id}`,
    `implausible output, nothing written: ${shown}${found.length > 5 ? `; and ${found.length - 5} more` : ''}`,
  );
}
