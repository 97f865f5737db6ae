// `npm run bench`: load time, bytes, year-switch latency and pipeline speed, each against a
// reference measured in the same run (ratios hold on a noisy machine). Prints a table and writes
// bench-results/bench.json. Medians of 5 runs with min and max.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../../test/browser/chromium';
import { settle, showOnly } from '../../test/browser/app';
import { rawDir } from '../../test/pipeline/raw-dir';
import { toFlatGeobuf } from '../lib/fgb';
import type { Manifest } from '../lib/manifest';
import type { LayerFeature } from '../lib/layer';
import { serve } from './serve';

const ROOT = new URL('../..', import.meta.url).pathname;
const RUNS = 5;

interface Stat {
  median: number;
  min: number;
  max: number;
}
const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
};
const fmt = (s: Stat, unit = 'ms') =>
  `${s.median.toFixed(0)} ${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

async function times(n: number, f: () => Promise<number> | number): Promise<Stat> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await f());
  return stat(xs);
}

/** Loads a page with the cache off; returns ms to data-ready and compressed bytes by kind. */
async function coldLoad(page: Page, url: string, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kind = new Map<string, string>();
  const bytes: Record<string, number> = { js: 0, css: 0, data: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => {
    const k =
      e.type === 'Script'
        ? 'js'
        : e.type === 'Stylesheet'
          ? 'css'
          : e.type === 'Fetch' || e.type === 'XHR'
            ? 'data'
            : 'other';
    kind.set(e.requestId, k);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const k = kind.get(e.requestId) ?? 'other';
    bytes[k] = (bytes[k] ?? 0) + e.encodedDataLength;
  });
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 60_000 });
  const ms = performance.now() - t0;
  await cdp.detach();
  return { ms, bytes };
}

async function main() {
  const raw = rawDir();
  console.log('Building the app and the bare MapLibre page…');
  await build({ root: ROOT, logLevel: 'warn' });
  const bareOut = await mkdtemp(join(tmpdir(), 'sb-bare-'));
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench/bare'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: bareOut,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 1500,
    },
  });
  const app = await serve(join(ROOT, 'dist'));
  const bare = await serve(bareOut);
  const browser = await launch();
  const results: Record<string, unknown> = {};
  try {
    const load = async (url: string, sel: string) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      const r = await coldLoad(page, url, sel);
      await page.close();
      return r;
    };
    const runs = async (url: string, sel: string) => {
      const rs = [];
      for (let i = 0; i < RUNS; i++) rs.push(await load(url, sel));
      return { time: stat(rs.map((r) => r.ms)), bytes: rs[0]!.bytes };
    };
    console.log('Cold loads…');
    const full = await runs(app.url, '#map[data-ready="true"]');
    const embed = await runs(`${app.url}#mode=embed`, '#map[data-ready="true"]');
    const floor = await runs(bare.url, '#map[data-ready="true"]');
    results.coldLoad = {
      full: full.time,
      embed: embed.time,
      bareMapLibre: floor.time,
      ratioFull: full.time.median / floor.time.median,
      ratioEmbed: embed.time.median / floor.time.median,
    };
    results.bytes = { full: full.bytes, embed: embed.bytes };

    console.log('Year switch…');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.url);
    await page.waitForSelector('#map[data-ready="true"]');
    const slider = page.getByRole('slider', { name: 'Year' });
    // The map opens on 2022: step to 2021 and back, timing each step until the new year is drawn.
    let year = 2022;
    const switchYear = await times(RUNS, async () => {
      await slider.focus();
      const back = year === 2022;
      year = back ? 2021 : 2022;
      const t0 = performance.now();
      await page.keyboard.press(back ? 'ArrowLeft' : 'ArrowRight');
      await settle(page, [`year=${year};`]);
      return performance.now() - t0;
    });
    const defaults = ['homicides', 'ports', 'corridors'];
    const rebuild = await times(RUNS, async () => {
      await showOnly(page, []);
      const t0 = performance.now();
      await showOnly(page, defaults);
      return performance.now() - t0;
    });
    results.yearSwitch = { switch: switchYear, rebuild, ratio: switchYear.median / rebuild.median };
    await page.close();
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }

  console.log('Pipeline…');
  const out = await mkdtemp(join(tmpdir(), 'sb-bench-data-'));
  const pipeline = await times(RUNS, () => {
    const t0 = performance.now();
    execFileSync('npx', ['tsx', 'scripts/build.ts', '--raw', raw, '--out', out], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    return performance.now() - t0;
  });
  // FlatGeobuf write of the largest layer, ours vs GDAL's, both from the same GeoJSON file.
  const manifest: Manifest = JSON.parse(
    await readFile(join(ROOT, 'geodata/manifest.json'), 'utf8'),
  );
  const largest = manifest.layers
    .filter((l) => l.format === 'flatgeobuf')
    .sort((a, b) => b.bytes - a.bytes)[0]!;
  const features: LayerFeature[] = [];
  for await (const f of deserialize(
    new Uint8Array(await readFile(join(ROOT, 'geodata', largest.file))),
  ))
    features.push(f as LayerFeature);
  const dir = await mkdtemp(join(tmpdir(), 'sb-bench-fgb-'));
  const geojson = join(dir, 'in.geojson');
  await writeFile(geojson, JSON.stringify({ type: 'FeatureCollection', features }));
  const ours = await times(RUNS, async () => {
    const t0 = performance.now();
    const fc = JSON.parse(await readFile(geojson, 'utf8'));
    await writeFile(
      join(dir, 'ours.fgb'),
      toFlatGeobuf(fc.features, largest.fields, largest.geometryType as 'MultiPolygon'),
    );
    return performance.now() - t0;
  });
  let run = 0;
  const gdal = await times(RUNS, () => {
    // A new file each time: GDAL's FlatGeobuf driver cannot overwrite a layer in place.
    const target = join(dir, `gdal-${run++}.fgb`);
    const t0 = performance.now();
    const r = spawnSync('ogr2ogr', ['-f', 'FlatGeobuf', target, geojson]);
    if (r.status !== 0) throw new Error(`ogr2ogr failed: ${r.stderr}`);
    return performance.now() - t0;
  });
  results.pipeline = {
    full: pipeline,
    fgbWrite: {
      layer: largest.id,
      features: features.length,
      ours,
      ogr2ogr: gdal,
      ratio: ours.median / gdal.median,
    },
  };

  const c = results.coldLoad as {
    full: Stat;
    embed: Stat;
    bareMapLibre: Stat;
    ratioFull: number;
    ratioEmbed: number;
  };
  const b = results.bytes as { full: Record<string, number>; embed: Record<string, number> };
  const y = results.yearSwitch as { switch: Stat; rebuild: Stat; ratio: number };
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const total = (x: Record<string, number>) => Object.values(x).reduce((p, q) => p + q, 0);
  console.table({
    'cold load, full map': {
      measured: fmt(c.full),
      reference: `bare MapLibre ${fmt(c.bareMapLibre)}`,
      ratio: c.ratioFull.toFixed(2),
      target: '≤ 1.3×',
    },
    'cold load, embed': {
      measured: fmt(c.embed),
      reference: `bare MapLibre ${fmt(c.bareMapLibre)}`,
      ratio: c.ratioEmbed.toFixed(2),
      target: '',
    },
    'bytes, full map': {
      measured: kb(total(b.full)),
      reference: `JS ${kb(b.full.js!)} · CSS ${kb(b.full.css!)} · data ${kb(b.full.data!)} · other ${kb(b.full.other!)}`,
      ratio: '',
      target: '',
    },
    'bytes, embed': {
      measured: kb(total(b.embed)),
      reference: `JS ${kb(b.embed.js!)} · CSS ${kb(b.embed.css!)} · data ${kb(b.embed.data!)} · other ${kb(b.embed.other!)}`,
      ratio: '',
      target: '≤ 900 KB',
    },
    'year switch → ready': {
      measured: fmt(y.switch),
      reference: `rebuild ${fmt(y.rebuild)}`,
      ratio: y.ratio.toFixed(2),
      target: '≤ 0.3×',
    },
    'pipeline, full build': { measured: fmt(pipeline), reference: '', ratio: '', target: '≤ 20 s' },
    [`FlatGeobuf write (${largest.id})`]: {
      measured: fmt(ours),
      reference: `ogr2ogr ${fmt(gdal)}`,
      ratio: (ours.median / gdal.median).toFixed(2),
      target: '≤ 1×',
    },
  });
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(
    join(ROOT, 'bench-results/bench.json'),
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, ...results }, null, 2),
  );
  console.log('Wrote bench-results/bench.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
