import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The raw data the full-build tests use: SOUTHBOUND_RAW_DIR, else ../shared/data beside the project. */
export function rawDir(): string {
  const root = new URL('../..', import.meta.url).pathname;
  const dir = resolve(root, process.env.SOUTHBOUND_RAW_DIR ?? '../shared/data');
  if (!existsSync(resolve(dir, 'README.md'))) {
    throw new Error(
      `The pipeline tests need the raw public data (not in the repo). Expected it at ${dir}. ` +
        'Set SOUTHBOUND_RAW_DIR to the folder laid out like ../shared/data, or run `npm run data:fetch`.',
    );
  }
  return dir;
}
