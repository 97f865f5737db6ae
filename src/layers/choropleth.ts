// The polygon layer shared by the homicides and dealers choropleths.
import type { Layer } from '@deck.gl/core';
import type { LayerFeature, Props } from '../data/load';
import { classIndex } from '../lib/classes';
import { NO_DATA, type RGB } from '../lib/colors';
import type { DeckModules } from '../map/deck';
import type { RenderState } from './types';

export interface ChoroplethSpec {
  id: string;
  data: LayerFeature[];
  value: (p: Props, year: number) => number | null;
  breaks: number[];
  colors: RGB[];
  /** Hairline colour between polygons. */
  line: [number, number, number, number];
  /** Compare mode: the colour of the change (null: no change to draw), instead of the classes. */
  changeColor?: (p: Props) => RGB | null;
}

export function choropleth(deck: DeckModules, spec: ChoroplethSpec, s: RenderState): Layer {
  const { value, breaks, colors, data } = spec;
  const selected = s.selected as object | null;
  return new deck.layers.GeoJsonLayer<Props>({
    id: spec.id,
    data: data as never,
    pickable: true,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getFillColor: (f) => {
      if (spec.changeColor) {
        const c = spec.changeColor(f.properties);
        return c === null ? [...NO_DATA, 200] : [...c, 215];
      }
      const v = value(f.properties, s.year);
      return v === null ? [...NO_DATA, 200] : [...colors[classIndex(v, breaks)]!, 215];
    },
    getLineColor: (f) => (f === selected ? [20, 20, 20, 255] : spec.line),
    getLineWidth: (f) => (f === selected ? 2.5 : 0.5),
    // Colours change with the year and metric through update triggers: the data never changes.
    updateTriggers: {
      getFillColor: [s.year, s.metric, s.compare ?? null],
      getLineColor: [s.selected],
      getLineWidth: [s.selected],
    },
  });
}
