import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CliOptions {
  rawDir: string;
  outDir: string;
  only?: string;
}

/** `--raw <dir>` beats SOUTHBOUND_RAW_DIR beats geodata/raw; `--out` exists for tests. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv, root: string): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: { raw: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const outDir = resolve(root, values.out ?? 'geodata');
  return {
    rawDir: resolve(root, values.raw ?? env.SOUTHBOUND_RAW_DIR ?? 'geodata/raw'),
    outDir,
    only: values.only,
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}
