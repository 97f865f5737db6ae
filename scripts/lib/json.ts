import { readFile } from 'node:fs/promises';
import type { FeatureCollection } from 'geojson';
import { DataError } from './errors';
import type { Ledger } from './ledger';
import { MAYBE_DIRTY, repairMojibake } from './text';

/**
 * Reads a GeoJSON FeatureCollection, failing with the file named when it is not one. Text
 * properties get the same mojibake repair as CSV cells, counted in `ledger`.
 */
export async function readFeatureCollection(
  path: string,
  name: string,
  ledger?: Ledger,
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
  for (const f of fc.features) {
    const p = f.properties ?? {};
    for (const [k, v] of Object.entries(p)) {
      if (typeof v !== 'string' || !MAYBE_DIRTY.test(v)) continue;
      const fixed = repairMojibake(v);
      if (fixed !== v && ledger) ledger.repaired++;
      p[k] = fixed;
    }
  }
  return fc;
}
