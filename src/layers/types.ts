// What a layer module declares: the registry is a list of these (see registry.ts). Rendering is
// a pure function of the loaded data and the shared view state, so the map, the legend, the
// tooltip and the data table all read the same numbers.
import type { Layer } from '@deck.gl/core';
import type { LayerFeature } from '../data/load';
import type { Counted, GunFilter } from './gun-filter';
import type { PlaceKind } from './profile';
import type { SummedSeries } from './state-sums';
import type { RGB } from '../lib/colors';
import type { Text } from '../i18n/strings';
import type { Lang } from '../lib/format';
import type { DeckModules } from '../map/deck';
import type { MapLayer } from '../map/map-layer';

export type { Text };
export type Group = 'us' | 'border' | 'mx' | 'aor';

export interface Choice {
  id: string;
  label: Text;
}

/** The view state every layer renders from. */
export interface RenderState {
  year: number;
  /** The layer's selected metric (or measure/view) id. */
  metric: string;
  lang: Lang;
  /** The selected feature of this layer, if any (compared by identity). */
  selected: LayerFeature | null;
  /** Multiplier for symbol sizes: 1 on the map, more on the briefing stage (read from afar). */
  symbolScale?: number;
  /** Compare mode: the base year the shown year is compared with (null or absent: off). */
  compare?: number | null;
  /** The firearms filter (class, calibre, case, purchase years), for the layers it applies to. */
  gunFilter?: GunFilter;
}

export interface LegendEntry {
  color: RGB;
  label: string;
  /** 'hatch' marks "no data" (never a colour of the scale); 'dash' a partial outline. */
  shape: 'fill' | 'circle' | 'line' | 'hatch' | 'outline' | 'dash' | 'dot';
  /** Diameter in px for graduated circles (as drawn on the map). */
  size?: number;
}

export interface Legend {
  title: string;
  /** The layer's name, for a legend read away from the layer list (an embed, the PNG). */
  layer?: string;
  entries: LegendEntry[];
  note?: string;
  /**
   * What qualifies the figures of the shown year: a partial year, source rows lost. Added by the
   * app (AppState.legend) for every layer alike, never by a layer module.
   */
  flags?: string[];
}

export interface Readout {
  title: string;
  /** Warnings about the figures (incomplete: source rows lost), shown with them. */
  notes?: string[];
  rows: [label: string, value: string][];
  /** A link (court document, inspection report) shown as a link, never as HTML. */
  link?: { href: string; label: string };
  /** A list of records behind the feature (the firearms at a place), shown in the details panel. */
  items?: { text: string; link?: { href: string; label: string } }[];
}

export interface SeriesPoint {
  year: number;
  value: number | null;
}

export interface TableRow {
  place: string;
  value: number | null;
  display: string;
  /** The feature the row shows, when it is one (the table flags its incomplete figures). */
  feature?: LayerFeature;
}

export interface LayerDef {
  id: string;
  title: Text;
  description: Text;
  group: Group;
  defaultVisible: boolean;
  /**
   * Follows the firearms filter (class, calibre, case, purchase years): the firearms the layer
   * counts, for the filter's choices and the check of a case named in a link.
   */
  gunFilter?: (data: LayerFeature[]) => Counted[];
  /** Metric / measure choices; the first is the default. */
  metrics: Choice[];
  /** Where the file is: the manifest id (defaults to `id`). */
  manifestId?: string;
  /**
   * Years with data for a metric (used by the year control and the panel's notice); null for a
   * layer that is not split by year (shown whatever the year).
   */
  years(data: LayerFeature[], metric: string): number[] | null;
  /** A stable key for a feature, for links to a selected feature (`sel=<layer>:<key>`). */
  key?(f: LayerFeature): string;
  /** Extra deck.gl modules a metric needs (loaded on demand). */
  needs?(metric: string): 'aggregation' | null;
  /**
   * What MapLibre draws (yearly choropleths, graduated points, corridors): under every deck.gl
   * layer, drawn from feature state, and needing no deck.gl code.
   */
  maplibre?(data: LayerFeature[], s: RenderState): MapLayer[];
  /** deck.gl layers (year-filtered points, heat, outlines); their code loads when first shown. */
  render?(deck: DeckModules, data: LayerFeature[], s: RenderState): Layer[];
  /** Whether the metric draws with deck.gl (default: the layer has `render`). */
  usesDeck?(metric: string): boolean;
  legend(data: LayerFeature[], s: RenderState): Legend;
  tooltip(f: LayerFeature, s: RenderState): Readout;
  /** A small time series for the details panel, if the layer has one. */
  series?(f: LayerFeature, s: RenderState): SeriesPoint[];
  /**
   * The place a feature is (the property holding its code), so a place's profile can gather
   * this layer's series with the other layers' at the same place.
   */
  profile?: { kind: PlaceKind; field: string };
  /**
   * Series this layer sums over a larger place of `kind` (a U.S. state's counties, the firearms
   * bought in it), for that place's profile.
   */
  sums?: {
    kind: PlaceKind;
    series(data: LayerFeature[], code: string, s: RenderState): SummedSeries[];
  };
  table(data: LayerFeature[], s: RenderState): TableRow[];
}
