// Runs source modules in order, writes each layer atomically with its rejects report, and
// rewrites the manifest. Kept apart from the CLI so tests can run a build into a temp folder.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeAtomic } from './atomic';
import { MissingRawError } from './errors';
import { toFlatGeobuf } from './fgb';
import type { BuildContext, BuiltLayer, SourceModule } from './layer';
import { type LayerEntry, type Manifest, ManifestSchema } from './manifest';

export interface RunOptions {
  rawDir: string;
  outDir: string;
  modules: SourceModule[];
  /** Rebuild only this layer (its dependencies are built in memory, not written). */
  only?: string;
  progress?: BuildContext['progress'];
}

export interface LayerReport {
  id: string;
  entry: LayerEntry;
  seconds: number;
}

const noProgress: BuildContext['progress'] = () => ({ tick() {}, done() {} });

export function outputFile(layer: BuiltLayer): string {
  if (layer.geometryType === 'basemap') return `${layer.id}.topo.json`;
  if (layer.geometryType === 'table') return `${layer.id}.json`;
  return `${layer.id}.fgb`;
}

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

function serialise(layer: BuiltLayer): Uint8Array | string {
  if (layer.features) {
    if (layer.geometryType === 'table' || layer.geometryType === 'basemap')
      throw new Error(`${layer.id}: features on a non-feature layer`);
    return toFlatGeobuf(layer.features, layer.fields, layer.geometryType);
  }
  return JSON.stringify(layer.json);
}

export interface RunResult {
  reports: LayerReport[];
  /** Optional layers left out because their raw input is absent. */
  skipped: string[];
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
  const ctx: BuildContext = {
    rawDir: opts.rawDir,
    raw: (p) => join(opts.rawDir, p),
    built: new Map(),
    progress: opts.progress ?? noProgress,
  };
  // Build everything first, write after: a failing source leaves every previous output intact.
  const timed: { layer: BuiltLayer; seconds: number }[] = [];
  for (const m of steps) {
    const t0 = performance.now();
    const layer = await m.build(ctx);
    for (const l of layer.ledgers) l.assertBalanced();
    ctx.built.set(layer.id, layer);
    timed.push({ layer, seconds: (performance.now() - t0) / 1000 });
  }
  const reports: LayerReport[] = [];
  for (const { layer, seconds } of timed) {
    if (opts.only && layer.id !== opts.only) continue;
    const file = outputFile(layer);
    const bytes = serialise(layer);
    await writeAtomic(join(opts.outDir, file), bytes);
    const accounting = [];
    for (const l of layer.ledgers) {
      const stem = basename(l.file)
        .replace(/\.(csv|geojson|json|xlsx|txt)(\.gz)?$/, '')
        .replace(/[^\w.-]+/g, '_');
      const report = `reports/${layer.id}.${stem}.rejects.csv`;
      const rows = l.rejects.map((r) => ({ ...r, file: r.file ?? l.file }));
      const csv = stringify(rows, {
        header: true,
        columns: ['file', 'row', 'field', 'value', 'reason'],
      });
      await writeAtomic(join(opts.outDir, report), csv || 'file,row,field,value,reason\n');
      accounting.push({
        file: l.file,
        read: l.read,
        kept: l.kept,
        filtered: l.filtered,
        rejected: l.rejected,
        rejectsReport: report,
      });
    }
    const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    const entry: LayerEntry = {
      id: layer.id,
      title: layer.title,
      file,
      format:
        layer.geometryType === 'basemap'
          ? 'topojson'
          : layer.geometryType === 'table'
            ? 'json'
            : 'flatgeobuf',
      geometryType: layer.geometryType,
      featureCount: layer.features?.length ?? 0,
      fields: layer.fields,
      years: layer.years,
      partialYears: layer.partialYears,
      modeled: layer.modeled ?? false,
      conflicts: layer.conflicts ?? [],
      sources: layer.sources,
      method: layer.method,
      methodEs: layer.methodEs,
      accounting,
      bytes: buf.length,
      sha256: createHash('sha256').update(buf).digest('hex'),
    };
    reports.push({ id: layer.id, entry, seconds });
  }
  await writeManifest(
    opts.outDir,
    opts.modules,
    reports.map((r) => r.entry),
    opts.only ? 'required' : skipped.length > 0 ? 'if-valid' : 'none',
  );
  return { reports, skipped };
}

/** Merges fresh entries into the existing manifest (for --only), in registry order. */
async function writeManifest(
  outDir: string,
  modules: SourceModule[],
  fresh: LayerEntry[],
  keepOld: 'required' | 'if-valid' | 'none',
): Promise<void> {
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
  const manifest: Manifest = {
    name: 'southbound',
    version: 1,
    layers: modules.flatMap((m) => byId.get(m.id) ?? []),
  };
  ManifestSchema.parse(manifest);
  await writeAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
}
