import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The raw data the full-build tests use: SOUTHBOUND_RAW_DIR, else geodata/raw/ in the repository. */
export function rawDir(): string {
  const root = new URL('../..', import.meta.url).pathname;
  const dir = resolve(root, process.env.SOUTHBOUND_RAW_DIR ?? 'geodata/raw');
  if (!existsSync(resolve(dir, 'catalog.json')))
    throw new Error(`No raw data at ${dir} (expected its catalog.json).`);
  return dir;
}
