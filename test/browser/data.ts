// Reads what the tests need to know about the data straight from the files: the built layers
// (for where to look) and the raw sources (for what the numbers must be).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, Geometry } from 'geojson';
import { rawDir } from '../pipeline/raw-dir';

const GEODATA = new URL('../../geodata/', import.meta.url).pathname;

export async function builtFeatures(
  id: string,
): Promise<Feature<Geometry, Record<string, unknown>>[]> {
  const out: Feature<Geometry, Record<string, unknown>>[] = [];
  for await (const f of deserialize(new Uint8Array(await readFile(join(GEODATA, `${id}.fgb`)))))
    out.push(f as Feature<Geometry, Record<string, unknown>>);
  return out;
}

/** Longitude/latitude bounds of a layer's features. */
export function bounds(features: Feature<Geometry>[]): [number, number, number, number] {
  let b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      b = [Math.min(b[0], x!), Math.min(b[1], y!), Math.max(b[2], x!), Math.max(b[3], y!)];
    } else (c as unknown[]).forEach(walk);
  };
  for (const f of features)
    if (f.geometry.type !== 'GeometryCollection') walk(f.geometry.coordinates);
  return b;
}

let sesnsp: Record<string, string>[] | null = null;
/** Intentional-homicide victims for a state and year, summed from the raw SESNSP file. */
export async function rawHomicides(cveEnt: string, year: number): Promise<number> {
  sesnsp ??= parse(
    gunzipSync(
      await readFile(join(rawDir(), 'mx-crime-victims-sesnsp/db_victimas_delitos_ent_long.csv.gz')),
    ),
    { columns: true },
  ) as Record<string, string>[];
  return sesnsp
    .filter(
      (r) =>
        r.cve_ent === cveEnt &&
        r.n_year === String(year) &&
        r.subtipo_de_delito === 'Homicidio doloso',
    )
    .reduce((n, r) => n + Number(r.n_victimas), 0);
}

/** Rows of a transcribed CSV table in the raw folder, read with an independent parser. */
export async function rawTable(path: string): Promise<Record<string, string>[]> {
  return parse(await readFile(join(rawDir(), path)), { columns: true }) as Record<string, string>[];
}

/** The JSON of a built table layer. */
export async function builtJson<T>(id: string): Promise<T> {
  return JSON.parse(await readFile(join(GEODATA, `${id}.json`), 'utf8')) as T;
}
