import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawFixture } from './fixture';
import { describeDiff, diffRows, isOffline, readRowsForDiff, stage } from './refresh';

const CSV = 'n_year,cve_ent,genero,pob\n2019,08,Total,3700000\n2019,09,Total,9200000\n';

describe('data:fetch diff', () => {
  it('counts rows added, removed and changed by the file’s key, across gzip', async () => {
    const ctx = await rawFixture({
      'old.csv.gz': gzipSync(CSV),
      'new.csv': 'n_year,cve_ent,genero,pob\n2019,08,Total,3750000\n2020,08,Total,3760000\n',
    });
    const key = ['n_year', 'cve_ent', 'genero'];
    const d = diffRows(
      'pop.csv',
      await readRowsForDiff(ctx.raw('old.csv.gz'), 'old.csv.gz', key),
      await readRowsForDiff(ctx.raw('new.csv'), 'new.csv', key),
    );
    expect(d).toMatchObject({ before: 2, after: 2, added: 1, removed: 1, changed: 1 });
    expect(describeDiff(d)).toMatch(
      /^changed: {3}pop\.csv: 2 → 2 rows; \+1 added, −1 removed, 1 changed\n/,
    );
    expect(d.examples).toContain('~ 2019 | 08 | Total | 3700000  →  2019 | 08 | Total | 3750000');
  });

  it('compares files without a key as lists of rows (repeats count)', async () => {
    const ctx = await rawFixture({ 'a.csv': 'x\n1\n1\n2\n', 'b.csv': 'x\n1\n2\n2\n3\n' });
    const d = diffRows(
      'f.csv',
      await readRowsForDiff(ctx.raw('a.csv'), 'a.csv', undefined),
      await readRowsForDiff(ctx.raw('b.csv'), 'b.csv', undefined),
    );
    expect(d).toMatchObject({ added: 2, removed: 1, changed: 0 });
  });

  it('stages a download gzipped like our copy, and refuses an HTTP error', async () => {
    const ctx = await rawFixture({});
    const ok = async () => new Response(CSV);
    const path = await stage(
      { path: 'src/pop.csv.gz', url: 'https://x/pop.csv', getFrom: '' },
      ctx.rawDir,
      ok,
    );
    const rows = await readRowsForDiff(path, 'pop.csv.gz', ['cve_ent']);
    expect(rows.total).toBe(2);
    const missing = async () => new Response('', { status: 404, statusText: 'Not Found' });
    await expect(
      stage({ path: 'p.csv', url: 'https://x/p.csv', getFrom: '' }, ctx.rawDir, missing),
    ).rejects.toThrow('HTTP 404 Not Found');
  });

  it('tells no network from a missing file', () => {
    const cause = Object.assign(new Error('getaddrinfo'), { code: 'EAI_AGAIN' });
    expect(isOffline(new TypeError('fetch failed', { cause }))).toBe('EAI_AGAIN');
    expect(isOffline(new Error('HTTP 404 Not Found'))).toBeNull();
  });
});
