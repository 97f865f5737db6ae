// geodata/datapackage.json checked the way a data-package tool would read it: every resource's
// file exists with the bytes and hash it claims, the fields it declares are the file's columns
// with matching types, licences and sources are given, and the release matches CITATION.cff.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../scripts/lib/manifest';
import { parseRelease, readRelease } from '../../scripts/lib/release';

const ROOT = new URL('../../', import.meta.url).pathname;
const GEODATA = join(ROOT, 'geodata');

interface Resource {
  name: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  licenses: { title: string; path: string }[];
  sources: { title: string; path: string }[];
  schema?: { fields: { name: string; type: string; description: string }[]; primaryKey?: string };
  'southbound:partialYears': { year: number; note: string }[];
  'southbound:incomplete': { rowsLost: number };
}
let pkg: { name: string; version: string; created: string; resources: Resource[] };
let manifest: Manifest;

const COLUMN: Partial<Record<ColumnType, string>> = {
  [ColumnType.Int]: 'integer',
  [ColumnType.Double]: 'number',
  [ColumnType.String]: 'string',
  [ColumnType.Bool]: 'boolean',
  [ColumnType.DateTime]: 'date',
};

beforeAll(async () => {
  pkg = JSON.parse(await readFile(join(GEODATA, 'datapackage.json'), 'utf8'));
  manifest = JSON.parse(await readFile(join(GEODATA, 'manifest.json'), 'utf8'));
});

describe('the data package', () => {
  it('has one resource per layer and table, each file present with its bytes and hash', async () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(manifest.layers.map((l) => l.id));
    for (const r of pkg.resources) {
      expect(r.name, 'a valid resource name').toMatch(/^[a-z0-9._-]+$/);
      const buf = await readFile(join(GEODATA, r.path));
      expect(buf.length, r.path).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(buf).digest('hex')}`, r.path).toBe(r.hash);
      expect(r.licenses.length, r.name).toBeGreaterThan(0);
      expect(r.sources.length, r.name).toBeGreaterThan(0);
      for (const s of [...r.licenses, ...r.sources]) expect(s.path).toMatch(/^https?:\/\//);
    }
  });

  it('declares each FlatGeobuf column with its type, and nothing the file lacks', async () => {
    for (const r of pkg.resources.filter((x) => x.format === 'fgb')) {
      let columns: { name: string; type: ColumnType }[] = [];
      const bytes = new Uint8Array(await readFile(join(GEODATA, r.path)));
      for await (const _ of deserialize(bytes, {
        headerMetaFn: (h) => (columns = h.columns ?? []),
      }))
        break;
      expect(
        r.schema!.fields.map((f) => [f.name, f.type]),
        r.name,
      ).toEqual(columns.map((c) => [c.name, COLUMN[c.type]]));
      for (const f of r.schema!.fields) expect(f.description, `${r.name}.${f.name}`).not.toBe('');
      if (r.schema!.primaryKey) expect(columns.map((c) => c.name)).toContain(r.schema!.primaryKey);
    }
  });

  it('flags partial years and lost rows as the manifest does', () => {
    for (const l of manifest.layers) {
      const r = pkg.resources.find((x) => x.name === l.id)!;
      expect(
        r['southbound:partialYears'].map((p) => p.year),
        l.id,
      ).toEqual(l.partialYears.map((p) => p.year));
      expect(r['southbound:incomplete'].rowsLost, l.id).toBe(
        l.incomplete.reduce((n, x) => n + x.rows, 0),
      );
    }
    const homicides = pkg.resources.find((r) => r.name === 'homicides')!;
    expect(homicides['southbound:partialYears'][0]!.year).toBe(2025);
    // IDMC's licence forbids commercial reuse: a researcher must see it on the resource.
    const idmc = pkg.resources.find((r) => r.name === 'displacement')!;
    expect(idmc.licenses.map((l) => l.title).join(' ')).toMatch(/NC/);
  });

  it('names the release CITATION.cff declares, which package.json repeats', async () => {
    const release = readRelease();
    const json = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.version).toBe(release.version);
    expect(pkg.created).toBe(release.date);
    expect(manifest.release).toEqual(release);
    expect(json.version).toBe(release.version);
  });

  it('refuses a CITATION.cff without a version or a release date, naming the field', () => {
    expect(() =>
      parseRelease('title: x\nauthors: [{name: a}]\ndate-released: 2026-01-01\n'),
    ).toThrow(/CITATION\.cff: field "version"/);
    expect(() =>
      parseRelease('title: x\nauthors: [{name: a}]\nversion: 1.0.0\ndate-released: soon\n'),
    ).toThrow(/field "date"/);
  });
});
