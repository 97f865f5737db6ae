// The deck.gl point layer shared by recoveries, guns, seizures and penalized dealers (points with a
// year of their own, filtered on the GPU); the graduated points are MapLibre circles instead.
import type { Layer } from '@deck.gl/core';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { LayerFeature } from '../data/load';
import type { DeckModules } from '../map/deck';
import type { RenderState } from './types';

export const position = (f: LayerFeature) =>
  f.geometry.type === 'Point'
    ? (f.geometry.coordinates as [number, number])
    : ([0, 0] as [number, number]);

export interface PointSpec {
  id: string;
  data: LayerFeature[];
  radius: (f: LayerFeature) => number;
  color: (f: LayerFeature) => [number, number, number, number];
  /** Per-feature year, filtered on the GPU to the selected year (null = shown in no year). */
  year?: (f: LayerFeature) => number | null;
  /** What the colour and radius depend on besides the year (metric, selection). */
  triggers?: unknown[];
  /** The GPU filter range over `year ?? -1`; default: the selected year alone. */
  range?: [number, number];
}

export function points(deck: DeckModules, spec: PointSpec, s: RenderState): Layer {
  const selected = s.selected;
  const props: ScatterplotLayerProps<LayerFeature> & DataFilterExtensionProps<LayerFeature> = {
    id: spec.id,
    data: spec.data,
    pickable: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    getPosition: position,
    getRadius: spec.radius,
    radiusScale: s.symbolScale ?? 1,
    getFillColor: spec.color,
    getLineColor: (f) => (f === selected ? [0, 0, 0, 255] : [255, 255, 255, 220]),
    getLineWidth: (f) => (f === selected ? 2.5 : 1),
    updateTriggers: {
      getRadius: [s.year, s.metric, ...(spec.triggers ?? [])],
      getFillColor: [s.year, s.metric, ...(spec.triggers ?? [])],
      getLineColor: [s.selected],
      getLineWidth: [s.selected],
    },
  };
  if (spec.year) {
    const yearOf = spec.year;
    // Year filtering happens on the GPU: changing the year changes one uniform, not the data.
    Object.assign(props, {
      extensions: [new deck.extensions.DataFilterExtension({ filterSize: 1 })],
      getFilterValue: (f: LayerFeature) => yearOf(f) ?? -1,
      filterRange: spec.range ?? [s.year - 0.5, s.year + 0.5],
    });
  }
  return new deck.layers.ScatterplotLayer<LayerFeature, DataFilterExtensionProps<LayerFeature>>(
    props,
  );
}

/** Pixel radius for a value, by area (√), so a circle twice as large in area holds twice as much. */
export function areaRadius(v: number | null, max: number, maxPx: number, minPx = 2): number {
  if (v === null || v <= 0 || max <= 0) return 0;
  return Math.max(minPx, Math.sqrt(v / max) * maxPx);
}
