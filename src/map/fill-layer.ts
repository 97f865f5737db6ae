// A polygon layer drawn by MapLibre (the yearly choropleths): what a layer module declares, and
// the per-feature state MapLibre colours it from. MapLibre already draws the basemap's fills and
// lines, so its programs are compiled before the first data frame; a year switch rewrites the
// feature state (one colour per polygon), never the layer.
import type { LayerFeature } from '../data/load';

export type RGBA = [number, number, number, number];

export interface FillLayer {
  /** The layer's id: picking reports it, and MapLibre's fill layer carries it. */
  id: string;
  /** The polygons, in a stable order (a feature's index is its id for MapLibre's state). */
  data: LayerFeature[];
  /** Fill colour of a feature, alpha 0–255. */
  fill(f: LayerFeature): RGBA;
  /** Features hatched "no data" over their fill. */
  hatch?(f: LayerFeature): boolean;
  /** Hairline between polygons. */
  line: RGBA;
  /** The selected feature (outlined dark), compared by identity. */
  selected: LayerFeature | null;
  /**
   * What `fill` and `hatch` depend on (year, metric, comparison): the state is rewritten when it
   * changes, and only then.
   */
  key: string;
}

/** What MapLibre colours a feature from (its feature state); the selection is a filter. */
export interface FeatureLook {
  fill: string;
  hatch: boolean;
}

export const rgbaCss = ([r, g, b, a]: RGBA) => `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`;

/** Each feature's look, by index (its feature id in MapLibre). */
export function looks(l: FillLayer): FeatureLook[] {
  return l.data.map((f) => ({ fill: rgbaCss(l.fill(f)), hatch: l.hatch?.(f) ?? false }));
}

/** The indices whose look changed from `before` to `after` (all of them when `before` is null). */
export function changed(before: FeatureLook[] | null, after: FeatureLook[]): number[] {
  const out: number[] = [];
  after.forEach((a, i) => {
    const b = before?.[i];
    if (!b || b.fill !== a.fill || b.hatch !== a.hatch) out.push(i);
  });
  return out;
}
