// The committed layers (a fresh build equals them byte for byte: full-build.test.ts) opened the
// way a researcher would, with GDAL: every file names its layer, all of them append into one
// GeoPackage as separate tables, no geometry is invalid, dates are dates, large layers are indexed.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEX_FROM } from '../../scripts/lib/fgb';
import type { LayerEntry, Manifest } from '../../scripts/lib/manifest';

const GEODATA = new URL('../../geodata/', import.meta.url).pathname;
let layers: LayerEntry[];
let gpkg: string;

const gdal = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** One number from an SQL query through GDAL's SQLite dialect. */
const sqlNumber = (file: string, sql: string) =>
  Number(/= (\d+)/.exec(gdal('ogrinfo', ['-q', '-dialect', 'sqlite', '-sql', sql, file]))?.[1]);

/** Features the method notes say have no area in the source (kept with an empty geometry). */
const noArea = (l: LayerEntry) =>
  l.method
    .filter((m) => m.startsWith('No area in the source'))
    .flatMap((m) => m.match(/\(\w+ [^)]+\)(?=[,.])/g) ?? []).length;

beforeAll(async () => {
  const manifest: Manifest = JSON.parse(await readFile(join(GEODATA, 'manifest.json'), 'utf8'));
  layers = manifest.layers.filter((l) => l.format === 'flatgeobuf');
  gpkg = join(await mkdtemp(join(tmpdir(), 'sb-gis-')), 'southbound.gpkg');
  for (const l of layers) gdal('ogr2ogr', ['-f', 'GPKG', '-append', gpkg, join(GEODATA, l.file)]);
}, 120_000);

describe('the layers in GDAL', () => {
  it('each file names its layer by its id, never "L1"', () => {
    for (const l of layers) {
      const info = gdal('ogrinfo', ['-so', '-al', join(GEODATA, l.file)]);
      expect(/Layer name: (.+)/.exec(info)?.[1], l.file).toBe(l.id);
    }
  });

  it('append into one GeoPackage as one table per layer, with every feature', () => {
    const listed = gdal('ogrinfo', ['-q', gpkg]);
    const names = [...listed.matchAll(/^\d+: ([\w-]+)/gm)].map((m) => m[1]);
    expect(names.sort()).toEqual(layers.map((l) => l.id).sort());
    for (const l of layers)
      expect(sqlNumber(gpkg, `SELECT COUNT(*) FROM "${l.id}"`), l.id).toBe(l.featureCount);
  });

  it('have no invalid geometry; the only empty ones are those the method notes name', () => {
    for (const l of layers) {
      const invalid = sqlNumber(
        gpkg,
        `SELECT COUNT(*) FROM "${l.id}" WHERE NOT ST_IsEmpty(geom) AND NOT ST_IsValid(geom)`,
      );
      expect(invalid, l.id).toBe(0);
      expect(sqlNumber(gpkg, `SELECT COUNT(*) FROM "${l.id}" WHERE ST_IsEmpty(geom)`), l.id).toBe(
        noArea(l),
      );
    }
    expect(noArea(layers.find((l) => l.id === 'dealers')!)).toBeGreaterThan(0);
  });

  it('read date fields as dates', () => {
    const dated = layers.flatMap((l) =>
      l.fields.filter((f) => f.type === 'date').map((f) => [l, f.name] as const),
    );
    expect(dated.map(([l, f]) => `${l.id}.${f}`)).toEqual(
      expect.arrayContaining([
        'penalized-dealers.complete_date',
        'guns.purchase_date',
        'seizures.event_date',
      ]),
    );
    for (const [l, field] of dated) {
      const info = gdal('ogrinfo', ['-so', gpkg, l.id]);
      expect(new RegExp(`^${field}: (DateTime|Date) `, 'm').test(info), `${l.id}.${field}`).toBe(
        true,
      );
    }
    // A date survives the trip: the earliest completed inspection, read back as a date.
    const first = gdal('ogrinfo', [
      '-q',
      '-dialect',
      'sqlite',
      '-sql',
      'SELECT MIN(complete_date) d FROM "penalized-dealers"',
      gpkg,
    ]);
    expect(first).toMatch(/d \((DateTime|Date|String)\) = \d{4}[-/]\d{2}[-/]\d{2}/);
  });

  it('index the large layers, so a bbox read finds what a full scan finds', async () => {
    for (const l of layers) {
      let nodeSize = -1;
      const bytes = new Uint8Array(await readFile(join(GEODATA, l.file)));
      for await (const _ of deserialize(bytes, {
        headerMetaFn: (h) => (nodeSize = h.indexNodeSize),
      }))
        break;
      expect(nodeSize > 0, l.id).toBe(l.featureCount >= INDEX_FROM);
    }
    const dealers = join(GEODATA, 'dealers.fgb');
    const box = ['-100', '30', '-99', '31'];
    const spat = gdal('ogrinfo', ['-q', '-spat', ...box, dealers, 'dealers']).match(
      /OGRFeature/g,
    )?.length;
    const scan = sqlNumber(
      dealers,
      `SELECT COUNT(*) FROM dealers WHERE MbrIntersects(geometry, BuildMbr(${box.join(',')}))`,
    );
    expect(spat).toBeGreaterThan(0);
    expect(spat).toBe(scan);
  });
});
