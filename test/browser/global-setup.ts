// Builds the app exactly as `npm run build` ships it — a production build, in a child process
// with NODE_ENV=production (inside vitest, Vite's API would make a development build) — into
// its own folder, and serves that folder on 127.0.0.1 for the browser tests. dist/ is left alone.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const ROOT = new URL('../..', import.meta.url).pathname;
export const TEST_DIST = resolve(ROOT, 'test-results/dist');

export default async function setup(project: TestProject) {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', TEST_DIST, '--emptyOutDir'],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
    },
  );
  if (built.status !== 0)
    throw new Error(`vite build failed (exit ${built.status}):\n${built.stdout}\n${built.stderr}`);
  // vite preview serves with sirv, which answers HTTP range requests (206) as FlatGeobuf expects.
  const server = await preview({
    root: ROOT,
    build: { outDir: TEST_DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  project.provide('distDir', TEST_DIST);
  return async () => {
    await server.close();
  };
}
