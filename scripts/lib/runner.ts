// Runs source modules in order, checks what they built, and publishes every layer with its
// rejects report and the manifest as one set. Kept apart from the CLI so tests can run a build
// into a temp folder.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { type Catalog, verifyInputs } from './catalog';
import { assertPlausible } from './checks';
import { DataError, MissingRawError } from './errors';
import { publishLayer } from './layer-output';
import type { BuildContext, BuiltLayer, SourceModule } from './layer';
import { checkTable, isTableId } from './tables';
import { type LayerEntry, type Manifest, ManifestSchema } from './manifest';
import { type Output, publish } from './publish';
import { repairPolygons } from './valid';
import { dataPackage } from './datapackage';
import { readRelease } from './release';

export interface RunOptions {
  rawDir: string;
  outDir: string;
  modules: SourceModule[];
  /** Rebuild only this layer (its dependencies are built in memory, not written). */
  only?: string;
  progress?: BuildContext['progress'];
  /**
   * The recorded sha256 and rows of the raw files: every input is checked against it before
   * anything is read. Tests on fixture folders leave it out.
   */
  catalog?: Catalog;
  /** Told when the swap into the output folder starts and ends (signal handling). */
  swapping?(on: boolean): void;
}

export interface LayerReport {
  id: string;
  entry: LayerEntry;
  seconds: number;
}

const noProgress: BuildContext['progress'] = () => ({ tick() {}, done() {} });

/** Module ids to build, dependencies first, in registry order. */
export function plan(modules: SourceModule[], only?: string): SourceModule[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  if (only && !byId.has(only)) {
    throw new Error(
      `--only ${only}: no such layer (layers: ${modules.map((m) => m.id).join(', ')})`,
    );
  }
  const wanted = new Set<string>();
  const visit = (id: string) => {
    if (wanted.has(id)) return;
    const m = byId.get(id);
    if (!m) throw new Error(`layer ${id} depends on unknown layer`);
    m.dependsOn?.forEach(visit);
    wanted.add(id);
  };
  (only ? [only] : modules.map((m) => m.id)).forEach(visit);
  return modules.filter((m) => wanted.has(m.id));
}

export function missingInputs(rawDir: string, modules: SourceModule[]) {
  const seen = new Set<string>();
  return modules
    .flatMap((m) => m.inputs)
    .filter((i) => !seen.has(i.path) && seen.add(i.path) && !existsSync(join(rawDir, i.path)))
    .map((i) => ({ path: join(rawDir, i.path), getFrom: `${i.url} (${i.getFrom})` }));
}

export interface RunResult {
  reports: LayerReport[];
  /** Optional layers left out because their raw input is absent. */
  skipped: string[];
}

/** Re-reads every staged layer: its sha256 and feature count must be what the manifest says. */
async function verifyStaged(staging: string, entries: LayerEntry[]): Promise<void> {
  for (const e of entries) {
    const buf = await readFile(join(staging, e.file));
    const sum = createHash('sha256').update(buf).digest('hex');
    if (sum !== e.sha256)
      throw new DataError(`staged ${e.file}`, `sha256 ${sum} ≠ manifest ${e.sha256}`);
    if (e.format === 'flatgeobuf') {
      let n = 0;
      for await (const f of deserialize(new Uint8Array(buf))) if (f) n++;
      if (n !== e.featureCount)
        throw new DataError(`staged ${e.file}`, `${n} features, manifest says ${e.featureCount}`);
    } else JSON.parse(buf.toString('utf8'));
  }
  ManifestSchema.parse(JSON.parse(await readFile(join(staging, 'manifest.json'), 'utf8')));
}

/** A table layer's JSON has the shape the app reads (scripts/lib/tables.ts), or nothing is written. */
function assertTableShape(layer: BuiltLayer): void {
  if (!isTableId(layer.id))
    throw new DataError(
      `layer ${layer.id}`,
      'a table layer needs its shape in scripts/lib/tables.ts',
    );
  try {
    checkTable(layer.id, layer.json);
  } catch (e) {
    throw new DataError(`layer ${layer.id}`, `not the declared shape: ${(e as Error).message}`);
  }
}

/**
 * Makes a polygon layer's outlines valid for GIS tools and says so in its method notes (the
 * repair moves no boundary by more than the 4-decimal grid, but a reader should know it happened).
 */
function repairOutlines(layer: BuiltLayer): void {
  if (layer.geometryType !== 'MultiPolygon') return;
  const features = layer.features as Parameters<typeof repairPolygons>[1];
  const { repaired: n, noArea } = repairPolygons(layer.id, features, layer.key);
  if (n > 0) {
    layer.method.push(
      `${n} of ${features.length} outlines were invalid after simplification (a ring crossing itself or collapsed to a line) and were repaired: crossings resolved by the non-zero rule, collapsed rings dropped, vertices kept on the 4-decimal grid.`,
    );
    layer.methodEs.push(
      `${n} de ${features.length} contornos quedaron inválidos tras la simplificación (un anillo que se cruza a sí mismo o reducido a una línea) y se repararon: cruces resueltos con la regla de no cero, anillos colapsados eliminados, vértices en la malla de 4 decimales.`,
    );
  }
  if (noArea.length > 0) {
    layer.method.push(
      `No area in the source outlines, so not drawn (their figures stay in the table): ${noArea.join(', ')}.`,
    );
    layer.methodEs.push(
      `Sin área en los contornos de origen, por lo que no se dibujan (sus cifras siguen en la tabla): ${noArea.join(', ')}.`,
    );
  }
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const planned = plan(opts.modules, opts.only);
  const skipped = planned
    .filter((m) => m.optional && missingInputs(opts.rawDir, [m]).length > 0)
    .map((m) => m.id);
  const steps = planned.filter((m) => !skipped.includes(m.id));
  if (opts.only && skipped.includes(opts.only)) {
    throw new MissingRawError(
      missingInputs(
        opts.rawDir,
        planned.filter((m) => m.id === opts.only),
      ),
    );
  }
  const missing = missingInputs(opts.rawDir, steps);
  if (missing.length) throw new MissingRawError(missing);
  if (opts.catalog) {
    const files = [...new Set(steps.flatMap((m) => m.inputs.map((i) => i.path)))];
    await verifyInputs(opts.rawDir, files, opts.catalog);
  }
  const ctx: BuildContext = {
    rawDir: opts.rawDir,
    raw: (p) => join(opts.rawDir, p),
    built: new Map(),
    progress: opts.progress ?? noProgress,
  };
  // Build and check everything first, publish after: a failing source writes nothing.
  const timed: { layer: BuiltLayer; seconds: number }[] = [];
  for (const m of steps) {
    const t0 = performance.now();
    const layer = await m.build(ctx);
    for (const l of layer.ledgers) l.assertBalanced();
    repairOutlines(layer);
    assertPlausible(layer);
    if (layer.geometryType === 'table') assertTableShape(layer);
    ctx.built.set(layer.id, layer);
    timed.push({ layer, seconds: (performance.now() - t0) / 1000 });
  }
  const reports: LayerReport[] = [];
  const outputs: Output[] = [];
  for (const { layer, seconds } of timed) {
    if (opts.only && layer.id !== opts.only) continue;
    const published = publishLayer(layer, ctx.built);
    outputs.push(...published.outputs);
    reports.push({ id: layer.id, entry: published.entry, seconds });
  }
  const manifest = await mergeManifest(
    opts.outDir,
    opts.modules,
    reports.map((r) => r.entry),
    opts.only ? 'required' : skipped.length > 0 ? 'if-valid' : 'none',
  );
  outputs.push({ path: 'manifest.json', data: JSON.stringify(manifest, null, 2) + '\n' });
  outputs.push({
    path: 'datapackage.json',
    data: JSON.stringify(dataPackage(manifest, readRelease()), null, 2) + '\n',
  });
  // A full build replaces the whole reports folder: reports of rows no longer rejected go.
  const stale = opts.only ? [] : await existingReports(opts.outDir);
  await publish(opts.outDir, outputs, {
    remove: stale,
    verify: (staging) =>
      verifyStaged(
        staging,
        reports.map((r) => r.entry),
      ),
    swapping: opts.swapping,
  });
  return { reports, skipped };
}

async function existingReports(outDir: string): Promise<string[]> {
  const dir = join(outDir, 'reports');
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).filter((f) => f.endsWith('.csv')).map((f) => `reports/${f}`);
}

/** Merges fresh entries into the existing manifest (for --only), in registry order. */
async function mergeManifest(
  outDir: string,
  modules: SourceModule[],
  fresh: LayerEntry[],
  keepOld: 'required' | 'if-valid' | 'none',
): Promise<Manifest> {
  const path = join(outDir, 'manifest.json');
  let old: LayerEntry[] = [];
  // --only keeps the other layers' entries, so the manifest it merges into must be valid. A full
  // build that skipped an optional layer keeps that layer's old entry only if it still validates.
  if (keepOld !== 'none' && existsSync(path)) {
    const parsed = ManifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) old = parsed.data.layers;
    else if (keepOld === 'required') {
      throw new Error(
        `${path} is not a valid manifest (${parsed.error.message}); run a full build without --only`,
      );
    }
  }
  const byId = new Map([...old, ...fresh].map((e) => [e.id, e]));
  const release = readRelease();
  const manifest: Manifest = {
    name: 'southbound',
    version: 1,
    release,
    layers: modules.flatMap((m) => byId.get(m.id) ?? []),
  };
  return ManifestSchema.parse(manifest);
}
