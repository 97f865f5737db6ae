// Creates the MapLibre map and its single deck.gl overlay, and reports readiness.
//
// deck.gl is *overlaid* (its own canvas above MapLibre's), not interleaved: every deck layer then
// sits above the basemap, which is what a choropleth over a quiet basemap wants, and it avoids the
// label corruption reported with MapLibre 6 in interleaved mode (deck.gl #10700). Our labels are
// deck layers too, so they stay on top of the data.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Layer } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import basemapUrl from '../../geodata/basemap.topo.json?url';
import { DEFAULT_BOUNDS } from '../config';
import { buildBasemap, type Basemap } from './basemap-style';
import { labelSet, type LabelSet } from './labels';
import { mark } from '../lib/marks';
import { gpuDone } from './gpu-done';
import type { ReadyTracker } from './ready';
import type { View } from '../state/url';

export interface MapHandle {
  map: maplibregl.Map;
  /** The canvases that make the picture, bottom first (basemap, then deck.gl), and their CSS size. */
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
  /** Replaces the data layers (basemap labels stay on top); each new id must draw before ready. */
  setLayers(layers: Layer[]): void;
  /** Resizes the basemap labels (a briefing on a projector); placement is redone for the size. */
  setLabelScale(scale: number): void;
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
  /** MapLibre UI strings to override (e.g. the cooperative-gesture help in Spanish). */
  locale?: Record<string, string>;
}

const pick = (info: {
  layer?: { id: string } | null;
  object?: unknown;
  x: number;
  y: number;
}): PickInfo | null =>
  info.layer && info.object
    ? { layerId: info.layer.id, object: info.object, x: info.x, y: info.y }
    : null;

declare global {
  interface Window {
    /** Read-only hook for tests, benchmarks and embedders: screen position of a lon/lat. */
    southbound?: { project(lngLat: [number, number]): [number, number] };
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
  // deck.gl is not needed to start the map: fetch it while the basemap loads.
  const deckModules = Promise.all([
    import('@deck.gl/maplibre'),
    import('@deck.gl/layers'),
    import('@deck.gl/extensions'),
  ]);
  const basemap = opts.styleUrl ? null : await fetchBasemap();
  mark('basemap:fetched');

  const map = new maplibregl.Map({
    container,
    style: opts.styleUrl ?? basemap!.style,
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
  });
  window.southbound = {
    project: (ll) => {
      const p = map.project(ll);
      return [p.x, p.y];
    },
  };
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
  // `load` fires once: listen now, whatever deck.gl's download takes (see addControl below).
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  map.once('idle', () => {
    void gpuDone(map.getCanvas().getContext('webgl2')!).then(() => {
      mark('basemap:drawn');
      tracker.drawn('basemap');
    });
  });

  const [{ MapLibreOverlay }, layers, { DataFilterExtension }] = await deckModules;
  mark('deck:loaded');
  const labelSets = new Map<number, LabelSet | null>();
  const labelsFor = (scale: number) => {
    if (!labelSets.has(scale))
      labelSets.set(
        scale,
        basemap ? labelSet(layers, DataFilterExtension, basemap.labels, scale) : null,
      );
    return labelSets.get(scale)!;
  };
  let labelsAt = labelsFor(1);
  // Labels change only with the zoom's half step: a new filter range, the same data.
  const step = () => Math.floor(map.getZoom() * 2) / 2;
  let labelStep = step();
  let labels: Layer[] = labelsAt?.layers(labelStep) ?? [];
  let data: Layer[] = [];
  const expectAll = (ls: Layer[]) => ls.forEach((l) => tracker.expect(l.id));
  const drawnOnce = new Set<string>();
  const overlay: MapLibreOverlay = new MapLibreOverlay({
    interleaved: false,
    layers: labels,
    onAfterRender: ({ gl }) => {
      // A layer counts as drawn once the GPU has finished this frame, and only if it is still
      // the layer we hold (a newer one, e.g. another year, waits for its own frame).
      // Frames that nothing waits for (panning, hovering) need no fence.
      const rendered = [...data, ...labels].filter((l) => l.isLoaded && tracker.isPending(l.id));
      if (!rendered.length) return;
      void gpuDone(gl).then(() => {
        const current = new Set([...data, ...labels]);
        for (const l of rendered) {
          if (!current.has(l)) continue;
          if (!drawnOnce.has(l.id)) mark(`drawn:${l.id}`);
          drawnOnce.add(l.id);
          tracker.drawn(l.id);
        }
      });
    },
    onError: (e: Error) => tracker.fail(`deck.gl: ${e.message}`),
    onHover: (info) => opts.onHover?.(pick(info)),
    onClick: (info) =>
      opts.onClick?.(
        pick(info),
        info.coordinate ? [info.coordinate[0]!, info.coordinate[1]!] : null,
      ),
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
  });
  expectAll(labels);
  // deck.gl draws once the basemap has loaded: on a software GPU, compiling deck.gl's shaders
  // while MapLibre draws its first frame slowed both (cold load 8 s against 2.7 s in sequence).
  void loaded.then(() => map.addControl(overlay));
  map.on('zoom', () => {
    if (!labelsAt || step() === labelStep) return;
    labelStep = step();
    labels = labelsAt.layers(labelStep);
    overlay.setProps({ layers: [...data, ...labels] });
  });

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
      overlay.setProps({ useDevicePixels: scale });
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
        overlay.setProps({ useDevicePixels: true });
      }
    },
    setAttribution(text) {
      map.removeControl(attribution);
      attribution = credit(text);
      map.addControl(attribution);
      foldCredit();
    },
    setLabelScale(scale) {
      const next = labelsFor(scale);
      if (next === labelsAt) return;
      labelsAt = next;
      labels = labelsAt?.layers(labelStep) ?? [];
      expectAll(labels);
      overlay.setProps({ layers: [...data, ...labels] });
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
      data = next;
      expectAll(next);
      overlay.setProps({ layers: [...next, ...labels] });
    },
    destroy() {
      map.remove();
    },
  };
}
