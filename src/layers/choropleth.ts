// The polygon layer shared by the yearly choropleths (homicides, dealers, displacement, traces):
// drawn by MapLibre from a colour per feature (see map/fill-layer.ts), so no deck.gl is needed.
import type { LayerFeature, Props } from '../data/load';
import { classIndex } from '../lib/classes';
import { NO_DATA, type RGB } from '../lib/colors';
import type { FillLayer, RGBA } from '../map/map-layer';
import type { RenderState } from './types';

export interface ChoroplethSpec {
  id: string;
  data: LayerFeature[];
  value: (p: Props, year: number) => number | null;
  breaks: number[];
  colors: RGB[];
  /** Hairline colour between polygons. */
  line: RGBA;
  /** Compare mode: the colour of the change (null: no change to draw), instead of the classes. */
  changeColor?: (p: Props) => RGB | null;
  /** Features hatched "no data" (a gap, never a low value). */
  hatch?: (f: LayerFeature) => boolean;
}

export function choropleth(spec: ChoroplethSpec, s: RenderState): FillLayer {
  const { value, breaks, colors, data } = spec;
  return {
    kind: 'fill',
    id: spec.id,
    data,
    fill: (f) => {
      if (spec.changeColor) {
        const c = spec.changeColor(f.properties);
        return c === null ? [...NO_DATA, 200] : [...c, 215];
      }
      const v = value(f.properties, s.year);
      return v === null ? [...NO_DATA, 200] : [...colors[classIndex(v, breaks)]!, 215];
    },
    ...(spec.hatch ? { hatch: spec.hatch } : {}),
    line: spec.line,
    selected: s.selected,
  };
}
