import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish, recover } from './publish';

async function outDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-pub-'));
  await writeFile(join(dir, 'a.fgb'), 'old a');
  await writeFile(join(dir, 'manifest.json'), 'old manifest');
  await mkdir(join(dir, 'reports'));
  await writeFile(join(dir, 'reports/stale.rejects.csv'), 'old report');
  return dir;
}

const files = async (dir: string) =>
  Object.fromEntries(
    await Promise.all(
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((d) => d.isFile())
        .map(async (d) => {
          const p = join(d.parentPath, d.name);
          return [p.slice(dir.length + 1), await readFile(p, 'utf8')] as const;
        }),
    ),
  );

describe('publish', () => {
  it('replaces the set, removes what the new set drops, and leaves no staging behind', async () => {
    const dir = await outDir();
    await publish(
      dir,
      [
        { path: 'a.fgb', data: 'new a' },
        { path: 'b.fgb', data: 'new b' },
        { path: 'manifest.json', data: 'new manifest' },
      ],
      { remove: ['reports/stale.rejects.csv'], verify: async () => {} },
    );
    expect(await files(dir)).toEqual({
      'a.fgb': 'new a',
      'b.fgb': 'new b',
      'manifest.json': 'new manifest',
    });
  });

  it('changes nothing when the staged set fails verification', async () => {
    const dir = await outDir();
    const before = await files(dir);
    await expect(
      publish(dir, [{ path: 'a.fgb', data: 'new a' }], {
        verify: async () => {
          throw new Error('sha256 mismatch');
        },
      }),
    ).rejects.toThrow('sha256 mismatch');
    expect(await files(dir)).toEqual(before);
  });

  it('rolls back a swap that was killed half way, on the next run', async () => {
    const dir = await outDir();
    const before = await files(dir);
    // What a kill after the first renames leaves: a.fgb swapped, b.fgb added, manifest not yet.
    const staging = join(dir, '.staging-1');
    const backup = join(dir, '.backup-1');
    await mkdir(staging);
    await mkdir(backup);
    await writeFile(join(backup, 'a.fgb'), 'old a');
    await writeFile(join(dir, 'a.fgb'), 'new a');
    await writeFile(join(dir, 'b.fgb'), 'new b');
    await writeFile(join(staging, 'manifest.json'), 'new manifest');
    await writeFile(
      join(dir, '.publish-journal.json'),
      JSON.stringify({
        staging,
        backup,
        files: [
          { path: 'a.fgb', existed: true, replace: true },
          { path: 'b.fgb', existed: false, replace: true },
          { path: 'manifest.json', existed: true, replace: true },
        ],
      }),
    );
    expect(await recover(dir)).toBe(true);
    expect(await files(dir)).toEqual(before);
    expect(existsSync(staging) || existsSync(backup)).toBe(false);
    expect(await recover(dir)).toBe(false);
  });
});
