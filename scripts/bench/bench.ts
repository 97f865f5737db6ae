// `npm run bench`: load time, bytes, year-switch latency and pipeline speed, each against a
// reference measured in the same run (ratios hold on a noisy machine). Prints a table and writes
// bench-results/bench.json. Medians of 5 runs with min and max.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../../test/browser/chromium';
import { showOnly } from '../../test/browser/app';
import { rawDir } from '../../test/pipeline/raw-dir';
import { mainThreadMs } from './cpu';
import { COUNT_PROGRAMS, GPU_FACTS, MARKS, profile, SWITCH_ON, SWITCH_YEAR } from './probes';
import { type ScaleResult, scaleTest } from './scale';
import { serve } from './serve';
import { fgbWrite } from './fgb-write';
import { buildOffline } from './offline';
import { type PipelineFigures, pipelineFigures, pipelineRows } from './pipeline';
import { fmt, type Stat, stat } from './stats';

const ROOT = new URL('../..', import.meta.url).pathname;
const RUNS = 5;
const SCALE_SIZES = [10_000, 100_000, 1_000_000];

/**
 * Loads a page with the cache off; returns ms to data-ready, compressed bytes by kind and the
 * number of requests. The MapLibre worker's script loads in its own thread, out of the page's
 * network log: it is counted from the served file, gzipped as the server sends it.
 */
async function coldLoad(page: Page, url: string, selector: string, root?: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kind = new Map<string, string>();
  const bytes: Record<string, number> = { js: 0, css: 0, data: 0, other: 0, worker: 0 };
  let requests = 0;
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
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
    if (e.encodedDataLength > 0) requests++;
  });
  const t0 = performance.now();
  await page.goto(url);
  await page.waitForSelector(selector, { timeout: 60_000 });
  const ms = performance.now() - t0;
  await cdp.detach();
  for (const w of workers) {
    const file =
      root && new URL(w).protocol.startsWith('http') ? join(root, new URL(w).pathname) : null;
    if (file && existsSync(file)) {
      bytes.worker! += gzipSync(readFileSync(file)).length;
      requests++;
    }
  }
  return { ms, bytes, requests };
}

async function main() {
  const raw = rawDir();
  if (process.argv.includes('--pipeline')) {
    // The pipeline's figures alone (no browser): `npm run bench -- --pipeline`.
    const p = await pipelineFigures(raw);
    console.table(pipelineRows(p));
    await mkdir(join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(
      join(ROOT, 'bench-results/pipeline.json'),
      JSON.stringify({ date: new Date().toISOString(), ...p }, null, 2),
    );
    return;
  }
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
      rollupOptions: {
        input: {
          bare: join(ROOT, 'scripts/bench/bare/index.html'),
          scale: join(ROOT, 'scripts/bench/bare/scale.html'),
        },
      },
    },
  });
  // `npm run bench -- --loads`: the cold loads alone (a quick comparison while working on them).
  const loadsOnly = process.argv.includes('--loads');
  const offline = loadsOnly ? null : await buildOffline();
  const app = await serve(join(ROOT, 'dist'));
  const bare = await serve(bareOut);
  const browser = await launch();
  const results: Record<string, unknown> = {};
  try {
    const load = async (url: string, sel: string) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.addInitScript(COUNT_PROGRAMS);
      const { result: r, busyMs } = await mainThreadMs(page, () =>
        coldLoad(page, url, sel, url.startsWith(app.url) ? join(ROOT, 'dist') : undefined),
      );
      const marks = await page.evaluate<[string, number][]>(MARKS);
      const gpu = await page.evaluate<{ programs: number; deck: boolean }>(GPU_FACTS);
      await page.close();
      return { ...r, marks, busyMs, ...gpu };
    };
    type Load = Awaited<ReturnType<typeof load>>;
    const summary = (rs: Load[]) => ({
      time: stat(rs.map((r) => r.ms)),
      mainThread: stat(rs.map((r) => r.busyMs)),
      programs: stat(rs.map((r) => r.programs)),
      deck: rs.some((r) => r.deck),
      bytes: rs[0]!.bytes,
      requests: rs[0]!.requests,
      profile: profile(rs),
    });
    const runs = async (url: string, sel: string) => {
      const rs: Load[] = [];
      for (let i = 0; i < RUNS; i++) rs.push(await load(url, sel));
      return summary(rs);
    };
    /**
     * The pages compared with each other load in turn (one of each, then again): a machine that
     * slows down for a minute slows every page a little, not one page's five loads.
     */
    const interleaved = async <K extends string>(urls: Record<K, string>) => {
      const rs = Object.fromEntries(Object.keys(urls).map((k) => [k, [] as Load[]])) as Record<
        K,
        Load[]
      >;
      for (let i = 0; i < RUNS; i++)
        for (const k of Object.keys(urls) as K[])
          rs[k].push(await load(urls[k], '#map[data-ready="true"]'));
      return Object.fromEntries(
        Object.entries(rs).map(([k, v]) => [k, summary(v as Load[])]),
      ) as Record<K, ReturnType<typeof summary>>;
    };
    console.log('Cold loads…');
    const { full, embed, choro, floor } = await interleaved({
      full: app.url,
      embed: `${app.url}#mode=embed`,
      // An embed of one choropleth: MapLibre alone should draw it, with no deck.gl code.
      choro: `${app.url}#mode=embed&layers=homicides`,
      floor: bare.url,
    });
    results.coldLoad = {
      full: full.time,
      embed: embed.time,
      choroplethEmbed: choro.time,
      bareMapLibre: floor.time,
      ratioFull: full.time.median / floor.time.median,
      ratioEmbed: embed.time.median / floor.time.median,
      ratioChoroplethEmbed: choro.time.median / floor.time.median,
    };
    results.firstFrame = Object.fromEntries(
      Object.entries({ full, embed, choroplethEmbed: choro, bareMapLibre: floor }).map(([k, r]) => [
        k,
        { programs: r.programs, mainThread: r.mainThread, deckLoaded: r.deck },
      ]),
    );
    results.bytes = { full: full.bytes, embed: embed.bytes, choroplethEmbed: choro.bytes };
    results.requests = {
      full: full.requests,
      embed: embed.requests,
      choroplethEmbed: choro.requests,
    };
    if (loadsOnly) {
      console.table(
        Object.fromEntries(
          Object.entries({ full, embed, choroplethEmbed: choro, bareMapLibre: floor }).map(
            ([k, r]) => [
              k,
              {
                ready: fmt(r.time),
                ratio: (r.time.median / floor.time.median).toFixed(2),
                programs: fmt(r.programs, ''),
                'main thread': fmt(r.mainThread),
                'deck.gl': r.deck ? 'loaded' : 'not loaded',
                bytes: `${(Object.values(r.bytes).reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB`,
                requests: r.requests,
              },
            ],
          ),
        ),
      );
      return;
    }
    console.log('Offline file from file://…');
    const fromDisk = await runs(offline!.url, '#map[data-ready="true"]');
    results.offline = {
      bytes: offline!.bytes,
      time: fromDisk.time,
      ratio: fromDisk.time.median / floor.time.median,
    };
    results.coldLoadProfile = full.profile;

    console.log('Year switch…');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.url);
    await page.waitForSelector('#map[data-ready="true"]');
    // Timed inside the page (no round trips to the test driver): from the change to the frame
    // that shows it finished on the GPU (the ready flag, see src/map/gpu-done.ts).
    // The map opens on 2022: step to 2021 and back.
    // Each is also profiled: the main thread's busy time is our share, the rest waits on the GPU.
    let year = 2022;
    const switchBusy: number[] = [];
    const switchFrames: number[] = [];
    const switchMs: number[] = [];
    const defaults = ['homicides', 'ports', 'corridors'];
    const rebuildBusy: number[] = [];
    const rebuildMs: number[] = [];
    // The switches first, then the rebuilds: a switch right after a rebuild would pay for the
    // rebuild's leftovers (the worker re-tiling, garbage collection).
    for (let i = 0; i < RUNS; i++) {
      year = year === 2022 ? 2021 : 2022;
      const sw = await mainThreadMs(page, () =>
        page.evaluate<{ ms: number; frames: number }>(SWITCH_YEAR(year)),
      );
      switchBusy.push(sw.busyMs);
      switchFrames.push(sw.result.frames);
      switchMs.push(sw.result.ms);
    }
    for (let i = 0; i < RUNS; i++) {
      await showOnly(page, []);
      const rb = await mainThreadMs(page, () => page.evaluate<number>(SWITCH_ON(defaults)));
      rebuildBusy.push(rb.busyMs);
      rebuildMs.push(rb.result);
    }
    const switchYear = stat(switchMs);
    const rebuild = stat(rebuildMs);
    await showOnly(page, defaults);
    results.yearSwitch = {
      switch: switchYear,
      rebuild,
      ratio: switchYear.median / rebuild.median,
      frames: stat(switchFrames),
      mainThread: {
        switch: stat(switchBusy),
        rebuild: stat(rebuildBusy),
        ratio: stat(switchBusy).median / stat(rebuildBusy).median,
      },
    };
    await page.close();

    console.log('Scale (synthetic points)…');
    results.scale = await scaleTest(browser.context, bare.url, SCALE_SIZES, RUNS);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }

  results.pipeline = await pipelineFigures(raw);
  const fgb = await fgbWrite();
  results.pipeline = { ...(results.pipeline as object), fgbWrite: fgb };

  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const total = (x: Record<string, number>) => Object.values(x).reduce((p, q) => p + q, 0);
  const c = results.coldLoad as {
    full: Stat;
    embed: Stat;
    choroplethEmbed: Stat;
    bareMapLibre: Stat;
    ratioFull: number;
    ratioEmbed: number;
    ratioChoroplethEmbed: number;
  };
  type Bytes = Record<string, number>;
  const b = results.bytes as { full: Bytes; embed: Bytes; choroplethEmbed: Bytes };
  const rq = results.requests as { full: number; embed: number; choroplethEmbed: number };
  const ff = results.firstFrame as Record<
    string,
    { programs: Stat; mainThread: Stat; deckLoaded: boolean }
  >;
  const bytesLine = (x: Bytes, n: number) =>
    `JS ${kb(x.js!)} · CSS ${kb(x.css!)} · data ${kb(x.data!)} · MapLibre worker ${kb(x.worker!)} · other ${kb(x.other!)} · ${n} requests`;
  const y = results.yearSwitch as {
    switch: Stat;
    rebuild: Stat;
    ratio: number;
    frames: Stat;
    mainThread: { switch: Stat; rebuild: Stat; ratio: number };
  };
  const o = results.offline as { bytes: number; time: Stat; ratio: number };
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
      target: '≤ 1.3×',
    },
    'cold load, choropleth-only embed': {
      measured: fmt(c.choroplethEmbed),
      reference: `bare MapLibre ${fmt(c.bareMapLibre)}`,
      ratio: c.ratioChoroplethEmbed.toFixed(2),
      target: '',
    },
    'offline file, from file://': {
      measured: fmt(o.time),
      reference: `bare MapLibre ${fmt(c.bareMapLibre)}; ${(o.bytes / 1e6).toFixed(1)} MB, one file`,
      ratio: o.ratio.toFixed(2),
      target: '',
    },
    'bytes, full map': {
      measured: kb(total(b.full)),
      reference: bytesLine(b.full, rq.full),
      ratio: '',
      target: '',
    },
    'bytes, embed': {
      measured: kb(total(b.embed)),
      reference: bytesLine(b.embed, rq.embed),
      ratio: '',
      target: '≤ 700 KB, < 20 requests',
    },
    'bytes, choropleth-only embed': {
      measured: kb(total(b.choroplethEmbed)),
      reference: bytesLine(b.choroplethEmbed, rq.choroplethEmbed),
      ratio: '',
      target: 'no deck.gl',
    },
    'year switch → drawn': {
      measured: `${fmt(y.switch)} in ${fmt(y.frames, y.frames.median === 1 ? 'frame' : 'frames')}`,
      reference: `rebuild ${fmt(y.rebuild)}`,
      ratio: y.ratio.toFixed(2),
      target: '≤ 0.3×, one frame',
    },
    'year switch, main-thread work': {
      measured: fmt(y.mainThread.switch),
      reference: `rebuild ${fmt(y.mainThread.rebuild)}`,
      ratio: y.mainThread.ratio.toFixed(2),
      target: '',
    },
    ...pipelineRows(results.pipeline as PipelineFigures),
    [`FlatGeobuf write (${fgb.layer})`]: {
      measured: fmt(fgb.ours),
      reference: `ogr2ogr ${fmt(fgb.ogr2ogr)}`,
      ratio: fgb.ratio.toFixed(2),
      target: '≤ 1×',
    },
  });
  console.log('First frame: WebGL programs linked, main-thread time, deck.gl code loaded:');
  console.table(
    Object.fromEntries(
      Object.entries(ff).map(([k, v]) => [
        k,
        {
          programs: fmt(v.programs, ''),
          'main thread': fmt(v.mainThread),
          'deck.gl': v.deckLoaded ? 'loaded' : 'not loaded',
        },
      ]),
    ),
  );
  console.log('Where a cold load of the full map spends its time (median ms since navigation):');
  console.table(
    Object.fromEntries((results.coldLoadProfile as [string, number][]).map(([k, v]) => [k, v])),
  );
  console.log(
    'Scale: synthetic points with a year, filtered on the GPU, year changing every frame:',
  );
  console.table(
    Object.fromEntries(
      (results.scale as ScaleResult[]).map((s) => [
        `${s.points.toLocaleString('en')} points`,
        {
          'frames/s': fmt(s.fps, '', 1),
          'first frame': `${(s.firstFrameMs / 1000).toFixed(1)} s`,
          'make objects': `${(s.generateMs / 1000).toFixed(1)} s`,
          'JS heap': `${s.jsHeapMB.toFixed(0)} MB`,
          'GPU (deck.gl)': `${s.gpuMB.toFixed(0)} MB`,
        },
      ]),
    ),
  );
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
