// The places "who covers here" reads from the offline basemap (the same file the map draws):
// U.S. and Mexican state outlines (`code`, `name`) and the labelled cities, to search by name.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Point } from 'geojson';
import basemapUrl from '../../geodata/basemap.topo.json?url';
import type { LayerFeature } from '../data/load';
import { loadJson } from '../data/load';

export interface City {
  name: string;
  country: string;
  at: [number, number];
}

export interface Places {
  usStates: LayerFeature[];
  mxStates: LayerFeature[];
  cities: City[];
}

let cached: Promise<Places> | null = null;

export function loadPlaces(): Promise<Places> {
  cached ??= loadJson<Topology>(basemapUrl).then((topo) => {
    const o = topo.objects as Record<string, GeometryCollection>;
    const fc = (name: string) =>
      (feature(topo, o[name]!) as FeatureCollection).features as LayerFeature[];
    const labels = (feature(topo, o.labels!) as FeatureCollection<Point>).features;
    return {
      usStates: fc('us_states'),
      mxStates: fc('mx_states'),
      cities: labels
        .filter((f) => f.properties?.kind === 'city')
        .map((f) => ({
          name: String(f.properties!.name),
          country: String(f.properties!.country),
          at: f.geometry.coordinates as [number, number],
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
  return cached;
}
