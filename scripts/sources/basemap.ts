// basemap: the offline default basemap as one TopoJSON — countries of the region (land and
// national borders), U.S. states, Mexican states, and label points for states and border cities.
// Built here rather than loaded from the npm packages at run time so the app ships only the part
// of the world it shows, simplified and quantised once.

import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point } from 'geojson';
import { centerOfMass, booleanPointInPolygon, pointOnFeature, area, bbox } from '@turf/turf';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import type {
  Objects,
  Topology,
  GeometryCollection as TopoCollection,
} from 'topojson-specification';
import { CITATIONS } from '../reference/citations';
import { placeProblem } from '../lib/countries';
import { readReference } from '../lib/table';
import { DataError } from '../lib/errors';
import { loadMunicipios, MUN_INPUTS, zipCentroid } from '../lib/gazetteer';
import {
  basemapWeight,
  FAR_NORTH,
  NORTH_DISCOUNT,
  WINDOW,
  westernParts,
} from '../lib/basemap-shape';
import { roundTo, toMultiPolygon } from '../lib/geo';
import { builtFeatures, type BuiltLayer, type SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { US_STATES_FILE, usStates as usStateTable } from '../lib/us-states';

const require = createRequire(import.meta.url);
const CITIES = new URL('../reference/border-cities.csv', import.meta.url).pathname;

/** What the basemap keeps of the world: North and Central America and the Caribbean. */
const REGION: [number, number, number, number] = [-140, 0, -50, 60];
/** Of the 50 states and DC; us-atlas also has the territories (FIPS ≥ 60), which we leave out. */
const isStateFips = (id: string) => Number(id) <= 56;

type Polygonal = Feature<MultiPolygon, { name: string; code: string }>;

function loadTopo(path: string): Topology {
  return require(path) as Topology;
}

function collection(topo: Topology, name: string): Feature<Geometry, Record<string, unknown>>[] {
  const fc = feature(topo, topo.objects[name] as TopoCollection) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
  return fc.features;
}

/** A label point inside the largest part of the polygon (Baja California, Michigan…). */
function labelPoint(f: Polygonal): [number, number] {
  const parts = f.geometry.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c }));
  const largest = parts.reduce((a, b) => (area(b) > area(a) ? b : a));
  const c = centerOfMass(largest).geometry.coordinates as [number, number];
  const p = booleanPointInPolygon(c, largest)
    ? c
    : (pointOnFeature(largest).geometry.coordinates as [number, number]);
  return [roundTo(p[0], 3), roundTo(p[1], 3)];
}

/** Larger states are labelled first: rank 1 above 60,000 km², 2 above 20,000 km², else 3. */
function stateRank(f: Polygonal): number {
  const km2 = area(f) / 1e6;
  return km2 > 60_000 ? 1 : km2 > 20_000 ? 2 : 3;
}

const intersectsRegion = (g: Geometry) => {
  const [x0, y0, x1, y1] = bbox(g);
  return x1 >= REGION[0] && x0 <= REGION[2] && y1 >= REGION[1] && y0 <= REGION[3];
};

export const basemap: SourceModule = {
  id: 'basemap',
  dependsOn: ['mx-states'],
  inputs: MUN_INPUTS,
  async build(ctx): Promise<BuiltLayer> {
    const countries = collection(loadTopo('world-atlas/countries-50m.json'), 'countries')
      .filter(
        (f) =>
          f.geometry &&
          (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
          intersectsRegion(f.geometry),
      )
      .flatMap((f): Polygonal[] => {
        const geometry = westernParts(toMultiPolygon(f.geometry));
        return geometry
          ? [
              {
                type: 'Feature',
                geometry,
                properties: { name: String(f.properties.name), code: String(f.id) },
              },
            ]
          : [];
      })
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
    const usStates = collection(loadTopo('us-atlas/states-10m.json'), 'states')
      .filter((f) => isStateFips(String(f.id)))
      .map((f): Polygonal => ({
        type: 'Feature',
        geometry: toMultiPolygon(f.geometry),
        properties: { name: String(f.properties.name), code: String(f.id) },
      }))
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code));
    const mxStates = builtFeatures(ctx, 'mx-states').map((f): Polygonal => ({
      type: 'Feature',
      geometry: f.geometry as MultiPolygon,
      properties: { name: String(f.properties.name), code: String(f.properties.cve_ent) },
    }));

    // Label points: every state of both countries, and the border cities of our reference list.
    const labels: Feature<Point, Record<string, string | number>>[] = [];
    // A U.S. state's label carries its Spanish name too (Nuevo México): the Spanish map shows it.
    const spanish = new Map([...usStateTable().values()].map((s) => [s.fips, s.nameEs]));
    for (const [kind, states] of [
      ['us-state', usStates],
      ['mx-state', mxStates],
    ] as const) {
      for (const s of states) {
        const es = kind === 'us-state' ? spanish.get(s.properties.code) : undefined;
        if (kind === 'us-state' && !es)
          throw new DataError(US_STATES_FILE, `no Spanish name for FIPS ${s.properties.code}`);
        labels.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: labelPoint(s) },
          properties: {
            name: s.properties.name,
            ...(es ? { name_es: es } : {}),
            kind,
            rank: stateRank(s),
            country: kind === 'us-state' ? 'US' : 'MX',
          },
        });
      }
    }
    const cityFile = 'scripts/reference/border-cities.csv';
    const cities = await readReference(CITIES, {
      name: cityFile,
      required: ['name', 'country', 'gazetteer', 'code', 'rank'],
      key: ['name', 'country'],
    });
    const municipios = await loadMunicipios(ctx.raw);
    const ledger = new Ledger(cityFile);
    for (const r of cities) {
      const v = r.values;
      const place = v.gazetteer === 'zip' ? zipCentroid(v.code) : municipios.get(v.code);
      if (!place)
        throw new DataError(
          cityFile,
          `cannot locate ${v.name} by ${v.gazetteer} ${v.code}`,
          r.line,
          'code',
        );
      const where = placeProblem(place.lon, place.lat, [v.country === 'MX' ? 'MX' : 'US']);
      if (where) throw new DataError(cityFile, `${v.name}: ${where}`, r.line, 'code');
      ledger.keep();
      labels.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [roundTo(place.lon, 3), roundTo(place.lat, 3)] },
        properties: { name: v.name, kind: 'city', rank: Number(v.rank), country: v.country },
      });
    }
    ledger.assertBalanced(cities.length);

    const fc = <T extends Feature>(features: T[]) => ({
      type: 'FeatureCollection' as const,
      features,
    });
    // @types/topojson-server types properties as nullable, which topojson-simplify's types refuse;
    // every feature here has properties.
    let topo = topology({
      countries: fc(countries),
      us_states: fc(usStates),
      mx_states: fc(mxStates),
      labels: fc(labels),
    }) as Topology<Objects>;
    // Keep the vertices as significant as the 40 % most significant ones (the rest is invisible at
    // the basemap's zooms), discounting the far north (see basemapWeight), then quantise: integer,
    // delta-encoded arcs are what make TopoJSON small.
    const threshold = quantile(presimplify(topo), 0.6);
    topo = simplify(presimplify(topo, basemapWeight), threshold);
    topo = quantize(topo, 1e5);
    return {
      id: 'basemap',
      title: 'Offline basemap',
      titleEs: 'Mapa base sin conexión',
      geometryType: 'basemap',
      json: topo,
      fields: [
        {
          name: 'name',
          type: 'string',
          description: 'Country, state or city name (labels and polygons)',
        },
        {
          name: 'code',
          type: 'string',
          description:
            'ISO 3166 numeric (countries), Census FIPS (U.S. states), INEGI CVE_ENT (Mexican states)',
        },
        {
          name: 'name_es',
          type: 'string',
          description: 'Spanish name of a U.S. state label (scripts/reference/us-states.csv)',
        },
        { name: 'kind', type: 'string', description: 'Label kind: us-state, mx-state or city' },
        { name: 'rank', type: 'int', description: 'Label importance, 1 = shown first' },
        { name: 'country', type: 'string', description: 'Country of a label: US or MX' },
      ],
      years: [],
      partialYears: [],
      sources: [
        CITATIONS.worldAtlas,
        CITATIONS.usAtlas,
        CITATIONS.inegiStates,
        CITATIONS.inegiMunicipios,
        CITATIONS.usZips,
      ],
      method: [
        `Countries intersecting lon ${REGION[0]}…${REGION[2]}, lat ${REGION[1]}…${REGION[3]} from world-atlas countries-50m, each kept only for its parts within lon ${WINDOW[0]}…${WINDOW[2]}, lat ${WINDOW[1]}…${WINDOW[3]} and without rings that wrap round the antimeridian; U.S. states (50 + DC) from us-atlas states-10m; Mexican states from the mx-states layer.`,
        `One TopoJSON topology quantised to 1e5 and simplified (topojson-simplify, Visvalingam) to the vertices as significant as the 40 % most significant ones, with significance divided by ${NORTH_DISCOUNT} north of ${FAR_NORTH}° N, where the map is context only.`,
        'State labels at the centre of mass of each state’s largest part, U.S. states with their Spanish name too (scripts/reference/us-states.csv); city labels at ZIP centroids (U.S.) or municipio centroids (Mexico) from scripts/reference/border-cities.csv.',
      ],
      methodEs: [
        'Países del norte y centro de América (world-atlas countries-50m), solo con sus partes en el hemisferio occidental y sin anillos que den la vuelta por el antimeridiano; estados de EE. UU. (50 + DC) de us-atlas states-10m; estados de México de la capa mx-states.',
        `Una sola topología TopoJSON cuantizada a 1e5 y simplificada (topojson-simplify, Visvalingam) a los vértices tan significativos como el 40 % más significativo, con la significancia dividida entre ${NORTH_DISCOUNT} al norte de ${FAR_NORTH}° N, donde el mapa solo da contexto.`,
        'Nombres de estados en el centro de masa de su parte mayor, los de EE. UU. también en español (scripts/reference/us-states.csv); ciudades en el centroide de su código postal (EE. UU.) o de su municipio (México), según scripts/reference/border-cities.csv.',
      ],
      ledgers: [ledger],
    };
  },
};
