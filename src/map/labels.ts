// Basemap labels drawn by MapLibre as symbol layers, in a font shipped with the app (Noto Sans,
// SIL Open Font License): the style's `font-faces` names the file and MapLibre draws its glyphs
// in the browser, so there is no glyph server and no network. Which labels show at a zoom is
// decided once (label-placement.ts) and applied as a filter on `minZoom`, so the set is the same
// on every machine and MapLibre's own collision detection is not needed.
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { t } from '../i18n/strings';
import type { Lang } from '../lib/format';
import type { BasemapLabel } from './basemap-style';
import { placeLabels } from './label-placement';

/** The font name symbol layers ask for; the style's `font-faces` maps it to the shipped file. */
export const LABEL_FONT = 'Noto Sans SemiBold';
export const LABEL_SOURCE = 'basemap-labels';
/** The lowest label layer: data layers are drawn under it (labels stay on top). */
export const FIRST_LABEL_LAYER = 'basemap-city-dots';
const STATE_COLOR = 'rgb(96, 90, 80)';
const CITY_COLOR = 'rgb(30, 30, 30)';

/** Label size in px at scale 1 (the explorer); a briefing on a projector scales them up. */
const baseSize = (l: BasemapLabel) =>
  l.kind === 'city' ? (l.rank === 1 ? 13 : 12) : l.rank === 3 ? 10 : 11;
/** The smallest label at scale 1: what a scale must multiply to reach a minimum size. */
export const SMALLEST_LABEL = 10;
/** A label's text in a language: a U.S. state by its Spanish name on the Spanish map. */
const text = (l: BasemapLabel, lang: Lang = 'en') => {
  const name = t(lang, { en: l.name, es: l.name_es ?? l.name });
  return l.kind === 'city' ? name : name.toUpperCase();
};
/** U.S. cities are named above their dot and Mexican ones below, so twin border cities both fit. */
const above = (l: BasemapLabel) => l.kind === 'city' && l.country === 'US';
const below = (l: BasemapLabel) => l.kind === 'city' && l.country === 'MX';

/** Approximate label box around its anchor (px), for placement; generous rather than tight. */
export function labelBox(
  l: BasemapLabel,
  scale = 1,
  lang: Lang = 'en',
): [number, number, number, number] {
  const size = baseSize(l) * scale;
  const w = text(l, lang).length * size * (l.kind === 'city' ? 0.6 : 0.72) + 6;
  const h = size * 1.3;
  if (above(l)) return [-w / 2, -h - 6, w / 2, 4];
  if (below(l)) return [-w / 2, -4, w / 2, h + 6];
  return [-w / 2, -h / 2, w / 2, h / 2];
}

export interface LabelProps {
  text: string;
  size: number;
  color: string;
  /** Where the text sits on its point: above a U.S. city's dot, below a Mexican one's. */
  anchor: 'bottom' | 'top' | 'center';
  city: boolean;
  rank: number;
  /** The zoom from which the label shows (label-placement.ts). */
  minZoom: number;
}

/**
 * The labels at a size multiplier and in a language, as MapLibre's source data: larger labels
 * (and longer names) collide sooner.
 */
export function labelData(
  labels: BasemapLabel[],
  scale = 1,
  lang: Lang = 'en',
): FeatureCollection<Point, LabelProps> {
  const minZoom = placeLabels(labels, (l) => labelBox(l, scale, lang));
  return {
    type: 'FeatureCollection',
    features: labels.map((l, i) => {
      const size = baseSize(l) * scale;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: l.position },
        properties: {
          text: text(l, lang),
          size,
          color: l.kind === 'city' ? CITY_COLOR : STATE_COLOR,
          anchor: above(l) ? 'bottom' : below(l) ? 'top' : 'center',
          city: l.kind === 'city',
          rank: l.rank,
          minZoom: minZoom[i]!,
        },
      };
    }),
  };
}

/** The labels shown at a zoom (in half steps, as placement decided them). */
export const labelFilter = (zoom: number): ExpressionSpecification => [
  '<=',
  ['get', 'minZoom'],
  zoom + 0.01,
];

/** The city dots and the label text, bottom first; `scale` sizes the dots as the text. */
export function labelLayers(
  zoom: number,
  scale = 1,
): [CircleLayerSpecification, SymbolLayerSpecification] {
  const filter = labelFilter(zoom);
  return [
    {
      id: FIRST_LABEL_LAYER,
      type: 'circle',
      source: LABEL_SOURCE,
      filter: ['all', ['get', 'city'], filter],
      paint: {
        'circle-radius': ['case', ['==', ['get', 'rank'], 1], 3.5 * scale, 2.5 * scale],
        'circle-color': 'rgb(40, 40, 40)',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'basemap-labels',
      type: 'symbol',
      source: LABEL_SOURCE,
      filter,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [LABEL_FONT],
        'text-size': ['get', 'size'],
        'text-anchor': ['get', 'anchor'],
        // 5 px from the dot at a city label's size, whatever the scale.
        'text-offset': [
          'match',
          ['get', 'anchor'],
          'bottom',
          ['literal', [0, -0.4]],
          'top',
          ['literal', [0, 0.4]],
          ['literal', [0, 0]],
        ],
        // Placement is ours (label-placement.ts): every label that passes the filter is drawn.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-max-width': 40,
      },
      paint: {
        'text-color': ['get', 'color'],
        'text-halo-color': 'rgba(255, 255, 255, 0.9)',
        'text-halo-width': 1.5,
      },
    },
  ];
}
