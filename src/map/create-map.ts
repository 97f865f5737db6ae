// Creates the MapLibre map and reports readiness. MapLibre draws the basemap, its labels and the
// data layers it can (the yearly choropleths, graduated points, corridors: programs close to those
// it compiles for the basemap anyway); deck.gl is loaded and interleaved only once a deck.gl layer
// is shown (deck-overlay.ts). Order, bottom to top: basemap, MapLibre's data layers (polygons,
// then circles and lines), deck.gl layers, labels.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import type { Layer } from '@deck.gl/core';
import basemapUrl from '../../geodata/basemap.topo.json?url';
import { DEFAULT_BOUNDS } from '../config';
import { buildBasemap, type Basemap } from './basemap-style';
import { DeckOverlay } from './deck-overlay';
import type { MapLayer } from './map-layer';
import { FIRST_LABEL_LAYER, LABEL_FONT, LABEL_SOURCE, labelData, labelLayers } from './labels';
import { DATA_TOP, MapLibreLayers } from './maplibre-layers';
import { mark } from '../lib/marks';
import { gpuDone } from './gpu-done';
import type { ReadyTracker } from './ready';
import type { Lang } from '../lib/format';
import type { View } from '../state/url';

export interface MapHandle {
  map: maplibregl.Map;
  /** The canvases that make the picture (MapLibre's, which deck.gl draws into), and their CSS size. */
  canvases(): { canvases: HTMLCanvasElement[]; width: number; height: number };
  /**
   * The canvases redrawn at `scale` pixels per CSS pixel (a 2× picture from a 1× screen), given
   * to `use`; the screen's resolution comes back after.
   */
  capture<T>(
    scale: number,
    use: (c: { canvases: HTMLCanvasElement[]; width: number; height: number }) => Promise<T>,
  ): Promise<T>;
  /** Moves to a view (animated unless `instant`). */
  goTo(view: View, instant: boolean): void;
  /** Frames an area (west, south, east, north) whatever the map's size (animated unless `instant`). */
  /** Frames the bounds; `padding` (px per side) keeps them clear of a panel over the map. */
  fitBounds(
    bounds: [number, number, number, number],
    instant: boolean,
    padding?: { top: number; right: number; bottom: number; left: number },
  ): void;
  /** Replaces the deck.gl layers (under the labels); each new id must draw before ready. */
  setLayers(layers: Layer[]): void;
  /** Replaces MapLibre's data layers (under deck.gl); a changed one must draw before ready. */
  setMapLayers(layers: MapLayer[]): void;
  /** Resizes the basemap labels (a briefing on a projector); placement is redone for the size. */
  setLabelScale(scale: number): void;
  /** Names the basemap's places in a language (Nuevo México on the Spanish map); placed anew. */
  setLabelLanguage(lang: Lang): void;
  /** Replaces the basemap's credit line (it follows the page's language). */
  setAttribution(text: string): void;
  destroy(): void;
}

export interface PickInfo {
  layerId: string;
  object: unknown;
  x: number;
  y: number;
}

export interface MapOptions {
  /** Remote style URL, or null for the offline basemap. */
  styleUrl: string | null;
  /** Pointer over a data feature (null when over none). */
  onHover?: (info: PickInfo | null) => void;
  /** A click: what it picked (null over no data feature) and where (null off the map). */
  onClick?: (info: PickInfo | null, at: [number, number] | null) => void;
  /** Start here instead of the default framing. */
  view?: View | null;
  /** The reader moved the map (fired at the end of each move). */
  /** After every move; `byReader` when a gesture (not the app) started it. */
  onViewChange?: (view: View, byReader: boolean) => void;
  /** In an iframe: zoom needs a modifier key or two fingers, so the page scrolls. */
  cooperativeGestures?: boolean;
  /** Credit line for the offline basemap, in the page's language. */
  attribution?: string;
  /** The page's language, for the basemap's labels. */
  lang?: Lang;
  /** MapLibre UI strings to override (e.g. the cooperative-gesture help in Spanish). */
  locale?: Record<string, string>;
}

declare global {
  interface Window {
    /** Read-only hooks for tests, benchmarks and embedders. */
    southbound?: {
      /** Screen position of a lon/lat. */
      project(lngLat: [number, number]): [number, number];
      /** The map's layers, bottom first (MapLibre's, and deck.gl's group once loaded). */
      layers(): string[];
      /** Frames drawn so far (deck.gl draws inside MapLibre's): a year switch should take one. */
      frames(): number;
      /** The basemap's place names on screen now (as drawn: states in capitals). */
      labels(): string[];
    };
  }
}

export const NO_WEBGL = 'This map needs WebGL 2, which this browser or device does not provide.';

function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

async function fetchBasemap(): Promise<Basemap> {
  const res = await fetch(basemapUrl);
  if (!res.ok) throw new Error(`basemap: HTTP ${res.status} for ${basemapUrl}`);
  return buildBasemap(await res.json());
}

export async function createMap(
  container: HTMLElement,
  tracker: ReadyTracker,
  opts: MapOptions,
): Promise<MapHandle | null> {
  if (!hasWebGL2()) {
    tracker.fail(NO_WEBGL);
    return null;
  }
  mark('map:start');
  maplibregl.setWorkerUrl(workerUrl);
  tracker.expect('basemap');
  const basemap = opts.styleUrl ? null : await fetchBasemap();
  mark('basemap:fetched');

  const map = new maplibregl.Map({
    container,
    style: opts.styleUrl ?? {
      ...basemap!.style,
      // The labels' font ships with the app; MapLibre draws its glyphs (no glyph server).
      'font-faces': { [LABEL_FONT]: new URL(fontUrl, location.href).href },
    },
    ...(opts.view
      ? { center: [opts.view.lon, opts.view.lat] as [number, number], zoom: opts.view.zoom }
      : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: 8 } }),
    cooperativeGestures: opts.cooperativeGestures ?? false,
    ...(opts.locale ? { locale: opts.locale } : {}),
    minZoom: 1.5,
    maxZoom: 12,
    // Our own control, so the credit can be replaced when the language changes.
    attributionControl: false,
    // Keep the drawing buffer so a screenshot or PNG export reads the frame actually shown.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels are placed by us (labels.ts): they appear at once, without a fade.
    fadeDuration: 0,
  });
  window.southbound = {
    project: (ll) => {
      const p = map.project(ll);
      return [p.x, p.y];
    },
    layers: () => map.getLayersOrder(),
    frames: () => frames,
    labels: () =>
      map.getLayer('basemap-labels')
        ? [
            ...new Set(
              map
                .queryRenderedFeatures({ layers: ['basemap-labels'] })
                .map((f) => String(f.properties.text)),
            ),
          ]
        : [],
  };
  let frames = 0;
  map.on('render', () => frames++);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const credit = (text: string | undefined) =>
    new maplibregl.AttributionControl({
      compact: true,
      customAttribution: opts.styleUrl ? undefined : text,
    });
  let attribution = credit(
    opts.attribution ?? 'Boundaries: Natural Earth, U.S. Census Bureau, INEGI',
  );
  map.addControl(attribution);
  // On a narrow map the credit starts folded into its ⓘ button (one tap opens it): open, it
  // would cover a fifth of a 220 px embed.
  const foldCredit = () => {
    if (map.getContainer().clientWidth >= 480) return;
    map
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib')
      ?.classList.remove('maplibregl-compact-show');
  };
  foldCredit();
  map.on('error', (e) => tracker.fail(`map: ${e.error?.message ?? 'unknown error'}`));
  // A move the reader started (drag, wheel, keys) carries the browser's event.
  let byReader = false;
  map.on('movestart', (e) => {
    byReader = e.originalEvent !== undefined;
    tracker.idle(false);
  });
  map.on('idle', () => tracker.idle(true));
  map.on('moveend', (e) => {
    const c = map.getCenter();
    opts.onViewChange?.(
      {
        lon: Math.round(c.lng * 1000) / 1000,
        lat: Math.round(c.lat * 1000) / 1000,
        zoom: Math.round(map.getZoom() * 100) / 100,
      },
      byReader || e.originalEvent !== undefined,
    );
    byReader = false;
  });
  // `load` fires once: listen now; the data layers and deck.gl (whenever its code arrives) wait for it.
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  map.once('idle', () => {
    void gpuDone(map.getCanvas().getContext('webgl2')!).then(() => {
      mark('basemap:drawn');
      tracker.drawn('basemap');
    });
  });

  // Labels and the data layers' anchor go in once the style is in, at the zoom the map opened at.
  const drawn = new MapLibreLayers(map);
  const labelsAt = new Map<string, ReturnType<typeof labelData>>();
  const labelsFor = (scale: number, lang: Lang) => {
    const key = `${scale}|${lang}`;
    if (!labelsAt.has(key)) labelsAt.set(key, labelData(basemap!.labels, scale, lang));
    return labelsAt.get(key)!;
  };
  // Labels change only with the zoom's half step: a new filter, the same data.
  const step = () => Math.floor(map.getZoom() * 2) / 2;
  let labelStep = step();
  let labelScale = 1;
  let labelLang: Lang = opts.lang ?? 'en';
  map.once('style.load', () => {
    if (basemap) {
      labelStep = step();
      map.addSource(LABEL_SOURCE, { type: 'geojson', data: labelsFor(labelScale, labelLang) });
      for (const l of labelLayers(labelStep)) map.addLayer(l);
    }
    drawn.install(basemap ? FIRST_LABEL_LAYER : undefined);
  });
  map.on('zoom', () => {
    if (!basemap || step() === labelStep || !map.getLayer(FIRST_LABEL_LAYER)) return;
    labelStep = step();
    for (const l of labelLayers(labelStep, labelScale)) map.setFilter(l.id, l.filter);
  });

  // deck.gl layers: what is held, and the overlay that draws them once loaded.
  let data: Layer[] = [];
  const expectAll = (ls: Layer[]) => ls.forEach((l) => tracker.expect(l.id));
  const drawnOnce = new Set<string>();
  const drew = (id: string) => {
    if (!drawnOnce.has(id)) mark(`drawn:${id}`);
    drawnOnce.add(id);
    tracker.drawn(id);
  };
  const deck = new DeckOverlay(map, basemap ? FIRST_LABEL_LAYER : undefined, loaded, {
    onAfterRender: (gl) => {
      // A layer counts as drawn once the GPU has finished this frame, and only if it is still
      // the layer we hold (a newer one, e.g. another year, waits for its own frame).
      // Frames that nothing waits for (panning, hovering) need no fence.
      const rendered = data.filter((l) => l.isLoaded && tracker.isPending(l.id));
      if (!rendered.length) return;
      void gpuDone(gl).then(() => {
        const current = new Set(data);
        for (const l of rendered) if (current.has(l)) drew(l.id);
      });
    },
    onError: (e) => tracker.fail(`deck.gl: ${e.message}`),
  });

  // MapLibre's data layers: a changed one counts as drawn after the next frame MapLibre settles on.
  let gen = 0;
  const drawnPending = new Map<string, number>();
  map.on('idle', () => {
    if (!drawnPending.size) return;
    const waiting = [...drawnPending];
    void gpuDone(map.getCanvas().getContext('webgl2')!).then(() => {
      for (const [id, g] of waiting) {
        if (drawnPending.get(id) !== g) continue;
        drawnPending.delete(id);
        drew(id);
      }
    });
  });
  let heldLayers: MapLayer[] = [];
  const applyLayers = () => {
    for (const id of drawn.ids()) if (!heldLayers.some((f) => f.id === id)) tracker.drawn(id);
    gen++;
    for (const id of drawn.set(heldLayers)) {
      tracker.expect(id);
      drawnPending.set(id, gen);
    }
    map.triggerRepaint();
  };
  // They wait for the style (their layers go under the labels).
  void loaded.then(() => applyLayers());

  // Picking: deck.gl's layers are on top, so they answer first; then MapLibre's, top first.
  const pickAt = (p: { x: number; y: number }): PickInfo | null => {
    const d = deck.pick(p.x, p.y);
    if (d?.layer && d.object) return { layerId: d.layer.id, object: d.object, x: p.x, y: p.y };
    const ids = drawn.ids().filter((id) => map.getLayer(id));
    if (!ids.length) return null;
    const hit = map.queryRenderedFeatures([p.x, p.y], { layers: ids })[0];
    const f = hit && typeof hit.id === 'number' ? drawn.feature(hit.layer.id, hit.id) : null;
    return f ? { layerId: hit!.layer.id, object: f, x: p.x, y: p.y } : null;
  };
  map.on('mousemove', (e) => {
    const info = pickAt(e.point);
    map.getCanvas().style.cursor = info ? 'pointer' : '';
    opts.onHover?.(info);
  });
  map.on('mouseout', () => opts.onHover?.(null));
  map.on('click', (e) => opts.onClick?.(pickAt(e.point), [e.lngLat.lng, e.lngLat.lat]));

  const canvases = () => {
    // Redraw first: the export then reads a frame drawn now, whatever the buffers kept.
    map.redraw();
    const all = [...map.getContainer().querySelectorAll('canvas')];
    const base = map.getCanvas();
    return {
      canvases: [base, ...all.filter((c) => c !== base)],
      width: base.clientWidth,
      height: base.clientHeight,
    };
  };
  return {
    map,
    canvases,
    async capture(scale, use) {
      const ratio = map.getPixelRatio();
      map.setPixelRatio(scale);
      deck.syncDrawingBuffer();
      // Both renderers draw the next frame at the new size: MapLibre's, then deck.gl's own.
      await new Promise<void>((done) => {
        map.once('render', () => done());
        map.triggerRepaint();
      });
      for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
      try {
        return await use(canvases());
      } finally {
        map.setPixelRatio(ratio);
        deck.syncDrawingBuffer();
      }
    },
    setAttribution(text) {
      map.removeControl(attribution);
      attribution = credit(text);
      map.addControl(attribution);
      foldCredit();
    },
    setLabelLanguage(lang) {
      if (!basemap || lang === labelLang) return;
      labelLang = lang;
      const apply = () =>
        (map.getSource(LABEL_SOURCE) as maplibregl.GeoJSONSource).setData(
          labelsFor(labelScale, lang),
        );
      if (map.getSource(LABEL_SOURCE)) apply();
      else void loaded.then(apply);
    },
    setLabelScale(scale) {
      if (!basemap || scale === labelScale) return;
      labelScale = scale;
      const apply = () => {
        (map.getSource(LABEL_SOURCE) as maplibregl.GeoJSONSource).setData(
          labelsFor(scale, labelLang),
        );
        const [dots] = labelLayers(labelStep, scale);
        map.setPaintProperty(dots.id, 'circle-radius', dots.paint!['circle-radius']);
      };
      if (map.getSource(LABEL_SOURCE)) apply();
      else void loaded.then(apply);
    },
    fitBounds([w, s, e, n], instant, padding) {
      map.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { animate: !instant, padding: padding ?? 16, duration: instant ? 0 : 1200 },
      );
    },
    goTo(view, instant) {
      const c = map.getCenter();
      const same =
        Math.abs(c.lng - view.lon) < 0.001 &&
        Math.abs(c.lat - view.lat) < 0.001 &&
        Math.abs(map.getZoom() - view.zoom) < 0.01;
      if (same) return;
      const target = { center: [view.lon, view.lat] as [number, number], zoom: view.zoom };
      if (instant) map.jumpTo(target);
      else map.flyTo({ ...target, duration: 1800 });
    },
    setLayers(next) {
      // A layer that went away no longer holds readiness back, drawn or not.
      const ids = new Set(next.map((l) => l.id));
      for (const l of data) if (!ids.has(l.id)) tracker.drawn(l.id);
      expectAll(next);
      data = deck.set(next);
    },
    setMapLayers(next) {
      heldLayers = next;
      if (map.getLayer(DATA_TOP)) applyLayers();
      else for (const f of next) tracker.expect(f.id);
    },
    destroy() {
      map.remove();
    },
  };
}
