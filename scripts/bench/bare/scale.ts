// Scale test page: N synthetic points (?n=100000) with a year each, drawn the way the app draws
// its point layers (feature objects, ScatterplotLayer, year filtered on the GPU with
// DataFilterExtension) over the same basemap. `window.scale.play(ms)` steps one year per frame
// and reports frames per second; the benchmark reads memory around it.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { luma } from '@luma.gl/core';
import { gpuDone } from '../../../src/map/gpu-done';
import { basemapMap } from './basemap-map';

const FIRST = 2000;
const YEARS = 24;

interface Point {
  position: [number, number];
  properties: { year: number };
}

/** Deterministic points over the U.S.–Mexico region (a fixed seed: every run draws the same). */
function points(n: number): Point[] {
  let s = 0x2f6b1d3a;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: Point[] = new Array(n);
  for (let i = 0; i < n; i++)
    out[i] = {
      position: [-120 + rand() * 34, 16 + rand() * 24],
      properties: { year: FIRST + Math.floor(rand() * YEARS) },
    };
  return out;
}

const n = Number(new URLSearchParams(location.search).get('n') ?? 100_000);
const el = document.getElementById('map')!;
const filter = new DataFilterExtension({ filterSize: 1 });
const layer = (data: Point[], year: number) =>
  new ScatterplotLayer<Point, DataFilterExtensionProps<Point>>({
    id: 'synthetic',
    data,
    getPosition: (p) => p.position,
    getRadius: 2,
    radiusUnits: 'pixels',
    getFillColor: [0, 114, 178, 200],
    extensions: [filter],
    getFilterValue: (p: Point) => p.properties.year,
    filterRange: [year - 0.5, year + 0.5],
  });

void (async () => {
  const map = await basemapMap(el);
  await new Promise((r) => map.once('load', r));
  const t0 = performance.now();
  const data = points(n);
  const generated = performance.now() - t0;
  let frames = 0;
  let gl: WebGL2RenderingContext | null = null;
  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers: [layer(data, FIRST)],
    onAfterRender: (ctx) => {
      frames++;
      gl = ctx.gl;
    },
  });
  map.addControl(overlay);
  while (!gl) await new Promise((r) => setTimeout(r, 10));
  await gpuDone(gl);
  const firstFrame = performance.now() - t0 - generated;
  Object.assign(window, {
    scale: {
      n,
      generated,
      firstFrame,
      /** Steps one year per animation frame for `ms`; returns the frames deck.gl drew per second. */
      async play(ms: number) {
        const start = performance.now();
        const before = frames;
        let year = FIRST;
        while (performance.now() - start < ms) {
          year = year + 1 >= FIRST + YEARS ? FIRST : year + 1;
          overlay.setProps({ layers: [layer(data, year)] });
          await new Promise((r) => requestAnimationFrame(r));
        }
        await gpuDone(gl!);
        return ((frames - before) * 1000) / (performance.now() - start);
      },
      // luma.gl (deck.gl's WebGL layer) counts the bytes of every buffer and texture it made.
      gpuMemory: () => luma.stats.get('GPU Time and Memory').get('GPU Memory').count,
    },
  });
  el.setAttribute('data-ready', 'true');
})();
