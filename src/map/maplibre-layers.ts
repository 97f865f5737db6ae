// The data layers on the map as MapLibre sources and layers: one GeoJSON source per layer (set
// once per data array) and its layers, drawn from feature state — for polygons a fill, a "no
// data" hatch and a hairline; for points a circle; for flows a line; each with the selection as
// a filtered outline. A new year rewrites the state of the features whose look changed: nothing is
// rebuilt and no program is compiled (the few variants beyond the basemap's compile once, when a
// layer is first shown).
import type {
  AddLayerObject,
  ExpressionSpecification,
  FilterSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { LayerFeature } from '../data/load';
import {
  changed,
  drawOrder,
  looks,
  rgbaCss,
  type FeatureLook,
  type FillLayer,
  type MapLayer,
} from './map-layer';

/** An invisible layer all data layers sit under: deck.gl's go between it and the labels. */
export const DATA_TOP = 'data-layers-top';
export const HATCH_IMAGE = 'southbound-no-data-hatch';
const HATCH_RGBA: [number, number, number, number] = [120, 120, 120, 220];

/** Diagonal stripes (1.5 px every 6 px, falling at 45°), the "no data" hatch, as RGBA pixels. */
export function hatchPixels(size = 6): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Distance from the stripe through the tile's corners, wrapped: the tile repeats seamlessly.
      const d = (x - y + size + 0.5) % size;
      const cover = Math.max(0, Math.min(1, 1.5 - Math.min(d, size - d)));
      if (cover === 0) continue;
      px.set([...HATCH_RGBA.slice(0, 3), Math.round(HATCH_RGBA[3] * cover)], (y * size + x) * 4);
    }
  return px;
}

interface Held {
  layer: MapLayer;
  looks: FeatureLook[];
  /** The selected feature's index, or -1. */
  selected: number;
}

const source = (id: string) => `data-source:${id}`;
const hatchId = (id: string) => `${id}::hatch`;
const lineId = (id: string) => `${id}::line`;
const selectedId = (id: string) => `${id}::selected`;
/** The MapLibre layers of a data layer, bottom first. */
const partsOf = (id: string) => [id, hatchId(id), lineId(id), selectedId(id)];
/** The selected feature's outline: its index (-1: none). */
const selectedFilter = (index: number): FilterSpecification => ['==', ['id'], index];
const hatched: ExpressionSpecification = ['boolean', ['feature-state', 'hatch'], false];
const colorState: ExpressionSpecification = [
  'to-color',
  ['coalesce', ['feature-state', 'color'], 'transparent'],
];
const sizeState: ExpressionSpecification = ['number', ['feature-state', 'size'], 0];

export class MapLibreLayers {
  private readonly held = new Map<string, Held>();

  constructor(private readonly map: MapLibreMap) {}

  /** Adds what every layer needs once the style is in: the hatch image and the layer above. */
  install(beforeId: string | undefined): void {
    const px = 6;
    this.map.addImage(HATCH_IMAGE, { width: px, height: px, data: hatchPixels(px) });
    this.map.addLayer(
      { id: DATA_TOP, type: 'background', layout: { visibility: 'none' } },
      beforeId,
    );
  }

  /** The ids of the layers shown, for picking (their main MapLibre layer has the same id). */
  ids(): string[] {
    return [...this.held.keys()];
  }

  /** The feature under a MapLibre hit of a layer. */
  feature(layerId: string, index: number): LayerFeature | null {
    return this.held.get(layerId)?.layer.data[index] ?? null;
  }

  /**
   * Shows exactly `layers` (polygons under marks, otherwise bottom first), adding, updating or
   * removing what changed; returns the ids whose pixels change (they count as drawn once
   * MapLibre has drawn them).
   */
  set(next: MapLayer[]): string[] {
    const layers = drawOrder(next);
    const ids = new Set(layers.map((l) => l.id));
    for (const id of [...this.held.keys()]) if (!ids.has(id)) this.remove(id);
    const redrawn: string[] = [];
    for (const l of layers) {
      const before = this.held.get(l.id);
      if (before && (before.layer.data !== l.data || before.layer.kind !== l.kind))
        this.remove(l.id);
      const fresh = !this.held.has(l.id);
      if (fresh) this.add(l);
      const was = fresh ? null : this.held.get(l.id)!;
      const now = looks(l);
      const todo = changed(was?.looks ?? null, now);
      for (const i of todo) this.map.setFeatureState({ source: source(l.id), id: i }, now[i]!);
      const selected = l.selected ? l.data.indexOf(l.selected) : -1;
      const reselected = selected !== (was?.selected ?? -1);
      if (reselected) this.map.setFilter(selectedId(l.id), selectedFilter(selected));
      this.held.set(l.id, { layer: l, looks: now, selected });
      if (fresh || todo.length || reselected) redrawn.push(l.id);
    }
    if (this.reorder(layers)) redrawn.push(...layers.map((l) => l.id));
    return [...new Set(redrawn)];
  }

  /**
   * Keeps MapLibre's order the asked one (a layer shown later was added on top): moves the
   * layers under the top anchor in order when they are out of it; true if anything moved.
   */
  private reorder(layers: MapLayer[]): boolean {
    const want = layers.flatMap((l) => partsOf(l.id)).filter((id) => this.map.getLayer(id));
    const wanted = new Set(want);
    const have = this.map.getLayersOrder().filter((id) => wanted.has(id));
    if (have.every((id, i) => id === want[i])) return false;
    for (const id of want) this.map.moveLayer(id, DATA_TOP);
    return true;
  }

  private add(l: MapLayer): void {
    const map = this.map;
    map.addSource(source(l.id), {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: l.data },
      // A feature's id is its index in `data`: how its state is set and how a hit is resolved.
      generateId: true,
    });
    for (const layer of l.kind === 'fill' ? fillLayers(l) : markLayers(l.id, l.kind))
      map.addLayer({ ...layer, source: source(l.id) } as AddLayerObject, DATA_TOP);
  }

  private remove(id: string): void {
    for (const l of partsOf(id).reverse()) if (this.map.getLayer(l)) this.map.removeLayer(l);
    if (this.map.getSource(source(id))) this.map.removeSource(source(id));
    this.held.delete(id);
  }
}

type Part = Omit<AddLayerObject, 'source'> & Record<string, unknown>;

// Paint kept to the variants the basemap already compiled where possible (each new variant is a
// shader program, a tenth of a second or more on a software GPU): a fill's colour is per feature
// like the land's, its edge is the hairline (no antialiasing outline), and the hairline and the
// selection are plain lines, the selection filtered to one feature.
function fillLayers(l: FillLayer): Part[] {
  return [
    { id: l.id, type: 'fill', paint: { 'fill-color': colorState, 'fill-antialias': false } },
    // Only a layer that can have gaps gets the hatch (its pattern programs compile with it).
    ...(l.hatch
      ? [
          {
            id: hatchId(l.id),
            type: 'fill' as const,
            paint: {
              'fill-pattern': HATCH_IMAGE,
              'fill-opacity': ['case', hatched, 1, 0],
              'fill-antialias': false,
            },
          },
        ]
      : []),
    {
      id: lineId(l.id),
      type: 'line',
      paint: { 'line-color': rgbaCss(l.line), 'line-width': 0.5 },
    },
    {
      id: selectedId(l.id),
      type: 'line',
      filter: selectedFilter(-1),
      paint: { 'line-color': 'rgb(20, 20, 20)', 'line-width': 2.5 },
    },
  ];
}

/** Circles with a white rim, or round-capped lines; the selection outlined in near-black. */
function markLayers(id: string, kind: 'circle' | 'line'): Part[] {
  if (kind === 'circle')
    return [
      {
        id,
        type: 'circle',
        paint: {
          'circle-radius': sizeState,
          'circle-color': colorState,
          // No rim where there is no circle (a rim alone would draw a ring for a zero).
          'circle-stroke-width': ['case', ['>', sizeState, 0], 1, 0],
          'circle-stroke-color': 'rgba(255, 255, 255, 0.863)',
        },
      },
      {
        id: selectedId(id),
        type: 'circle',
        filter: selectedFilter(-1),
        paint: {
          'circle-radius': sizeState,
          'circle-color': 'rgba(0, 0, 0, 0)',
          'circle-stroke-width': 2.5,
          'circle-stroke-color': 'rgb(20, 20, 20)',
        },
      },
    ];
  const round = { 'line-cap': 'round', 'line-join': 'round' } as const;
  return [
    {
      id,
      type: 'line',
      layout: round,
      paint: { 'line-color': colorState, 'line-width': sizeState },
    },
    {
      id: selectedId(id),
      type: 'line',
      layout: round,
      filter: selectedFilter(-1),
      paint: { 'line-color': 'rgb(20, 20, 20)', 'line-width': sizeState },
    },
  ];
}
