// FlatGeobuf write of the largest layer, ours against GDAL's ogr2ogr, both from the same
// GeoJSON file: the pipeline's writer should not be the slow part.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { toFlatGeobuf } from '../lib/fgb';
import type { LayerFeature } from '../lib/layer';
import type { Manifest } from '../lib/manifest';
import { type Stat, times } from './stats';

const ROOT = new URL('../..', import.meta.url).pathname;
const RUNS = 5;

export interface FgbWrite {
  layer: string;
  features: number;
  ours: Stat;
  ogr2ogr: Stat;
  ratio: number;
}

export async function fgbWrite(): Promise<FgbWrite> {
  const manifest: Manifest = JSON.parse(
    await readFile(join(ROOT, 'geodata/manifest.json'), 'utf8'),
  );
  const largest = manifest.layers
    .filter((l) => l.format === 'flatgeobuf')
    .sort((a, b) => b.bytes - a.bytes)[0]!;
  const features: LayerFeature[] = [];
  for await (const f of deserialize(
    new Uint8Array(await readFile(join(ROOT, 'geodata', largest.file))),
  ))
    features.push(f as LayerFeature);
  const dir = await mkdtemp(join(tmpdir(), 'sb-bench-fgb-'));
  const geojson = join(dir, 'in.geojson');
  await writeFile(geojson, JSON.stringify({ type: 'FeatureCollection', features }));
  const ours = await times(RUNS, async () => {
    const t0 = performance.now();
    const fc = JSON.parse(await readFile(geojson, 'utf8'));
    await writeFile(
      join(dir, 'ours.fgb'),
      toFlatGeobuf(fc.features, largest.fields, largest.geometryType as 'MultiPolygon', {
        name: largest.id,
        title: largest.title,
        description: '',
        index: true,
      }),
    );
    return performance.now() - t0;
  });
  let run = 0;
  const gdal = await times(RUNS, () => {
    // A new file each time: GDAL's FlatGeobuf driver cannot overwrite a layer in place.
    const target = join(dir, `gdal-${run++}.fgb`);
    const t0 = performance.now();
    const r = spawnSync('ogr2ogr', ['-f', 'FlatGeobuf', target, geojson]);
    if (r.status !== 0) throw new Error(`ogr2ogr failed: ${r.stderr}`);
    return performance.now() - t0;
  });
  return {
    layer: largest.id,
    features: features.length,
    ours,
    ogr2ogr: gdal,
    ratio: ours.median / gdal.median,
  };
}
