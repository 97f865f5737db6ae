import { readFile } from 'node:fs/promises';
import type { FeatureCollection } from 'geojson';
import { DataError } from './errors';

/** Reads a GeoJSON FeatureCollection, failing with the file named when it is not one. */
export async function readFeatureCollection(
  path: string,
  name: string,
): Promise<FeatureCollection> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new DataError(name, `not readable as JSON: ${(e as Error).message}`);
  }
  const fc = data as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataError(name, 'expected a GeoJSON FeatureCollection');
  }
  return fc;
}
