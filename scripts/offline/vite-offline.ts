// `vite build --mode offline`: the whole app in one HTML file, for a presenter's USB stick.
// Browsers refuse module scripts and fetches over file://, so nothing may stay a separate file:
// code and styles are inlined by vite-plugin-singlefile, and every layer, the basemap and the
// MapLibre worker (imported with ?url) become data: URLs that fetch() and Worker read in place.
import { readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const OFFLINE_DIR = 'dist-offline';
export const OFFLINE_FILE = 'southbound.html';

/** The single file gets a name that says what it is (index.html means nothing on a stick). */
const nameFile = (): Plugin => ({
  name: 'southbound-offline-name',
  apply: 'build',
  // After writing: Rolldown does not let a plugin rename a file in the bundle.
  async writeBundle(options) {
    if (!options.dir) this.error('offline build: no output folder');
    await rename(join(options.dir, 'index.html'), join(options.dir, OFFLINE_FILE));
  },
});

/** The icon inside the page too: public/ is not copied (one file is the whole point). */
const inlineIcon = (): Plugin => ({
  name: 'southbound-offline-icon',
  transformIndexHtml(html) {
    const svg = readFileSync(new URL('../../public/favicon.svg', import.meta.url));
    const url = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    if (!html.includes('href="./favicon.svg"'))
      throw new Error('index.html: no ./favicon.svg link');
    return html.replace('href="./favicon.svg"', `href="${url}"`);
  },
});

export function offlineConfig(): Pick<UserConfig, 'plugins' | 'build' | 'publicDir'> {
  return {
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), inlineIcon(), nameFile()],
    publicDir: false,
    build: {
      outDir: OFFLINE_DIR,
      emptyOutDir: true,
      // Everything inline, whatever its size: the layers are a few MB.
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: 20_000,
    },
  };
}

/**
 * In a normal build, the offline file is built too, into `<outDir>/offline/`: the app's
 * "Download offline copy" fetches it and puts the presenter's briefing inside.
 */
export function offlineCompanion(): Plugin {
  let outDir = '';
  let root = '';
  let configFile: string | undefined;
  return {
    name: 'southbound-offline-companion',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'offline',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
      root = c.root;
      configFile = c.configFile;
    },
    async closeBundle() {
      await build({
        root,
        configFile,
        mode: 'offline',
        logLevel: 'warn',
        build: { outDir: join(outDir, 'offline'), emptyOutDir: true },
      });
    },
  };
}
