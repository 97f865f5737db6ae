// Is a point where its table says it is? Points are checked against the outline of the country
// they belong to (Natural Earth 1:50m, from the world-atlas package, so no raw file is needed),
// with a tolerance for coastlines and border crossings; a point that is outside but would be
// inside with latitude and longitude exchanged is reported as swapped.
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { packageTopology, topoFeatures } from './topo';

export type Country = 'US' | 'MX';
const NAMES: Record<Country, string[]> = {
  US: ['United States of America', 'Puerto Rico'],
  MX: ['Mexico'],
};
const LABEL: Record<Country, string> = { US: 'the United States', MX: 'Mexico' };

let outlines: Map<Country, Feature<Polygon | MultiPolygon>[]> | null = null;

function outline(c: Country): Feature<Polygon | MultiPolygon>[] {
  if (!outlines) {
    const all = topoFeatures(packageTopology('world-atlas/countries-50m.json'), 'countries');
    outlines = new Map(
      (Object.keys(NAMES) as Country[]).map((k) => [
        k,
        all.filter((f) => NAMES[k].includes(String(f.properties.name))) as Feature<
          Polygon | MultiPolygon
        >[],
      ]),
    );
  }
  return outlines.get(c)!;
}

function within(lon: number, lat: number, countries: Country[], km: number): boolean {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return false;
  const p: [number, number] = [lon, lat];
  return countries.some((c) =>
    outline(c).some(
      (f) =>
        booleanPointInPolygon(p, f) ||
        (km > 0 && pointToPolygonDistance(p, f, { units: 'kilometers' }) <= km),
    ),
  );
}

/**
 * Null when (lon, lat) lies in one of `countries` (or within `km` of it), else why not: swapped
 * coordinates are named as such.
 */
export function placeProblem(
  lon: number,
  lat: number,
  countries: Country[],
  km = 25,
): string | null {
  if (within(lon, lat, countries, km)) return null;
  const where = countries.map((c) => LABEL[c]).join(' or ');
  if (within(lat, lon, countries, km))
    return `(${lon}, ${lat}) is outside ${where}; exchanged, it is inside: latitude and longitude look swapped`;
  return `(${lon}, ${lat}) is outside ${where}`;
}
