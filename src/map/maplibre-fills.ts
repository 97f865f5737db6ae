// The yearly choropleths on the map, as MapLibre sources and layers: one GeoJSON source per
// layer (set once per data array), a fill, a "no data" hatch and a hairline, each coloured from
// feature state. A new year rewrites the state of the polygons whose colour changed; nothing is
// rebuilt and no program is compiled beyond those the basemap already uses.
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerFeature } from '../data/load';
import { changed, looks, rgbaCss, type FeatureLook, type FillLayer } from './fill-layer';

/** An invisible layer all fills sit under: deck.gl's layers go between it and the labels. */
export const FILLS_TOP = 'data-fills-top';
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
  layer: FillLayer;
  looks: FeatureLook[];
  /** The selected feature's index, or -1. */
  selected: number;
}

const source = (id: string) => `fill-source:${id}`;
const hatchId = (id: string) => `${id}::hatch`;
const lineId = (id: string) => `${id}::line`;
const selectedId = (id: string) => `${id}::selected`;
/** The selected feature's outline: its index (-1: none). */
const selectedFilter = (index: number): FilterSpecification => ['==', ['id'], index];
const state = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];

export class MapLibreFills {
  private readonly held = new Map<string, Held>();

  constructor(private readonly map: MapLibreMap) {}

  /** Adds what every fill needs once the style is in: the hatch image and the layer above fills. */
  install(beforeId: string | undefined): void {
    const size = 6;
    this.map.addImage(HATCH_IMAGE, { width: size, height: size, data: hatchPixels(size) });
    this.map.addLayer(
      { id: FILLS_TOP, type: 'background', layout: { visibility: 'none' } },
      beforeId,
    );
  }

  /** The ids of the fills shown, for picking. */
  ids(): string[] {
    return [...this.held.keys()];
  }

  /** The feature under a MapLibre hit of a fill layer. */
  feature(layerId: string, index: number): LayerFeature | null {
    return this.held.get(layerId)?.layer.data[index] ?? null;
  }

  /**
   * Shows exactly `layers` (bottom first), adding, updating or removing what changed; returns the
   * ids whose pixels change (they count as drawn once MapLibre has drawn them).
   */
  set(layers: FillLayer[]): string[] {
    const ids = new Set(layers.map((l) => l.id));
    for (const id of [...this.held.keys()]) if (!ids.has(id)) this.remove(id);
    const redrawn: string[] = [];
    for (const l of layers) {
      const before = this.held.get(l.id);
      if (before && before.layer.data !== l.data) this.remove(l.id);
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
    return redrawn;
  }

  private add(l: FillLayer): void {
    const map = this.map;
    map.addSource(source(l.id), {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: l.data },
      // A feature's id is its index in `data`: how its state is set and how a hit is resolved.
      generateId: true,
    });
    const src = source(l.id);
    // Paint kept to the variants the basemap already compiled where possible (each new variant
    // is a shader program, a tenth of a second or more on a software GPU): the fill's colour is
    // per feature like the land's, its edge is the hairline (no antialiasing outline), and the
    // hairline and the selection are plain lines, the selection filtered to one feature.
    map.addLayer(
      {
        id: l.id,
        type: 'fill',
        source: src,
        paint: {
          'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], 'transparent']],
          'fill-antialias': false,
        },
      },
      FILLS_TOP,
    );
    // Only a layer that can have gaps gets the hatch (its pattern programs compile with it).
    if (l.hatch)
      map.addLayer(
        {
          id: hatchId(l.id),
          type: 'fill',
          source: src,
          paint: {
            'fill-pattern': HATCH_IMAGE,
            'fill-opacity': ['case', state('hatch'), 1, 0],
            'fill-antialias': false,
          },
        },
        FILLS_TOP,
      );
    map.addLayer(
      {
        id: lineId(l.id),
        type: 'line',
        source: src,
        paint: { 'line-color': rgbaCss(l.line), 'line-width': 0.5 },
      },
      FILLS_TOP,
    );
    map.addLayer(
      {
        id: selectedId(l.id),
        type: 'line',
        source: src,
        filter: selectedFilter(-1),
        paint: { 'line-color': 'rgb(20, 20, 20)', 'line-width': 2.5 },
      },
      FILLS_TOP,
    );
  }

  private remove(id: string): void {
    for (const l of [selectedId(id), lineId(id), hatchId(id), id])
      if (this.map.getLayer(l)) this.map.removeLayer(l);
    if (this.map.getSource(source(id))) this.map.removeSource(source(id));
    this.held.delete(id);
  }
}
