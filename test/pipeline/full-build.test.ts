// A full build from the raw public data, checked the way a researcher would check it: the
// committed layers equal a fresh build byte for byte, GDAL opens every layer with the counts the
// manifest claims, rows balance, and totals match sums taken straight from the raw files.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../scripts/lib/manifest';
import { run } from '../../scripts/lib/runner';
import { SOURCES } from '../../scripts/sources/index';
import { rawDir } from './raw-dir';

const COMMITTED = new URL('../../geodata/', import.meta.url).pathname;
let out: string;
let manifest: Manifest;

async function properties(file: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const f of deserialize(new Uint8Array(await readFile(join(out, file)))))
    rows.push(f.properties ?? {});
  return rows;
}

const sumBy = <T>(rows: T[], key: (r: T) => string | null, value: (r: T) => number) => {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + value(r));
  }
  return m;
};

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'sb-build-'));
  await run({ rawDir: rawDir(), outDir: out, modules: SOURCES });
  manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
}, 180_000);

describe('a full build from the raw data', () => {
  it('equals the committed geodata/, byte for byte', async () => {
    for (const file of ['manifest.json', 'datapackage.json'])
      expect(await readFile(join(out, file), 'utf8'), file).toBe(
        await readFile(join(COMMITTED, file), 'utf8'),
      );
    for (const l of manifest.layers) {
      expect(
        (await readFile(join(out, l.file))).equals(await readFile(join(COMMITTED, l.file))),
        l.file,
      ).toBe(true);
    }
  });

  it('has every layer of the contract', () => {
    expect(manifest.layers.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'mx-states',
        'homicides',
        'dealers',
        'penalized-dealers',
        'ports',
        'guns',
        'recoveries',
        'corridors',
        'encounters',
        'displacement',
      ]),
    );
    expect(manifest.layers.find((l) => l.id === 'corridors')?.modeled).toBe(true);
    expect(
      manifest.layers.find((l) => l.id === 'homicides')?.partialYears.map((p) => p.year),
    ).toEqual([2025]);
  });

  it('opens in GDAL with the feature counts the manifest gives', () => {
    for (const l of manifest.layers.filter((x) => x.format === 'flatgeobuf')) {
      const info = execFileSync('ogrinfo', ['-so', '-al', join(out, l.file)], { encoding: 'utf8' });
      expect(Number(/Feature Count: (\d+)/.exec(info)?.[1]), l.id).toBe(l.featureCount);
    }
  });

  it('accounts for every raw row: read = kept + filtered + rejected, each reject listed', async () => {
    for (const l of manifest.layers) {
      for (const a of l.accounting) {
        const filtered = Object.values(a.filtered).reduce((x, y) => x + y, 0);
        expect(a.read, `${l.id} ${a.file}`).toBe(a.kept + filtered + a.rejected);
        const report = parse(await readFile(join(out, a.rejectsReport!)), { columns: true });
        expect(report, `${l.id} ${a.file}`).toHaveLength(a.rejected);
      }
    }
  });

  it('keeps national homicide totals equal to sums taken straight from the SESNSP file', async () => {
    const raw = parse(
      gunzipSync(
        await readFile(
          join(rawDir(), 'mx-crime-victims-sesnsp/db_victimas_delitos_ent_long.csv.gz'),
        ),
      ),
      { columns: true },
    ) as Record<string, string>[];
    const all = sumBy(
      raw,
      (r) => (r.subtipo_de_delito === 'Homicidio doloso' ? r.n_year! : null),
      (r) => Number(r.n_victimas),
    );
    const gun = sumBy(
      raw,
      (r) =>
        r.subtipo_de_delito === 'Homicidio doloso' && r.modalidad === 'Con arma de fuego'
          ? r.n_year!
          : null,
      (r) => Number(r.n_victimas),
    );
    const states = await properties('homicides.fgb');
    expect(states).toHaveLength(32);
    for (const [year, total] of all) {
      expect(
        states.reduce((n, s) => n + Number(s[`homicides_${year}`]), 0),
        year,
      ).toBe(total);
      expect(
        states.reduce((n, s) => n + Number(s[`homicides_firearm_${year}`]), 0),
        year,
      ).toBe(gun.get(year));
    }
  });

  it('keeps yearly dealer totals equal to the county files', async () => {
    const counties = await properties('dealers.fgb');
    for (const year of [2003, 2013, 2023]) {
      const raw = parse(
        gunzipSync(
          await readFile(
            join(rawDir(), `atf-ffl-county-counts/counties/${year}-ffl-list-counties.csv.gz`),
          ),
        ),
        { columns: true },
      ) as Record<string, string>[];
      const total = raw.reduce((n, r) => n + Number(r.count), 0);
      expect(
        counties.reduce((n, c) => n + Number(c[`dealers_${year}`] ?? 0), 0),
        String(year),
      ).toBe(total);
    }
  });

  it('keeps every penalized dealer and every port with coordinates', async () => {
    const raw = JSON.parse(
      await readFile(
        join(rawDir(), 'atf-dealer-inspections-geocoded/atf-inspection-reports-data.geojson'),
        'utf8',
      ),
    );
    expect(await properties('penalized-dealers.fgb')).toHaveLength(raw.features.length);
    const ports = parse(
      await readFile(join(rawDir(), 'ports-of-entry/us_mexico_ports_bts_derived.csv')),
      { columns: true },
    ) as Record<string, string>[];
    expect(await properties('ports.fgb')).toHaveLength(
      ports.filter((p) => p.latitude !== '').length,
    );
  });

  it('puts every mapped firearm on exactly one modeled corridor', async () => {
    const guns = await properties('guns.fgb');
    const corridors = await properties('corridors.fgb');
    expect(corridors.reduce((n, c) => n + Number(c.firearms), 0)).toBe(guns.length);
    expect(corridors.every((c) => c.route === 'modeled')).toBe(true);
    // No firearm is modeled across a port with no vehicle crossings on record (Boquillas is
    // pedestrian-only), in the corridors or the chain.
    const byFoot = (await properties('ports.fgb'))
      .filter(
        (p) =>
          !Object.entries(p).some(
            ([k, v]) => /^(personal_vehicles|trucks|buses)_/.test(k) && Number(v) > 0,
          ),
      )
      .map((p) => String(p.port_code));
    expect(byFoot).toContain('2410');
    expect(corridors.filter((c) => byFoot.includes(String(c.port_code)))).toEqual([]);
    const chain = JSON.parse(await readFile(join(out, 'chain.json'), 'utf8')) as {
      paths: { port: string | null }[];
    };
    expect(chain.paths.filter((p) => p.port && byFoot.includes(p.port))).toEqual([]);
  });

  it('stays small enough to ship with the app', async () => {
    const files = await readdir(out, { recursive: true });
    let bytes = 0;
    for (const f of files) {
      const s = await stat(join(out, f));
      if (s.isFile()) bytes += s.size;
    }
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
  });
});
