// Test helper: a throwaway raw folder holding the given files, and a build context over it.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuildContext, BuiltLayer } from './layer';

export async function rawFixture(
  files: Record<string, string | Uint8Array>,
  built: Record<string, Pick<BuiltLayer, 'features'>> = {},
): Promise<BuildContext> {
  const raw = await mkdtemp(join(tmpdir(), 'sb-raw-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(raw, path)), { recursive: true });
    await writeFile(join(raw, path), text);
  }
  return {
    rawDir: raw,
    raw: (p) => join(raw, p),
    built: new Map(Object.entries(built) as [string, BuiltLayer][]),
    progress: () => ({ tick() {}, done() {} }),
  };
}
