import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { forApp, layerNotes } from './scripts/lib/app-manifest.ts';
import { dropUnusedMapLibreCss } from './scripts/lib/maplibre-css.ts';
import { ManifestSchema } from './scripts/lib/manifest.ts';
import { offlineCompanion, offlineConfig } from './scripts/offline/vite-offline.ts';

const MANIFEST = new URL('./geodata/manifest.json', import.meta.url).pathname;
/** The layers' methods and conflicts, a module of their own (imported by the Sources panel). */
const NOTES = 'virtual:southbound-layer-notes';

/**
 * The app bundles a slim manifest (see scripts/lib/app-manifest.ts), and the Sources panel's notes
 * as a module its lazily loaded code imports; the file stays complete.
 */
const slimManifest = (): Plugin => ({
  name: 'southbound-slim-manifest',
  enforce: 'pre',
  resolveId: (id) => (id === NOTES ? `\0${NOTES}` : null),
  load(id) {
    if (id !== `\0${NOTES}`) return null;
    this.addWatchFile(MANIFEST);
    const m = ManifestSchema.parse(JSON.parse(readFileSync(MANIFEST, 'utf8')));
    return `export default ${JSON.stringify(layerNotes(m))};`;
  },
  transform(code, id) {
    if (!/[\\/]geodata[\\/]manifest\.json$/.test(id)) return null;
    // Checked against the contract first: a manifest the app cannot read fails the build, by field.
    return { code: JSON.stringify(forApp(ManifestSchema.parse(JSON.parse(code)))), map: null };
  },
});

/** deck.gl's code and what only it uses (luma.gl, math.gl, loaders.gl, probe.gl, mjolnir.js, tiny-sdf). */
const DECK_CODE =
  /node_modules[\\/](@deck\.gl[\\/](core|layers|extensions|maplibre)|@luma\.gl|@math\.gl|@loaders\.gl|@probe\.gl|mjolnir\.js|@mapbox[\\/]tiny-sdf)[\\/]/;

export default defineConfig(({ mode }) => {
  // `--mode offline`: one self-contained HTML file (scripts/offline/vite-offline.ts).
  const offline = mode === 'offline' ? offlineConfig() : null;
  return {
    plugins: [slimManifest(), svelte(), ...(offline?.plugins ?? [offlineCompanion()])],
    // MapLibre's stylesheet without the controls the map never shows (scripts/lib/maplibre-css.ts).
    css: { postcss: { plugins: [dropUnusedMapLibreCss()] } },
    // Relative asset URLs, so the built app works from any folder or sub-path (embeds, offline copies).
    base: './',
    ...(offline ? { publicDir: offline.publicDir } : {}),
    build: offline?.build ?? {
      // Layers are fetched as files with hashed names; never inline them into JS as data URLs.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // deck.gl and the libraries under it load together, when a deck.gl layer is first
            // shown: one request instead of a dozen shared chunks. The heat map's aggregation
            // layers stay apart (only the dealers' heat view needs them).
            groups: [{ name: 'deck', test: DECK_CODE, includeDependenciesRecursively: false }],
          },
        },
      },
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/pipeline/**/*.test.ts'],
            testTimeout: 60_000,
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
            globalSetup: ['test/browser/global-setup.ts'],
            // One Chromium at a time: the machine has two cores and SwiftShader renders on the CPU.
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 180_000,
          },
        },
      ],
    },
  };
});
