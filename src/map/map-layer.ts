// A data layer drawn by MapLibre: what a layer module declares, and the per-feature state MapLibre
// draws it from. Three shapes: polygons (the yearly choropleths), circles (graduated points such
// as the ports) and lines (the corridors). MapLibre already draws the basemap's fills, lines and
// label dots, so its programs are close to warm (only their per-feature variants compile) and no
// deck.gl code is needed; a year switch rewrites the feature state (a colour and a size per
// feature), never the layer.
import type { LayerFeature } from '../data/load';

export type RGBA = [number, number, number, number];

interface Shared {
  /** The layer's id: picking reports it, and MapLibre's main layer carries it. */
  id: string;
  /** The features, in a stable order (a feature's index is its id for MapLibre's state). */
  data: LayerFeature[];
  /** The selected feature (outlined dark), compared by identity. */
  selected: LayerFeature | null;
}

export interface FillLayer extends Shared {
  kind: 'fill';
  /** Fill colour of a feature, alpha 0–255. */
  fill(f: LayerFeature): RGBA;
  /** Features hatched "no data" over their fill. */
  hatch?(f: LayerFeature): boolean;
  /** Hairline between polygons. */
  line: RGBA;
}

/** Circles or lines whose colour and size (radius or width, in px) follow the year. */
export interface MarkLayer extends Shared {
  kind: 'circle' | 'line';
  color(f: LayerFeature): RGBA;
  /** Radius (circles) or width (lines) in CSS pixels; 0 leaves the feature out of this view. */
  size(f: LayerFeature): number;
}

export type MapLayer = FillLayer | MarkLayer;

/** What MapLibre draws a feature from (its feature state); the selection is a filter. */
export interface FeatureLook {
  color: string;
  hatch: boolean;
  size: number;
}

export const rgbaCss = ([r, g, b, a]: RGBA) => `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`;
const NONE = rgbaCss([0, 0, 0, 0]);

/** Each feature's look, by index (its feature id in MapLibre). */
export function looks(l: MapLayer): FeatureLook[] {
  if (l.kind === 'fill')
    return l.data.map((f) => ({
      color: rgbaCss(l.fill(f)),
      hatch: l.hatch?.(f) ?? false,
      size: 0,
    }));
  return l.data.map((f) => {
    const size = Math.max(0, l.size(f));
    // A feature out of the view has no size, so it is neither drawn nor picked.
    return { color: size > 0 ? rgbaCss(l.color(f)) : NONE, hatch: false, size };
  });
}

/** The indices whose look changed from `before` to `after` (all of them when `before` is null). */
export function changed(before: FeatureLook[] | null, after: FeatureLook[]): number[] {
  const out: number[] = [];
  after.forEach((a, i) => {
    const b = before?.[i];
    if (!b || b.color !== a.color || b.hatch !== a.hatch || b.size !== a.size) out.push(i);
  });
  return out;
}

/** The order MapLibre draws them in: polygons under circles and lines, otherwise as given. */
export function drawOrder(layers: MapLayer[]): MapLayer[] {
  return [...layers.filter((l) => l.kind === 'fill'), ...layers.filter((l) => l.kind !== 'fill')];
}
