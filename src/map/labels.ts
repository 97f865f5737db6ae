// Basemap labels drawn by deck.gl: MapLibre's own text needs a glyph server, which an offline
// map does not have. The browser rasterises the font into deck.gl's atlas, so any system font
// with Spanish accents works. Which labels show at a zoom is decided once (label-placement.ts)
// and applied on the GPU with DataFilterExtension.
import type { Layer } from '@deck.gl/core';
import type { DataFilterExtension, DataFilterExtensionProps } from '@deck.gl/extensions';
import type * as DeckLayers from '@deck.gl/layers';
import type { BasemapLabel } from './basemap-style';
import { placeLabels } from './label-placement';

export const LABEL_FONT = 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const STATE_COLOR: [number, number, number] = [96, 90, 80];
const CITY_COLOR: [number, number, number] = [30, 30, 30];

/** Label size in px at scale 1 (the explorer); a briefing on a projector scales them up. */
const baseSize = (l: BasemapLabel) =>
  l.kind === 'city' ? (l.rank === 1 ? 13 : 12) : l.rank === 3 ? 10 : 11;
/** The smallest label at scale 1: what a scale must multiply to reach a minimum size. */
export const SMALLEST_LABEL = 10;
const text = (l: BasemapLabel) => (l.kind === 'city' ? l.name : l.name.toUpperCase());
/** U.S. cities are named above their dot and Mexican ones below, so twin border cities both fit. */
const above = (l: BasemapLabel) => l.kind === 'city' && l.country === 'US';
const below = (l: BasemapLabel) => l.kind === 'city' && l.country === 'MX';

/** Approximate label box around its anchor (px), for placement; generous rather than tight. */
export function labelBox(l: BasemapLabel, scale = 1): [number, number, number, number] {
  const size = baseSize(l) * scale;
  const w = text(l).length * size * (l.kind === 'city' ? 0.6 : 0.72) + 6;
  const h = size * 1.3;
  if (above(l)) return [-w / 2, -h - 6, w / 2, 4];
  if (below(l)) return [-w / 2, -4, w / 2, h + 6];
  return [-w / 2, -h / 2, w / 2, h / 2];
}

export interface LabelSet {
  /** The label layers for the map at `zoom` (only the GPU filter range depends on it). */
  layers(zoom: number): Layer[];
}

export function labelSet(
  layers: typeof DeckLayers,
  filter: typeof DataFilterExtension,
  labels: BasemapLabel[],
  /** Size multiplier; larger labels collide sooner, so placement is redone for it. */
  scale = 1,
): LabelSet {
  const minZoom = placeLabels(labels, (l) => labelBox(l, scale));
  const data = labels.map((l, i) => ({ ...l, minZoom: minZoom[i]! }));
  const cities = data.filter((l) => l.kind === 'city');
  type Placed = (typeof data)[number];
  const extension = new filter({ filterSize: 1 });
  return {
    layers(zoom) {
      const filterRange: [number, number] = [0, zoom + 0.01];
      return [
        new layers.ScatterplotLayer<Placed, DataFilterExtensionProps<Placed>>({
          id: 'basemap-city-dots',
          data: cities,
          getPosition: (l) => l.position,
          getRadius: (l) => (l.rank === 1 ? 3.5 : 2.5),
          radiusUnits: 'pixels',
          getFillColor: [40, 40, 40],
          getLineColor: [255, 255, 255],
          lineWidthUnits: 'pixels',
          getLineWidth: 1,
          stroked: true,
          extensions: [extension],
          getFilterValue: (l: Placed) => l.minZoom,
          filterRange,
        }),
        new layers.TextLayer<Placed, DataFilterExtensionProps<Placed>>({
          id: 'basemap-labels',
          data,
          characterSet: 'auto',
          fontFamily: LABEL_FONT,
          fontWeight: 600,
          fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
          getText: text,
          getPosition: (l) => l.position,
          getSize: (l) => baseSize(l) * scale,
          getColor: (l) => (l.kind === 'city' ? CITY_COLOR : STATE_COLOR),
          getTextAnchor: 'middle',
          getAlignmentBaseline: (l) => (above(l) ? 'bottom' : below(l) ? 'top' : 'center'),
          getPixelOffset: (l) => (above(l) ? [0, -5] : below(l) ? [0, 5] : [0, 0]),
          outlineWidth: 3,
          outlineColor: [255, 255, 255, 230],
          extensions: [extension],
          getFilterValue: (l: Placed) => l.minZoom,
          filterRange,
        }),
      ];
    },
  };
}
