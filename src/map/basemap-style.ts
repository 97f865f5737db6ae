// The offline default basemap: a MapLibre style built in the browser from the pipeline's
// basemap TopoJSON, with no tiles, sprites or glyphs to fetch. The labels come back as a list:
// labels.ts places them and adds them as symbol layers in a font shipped with the app.
import type { StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';

/** Colours of the basemap; quiet so data layers read above it. */
export const BASEMAP_COLORS = {
  sea: '#c9dbe6',
  land: '#f4f2ec',
  focusLand: '#fbfaf6',
  countryBorder: '#6b6b6b',
  stateBorder: '#a8a39a',
  coast: '#8fa9b8',
} as const;

/** ISO 3166 numeric codes of the two countries the map is about (drawn a shade lighter). */
const FOCUS = ['840', '484'];

export interface BasemapLabel {
  name: string;
  /** The Spanish name where it differs in use (U.S. states: Nuevo México). */
  name_es?: string;
  kind: 'us-state' | 'mx-state' | 'city';
  rank: number;
  country: 'US' | 'MX';
  position: [number, number];
}

export interface Basemap {
  style: StyleSpecification;
  labels: BasemapLabel[];
}

type BasemapTopology = Topology<{
  countries: GeometryCollection<{ name: string; code: string }>;
  us_states: GeometryCollection<{ name: string; code: string }>;
  mx_states: GeometryCollection<{ name: string; code: string }>;
  labels: GeometryCollection<Omit<BasemapLabel, 'position'>>;
}>;

function isBasemapTopology(t: unknown): t is BasemapTopology {
  const o = (t as Topology | null)?.objects;
  return !!o && ['countries', 'us_states', 'mx_states', 'labels'].every((k) => k in o);
}

/** Builds the style and label list; throws with a clear message if the file is not our basemap. */
export function buildBasemap(topo: unknown): Basemap {
  if (!isBasemapTopology(topo)) {
    throw new Error(
      'basemap.topo.json is not a Southbound basemap (expected countries, us_states, mx_states, labels)',
    );
  }
  const o = topo.objects;
  const countries = feature(topo, o.countries);
  const inner = (a: unknown, b: unknown) => a !== b;
  const style: StyleSpecification = {
    version: 8,
    name: 'Southbound offline',
    sources: {
      countries: { type: 'geojson', data: countries },
      'country-borders': { type: 'geojson', data: mesh(topo, o.countries, inner) },
      'us-state-borders': { type: 'geojson', data: mesh(topo, o.us_states, inner) },
      'mx-state-borders': { type: 'geojson', data: mesh(topo, o.mx_states, inner) },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': [
            'case',
            ['in', ['get', 'code'], ['literal', FOCUS]],
            BASEMAP_COLORS.focusLand,
            BASEMAP_COLORS.land,
          ],
          'fill-outline-color': BASEMAP_COLORS.coast,
        },
      },
      {
        id: 'us-state-borders',
        type: 'line',
        source: 'us-state-borders',
        paint: { 'line-color': BASEMAP_COLORS.stateBorder, 'line-width': 0.8 },
      },
      {
        id: 'mx-state-borders',
        type: 'line',
        source: 'mx-state-borders',
        paint: { 'line-color': BASEMAP_COLORS.stateBorder, 'line-width': 0.8 },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'country-borders',
        paint: { 'line-color': BASEMAP_COLORS.countryBorder, 'line-width': 1.6 },
      },
    ],
  };
  const labelFc = feature(topo, o.labels) as FeatureCollection<
    Point,
    Omit<BasemapLabel, 'position'>
  >;
  const labels = labelFc.features.map((f: Feature<Point, Omit<BasemapLabel, 'position'>>) => ({
    ...f.properties,
    position: f.geometry.coordinates as [number, number],
  }));
  return { style, labels };
}
