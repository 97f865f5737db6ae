import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingRawError } from './errors';
import type { SourceModule } from './layer';
import { Ledger } from './ledger';
import { describeFile, RawChangedError } from './catalog';
import type { Check } from './checks';
import { plan, run } from './runner';

const cite = {
  publisher: 'Test publisher',
  short: 'Test',
  shortEs: 'Prueba',
  title: 'Test data',
  titleEs: 'Datos de prueba',
  url: 'https://example.org/data',
  license: 'public domain',
  licenseEs: 'dominio público',
  accessed: '2026-01-01',
  provenance: 'test',
  provenanceFile: 'test/README.md',
};

/** A module that reads one raw text file of numbers, one per line; "x" lines are rejected. */
function numbers(
  id: string,
  file: string,
  opts: { fail?: boolean; dependsOn?: string[] } = {},
): SourceModule {
  return {
    id,
    inputs: [{ path: file, url: 'https://example.org/f', getFrom: 'test' }],
    dependsOn: opts.dependsOn,
    async build(ctx) {
      if (opts.fail) throw new Error(`${id} failed`);
      const ledger = new Ledger(file);
      const lines = (await readFile(ctx.raw(file), 'utf8')).trim().split('\n');
      const features = lines.flatMap((l, i) => {
        if (l === 'x') {
          ledger.reject(i + 1, 'value', l, 'not a number');
          return [];
        }
        ledger.keep();
        return [
          {
            type: 'Feature' as const,
            geometry: { type: 'Point' as const, coordinates: [-100, 20 + Number(l)] },
            properties: { v: Number(l) },
          },
        ];
      });
      return {
        id,
        title: id,
        geometryType: 'Point',
        features,
        fields: [{ name: 'v', type: 'double', description: 'value' }],
        years: [],
        partialYears: [],
        sources: [cite],
        method: ['test'],
        methodEs: ['prueba'],
        ledgers: [ledger],
      };
    },
  };
}

async function dirs() {
  const raw = await mkdtemp(join(tmpdir(), 'sb-raw-'));
  const out = await mkdtemp(join(tmpdir(), 'sb-out-'));
  await mkdir(join(raw, 'src'));
  await writeFile(join(raw, 'src/a.txt'), '1\nx\n3\n');
  await writeFile(join(raw, 'src/b.txt'), '5\n');
  return { raw, out };
}

describe('plan', () => {
  it('builds dependencies first and refuses unknown layers', () => {
    const mods = [numbers('a', 'a'), numbers('b', 'b', { dependsOn: ['a'] }), numbers('c', 'c')];
    expect(plan(mods, 'b').map((m) => m.id)).toEqual(['a', 'b']);
    expect(() => plan(mods, 'zzz')).toThrow(/--only zzz: no such layer \(layers: a, b, c\)/);
  });
});

describe('run', () => {
  it('writes layers, reject reports and a manifest whose counts balance', async () => {
    const { raw, out } = await dirs();
    const { reports } = await run({
      rawDir: raw,
      outDir: out,
      modules: [numbers('a', 'src/a.txt')],
    });
    expect(reports[0]?.entry.accounting[0]).toMatchObject({
      read: 3,
      kept: 2,
      rejected: 1,
      filtered: {},
    });
    expect(await readFile(join(out, 'reports/a.a.rejects.csv'), 'utf8')).toBe(
      'file,row,field,value,reason,affects\nsrc/a.txt,2,value,x,not a number,the whole layer\n',
    );
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(
      manifest.layers.map((l: { id: string; featureCount: number }) => [l.id, l.featureCount]),
    ).toEqual([['a', 2]]);
  });

  it('names every missing raw file and writes nothing', async () => {
    const { raw, out } = await dirs();
    const mods = [
      numbers('a', 'src/a.txt'),
      numbers('m', 'gone/m.csv'),
      numbers('n', 'gone/n.csv'),
    ];
    const err = await run({ rawDir: raw, outDir: out, modules: mods }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingRawError);
    expect((err as Error).message).toContain(join(raw, 'gone/m.csv'));
    expect((err as Error).message).toContain(join(raw, 'gone/n.csv'));
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('leaves the previous build intact when a later source fails', async () => {
    const { raw, out } = await dirs();
    await run({ rawDir: raw, outDir: out, modules: [numbers('a', 'src/a.txt')] });
    const before = await readFile(join(out, 'a.fgb'));
    await writeFile(join(raw, 'src/a.txt'), '7\n8\n9\n');
    const failing = [numbers('a', 'src/a.txt'), numbers('b', 'src/b.txt', { fail: true })];
    await expect(run({ rawDir: raw, outDir: out, modules: failing })).rejects.toThrow('b failed');
    expect(await readFile(join(out, 'a.fgb'))).toEqual(before);
  });

  it('rebuilds one layer with --only and keeps the others in the manifest', async () => {
    const { raw, out } = await dirs();
    const mods = [numbers('a', 'src/a.txt'), numbers('b', 'src/b.txt')];
    await run({ rawDir: raw, outDir: out, modules: mods });
    await writeFile(join(raw, 'src/b.txt'), '5\n6\n');
    await run({ rawDir: raw, outDir: out, modules: mods, only: 'b' });
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    expect(
      manifest.layers.map((l: { id: string; featureCount: number }) => [l.id, l.featureCount]),
    ).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('skips an optional layer whose input is absent', async () => {
    const { raw, out } = await dirs();
    const optional = { ...numbers('o', 'absent/list.txt'), optional: true };
    const { skipped, reports } = await run({
      rawDir: raw,
      outDir: out,
      modules: [numbers('a', 'src/a.txt'), optional],
    });
    expect(skipped).toEqual(['o']);
    expect(reports.map((r) => r.id)).toEqual(['a']);
  });

  it('writes the same bytes on every run', async () => {
    const { raw, out } = await dirs();
    await run({ rawDir: raw, outDir: out, modules: [numbers('a', 'src/a.txt')] });
    const first = await readFile(join(out, 'a.fgb'));
    const firstManifest = await readFile(join(out, 'manifest.json'));
    await run({ rawDir: raw, outDir: out, modules: [numbers('a', 'src/a.txt')] });
    expect(await readFile(join(out, 'a.fgb'))).toEqual(first);
    expect(await readFile(join(out, 'manifest.json'))).toEqual(firstManifest);
  });
});

describe('run: checks before anything is written', () => {
  /** A layer over the numbers in src/a.txt, with a few knobs for what its output looks like. */
  function layer(
    id: string,
    opts: { name?: string; checks?: Check[]; derivedFrom?: string[]; cellRejects?: boolean } = {},
  ): SourceModule {
    const base = numbers(id, 'src/a.txt', { dependsOn: opts.derivedFrom });
    return {
      ...base,
      async build(ctx) {
        const l = await base.build(ctx);
        for (const f of l.features!) f.properties.name = opts.name ?? 'ok';
        if (opts.cellRejects)
          l.ledgers[0]!.reject(9, 'v', 'y', 'bad', { cell: { feature: '3', year: 2019 } });
        return {
          ...l,
          fields: [...l.fields, { name: 'name', type: 'string', description: 'name' }],
          key: 'v',
          years: [2019],
          checks: opts.checks,
          derivedFrom: opts.derivedFrom,
        };
      },
    };
  }

  it('stops on an implausible value, naming layer, feature and field, and writes nothing', async () => {
    const { raw, out } = await dirs();
    const mods = [layer('a', { checks: [{ kind: 'range', field: 'v', min: 0, max: 2 }] })];
    await expect(run({ rawDir: raw, outDir: out, modules: mods })).rejects.toThrow(
      /^layer a: implausible output, nothing written: feature 3, field "v": 3 is outside the plausible 0–2$/,
    );
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('stops on a control character or mojibake in any published string', async () => {
    const { raw, out } = await dirs();
    for (const [name, what] of [
      ['Joe\u0092s', /control character U\+0092/],
      ['DoÃ±a Ana', /mojibake/],
    ] as const) {
      await expect(
        run({ rawDir: raw, outDir: out, modules: [layer('a', { name })] }),
      ).rejects.toThrow(what);
    }
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });

  it('records which figures lost rows, and passes losses on to layers derived from them', async () => {
    const { raw, out } = await dirs();
    const { reports } = await run({
      rawDir: raw,
      outDir: out,
      modules: [layer('a', { cellRejects: true }), layer('b', { derivedFrom: ['a'] })],
    });
    const [a, b] = reports.map((r) => r.entry.incomplete);
    expect(a).toEqual([
      { feature: null, year: null, rows: 1, source: 'src/a.txt' },
      { feature: '3', year: 2019, rows: 1, source: 'src/a.txt' },
    ]);
    expect(b).toEqual([
      { feature: null, year: null, rows: 1, source: 'layer a' },
      { feature: null, year: 2019, rows: 1, source: 'layer a' },
      { feature: null, year: null, rows: 1, source: 'src/a.txt' },
    ]);
    expect(await readFile(join(out, 'reports/a.a.rejects.csv'), 'utf8')).toContain(
      'src/a.txt,9,v,y,bad,"v 3, 2019"',
    );
  });

  it('refuses a raw file that differs from the catalog, naming it with its rows', async () => {
    const { raw, out } = await dirs();
    const catalog = { files: { 'src/a.txt': await describeFile(raw, 'src/a.txt') } };
    await writeFile(join(raw, 'src/a.txt'), '1\n');
    const err = await run({
      rawDir: raw,
      outDir: out,
      modules: [numbers('a', 'src/a.txt')],
      catalog,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RawChangedError);
    expect((err as Error).message).toMatch(/src\/a\.txt: 0 rows, recorded 2 \(-100\.0 %\); sha256/);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });
});

describe('run: a folder as an input', () => {
  it('checks every file in it against the catalog', async () => {
    const { raw, out } = await dirs();
    const folderModule = {
      ...numbers('a', 'src/a.txt'),
      inputs: [{ path: 'src', url: 'x', getFrom: 'x' }],
    };
    const catalog = {
      files: {
        'src/a.txt': await describeFile(raw, 'src/a.txt'),
        'src/b.txt': await describeFile(raw, 'src/b.txt'),
      },
    };
    await run({ rawDir: raw, outDir: out, modules: [folderModule], catalog });
    await writeFile(join(raw, 'src/b.txt'), '6\n7\n');
    await expect(
      run({ rawDir: raw, outDir: out, modules: [folderModule], catalog }),
    ).rejects.toThrow(/src\/b\.txt: 1 rows, recorded 0/);
  });
});

describe('Ledger', () => {
  it('refuses a count that does not balance', () => {
    const l = new Ledger('f.csv');
    l.keep();
    l.filter('other');
    l.reject(3, 'v', 'x', 'bad');
    expect(() => l.assertBalanced(3)).not.toThrow();
    expect(() => l.assertBalanced(4)).toThrow(/f\.csv: read 4 rows but accounted for 3/);
  });
});
