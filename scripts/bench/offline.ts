// The offline file a presenter carries (`npm run build:offline`): built into a temp folder for
// the benchmark, which reports its size and its time to ready when opened from file://.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtemp, stat } from 'node:fs/promises';
import { build } from 'vite';
import { OFFLINE_FILE } from '../offline/vite-offline';

const ROOT = new URL('../..', import.meta.url).pathname;

export async function buildOffline(): Promise<{ url: string; bytes: number }> {
  const outDir = await mkdtemp(join(tmpdir(), 'sb-offline-'));
  await build({ root: ROOT, mode: 'offline', logLevel: 'warn', build: { outDir } });
  const file = join(outDir, OFFLINE_FILE);
  return { url: pathToFileURL(file).href, bytes: (await stat(file)).size };
}
