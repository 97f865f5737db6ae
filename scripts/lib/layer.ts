import type { Feature, Geometry } from 'geojson';
import type { Check } from './checks';
import type { FieldSpec } from './fields';
import type { Ledger } from './ledger';
import type { Conflict, LayerEntry, Loss, Source } from './manifest';

export type Props = Record<string, string | number | boolean | null>;
export type LayerFeature = Feature<Geometry, Props>;

/** A raw file a source module reads, relative to the raw folder, and where to get it. */
export interface RawInput {
  path: string;
  /**
   * Where the latest copy is (what `data:fetch` downloads: the publisher's download or the
   * source repository's head), or the official page for a manual one. The copy we built from
   * is pinned in the folder's README and the citation.
   */
  url: string;
  /** Columns (CSV) or property (GeoJSON) that identify a row: `data:fetch` diffs by them. */
  key?: readonly string[];
  /** True when `url` is a page a person must download from (no stable file URL). */
  manual?: boolean;
  /** Human hint printed when the file is missing. */
  getFrom: string;
}

/** What a source module hands back; the runner writes it, checks it and records it. */
export interface BuiltLayer {
  id: string;
  title: string;
  /** The title in Spanish, for layers the explorer does not list (the app has the others'). */
  titleEs?: string;
  geometryType: LayerEntry['geometryType'];
  /** Feature layers. */
  features?: LayerFeature[];
  /** Table layers (written as JSON) and the basemap (TopoJSON). */
  json?: unknown;
  fields: FieldSpec[];
  /**
   * The field that identifies a feature (INEGI code, FIPS, port code): how the manifest names the
   * feature whose figures are incomplete, and how plausibility failures are reported.
   */
  key?: string;
  years: number[];
  partialYears: { year: number; note: string; noteEs: string }[];
  modeled?: boolean;
  /** Transcribed figures that two sources give differently (recorded in the manifest). */
  conflicts?: Conflict[];
  sources: Source[];
  method: string[];
  /** The method notes in Spanish, one for each English note (the app shows the reader's language). */
  methodEs: string[];
  ledgers: Ledger[];
  /** Plausibility checks the runner applies before writing (see checks.ts). */
  checks?: Check[];
  /**
   * Layers whose features this one counts (corridors count the guns): rows they lost are rows
   * this layer lost too, and its manifest entry says so.
   */
  derivedFrom?: string[];
  /**
   * Losses that happened before the data reached us and that the module can measure (county
   * counts below the state totals of the same list): published like rejected rows.
   */
  upstreamLosses?: Loss[];
  /** Further reports the layer publishes in reports/ as `<layer id>.<name>.csv` (dealer matches). */
  reports?: { name: string; csv: string }[];
}

export interface BuildContext {
  rawDir: string;
  /** Absolute path of a raw input. */
  raw(path: string): string;
  /** Layers built earlier in this run (modules that depend on others read them here). */
  built: Map<string, BuiltLayer>;
  progress(label: string, total: number): { tick(n?: number): void; done(): void };
}

export interface SourceModule {
  id: string;
  /** Optional modules are skipped, with a note, when their raw input is absent. */
  optional?: boolean;
  inputs: RawInput[];
  /** Ids of layers this one reads from `ctx.built`; they are built first. */
  dependsOn?: string[];
  build(ctx: BuildContext): Promise<BuiltLayer>;
}

/**
 * The features of a layer built earlier in this run. A module lists the layers it reads in
 * `dependsOn`, so they are always built first; a missing one is a bug in that list.
 */
export function builtFeatures(ctx: BuildContext, id: string): LayerFeature[] {
  const features = ctx.built.get(id)?.features;
  if (!features)
    throw new Error(`layer ${id} was not built before a layer that reads it (dependsOn)`);
  return features;
}
