// The manifest as the app bundles it: without what only the pipeline and its reports need
// (field descriptions, row accounting, file hashes, where each raw copy came from), which were
// most of its size in every page load. Each layer's method and source conflicts are read in the
// Sources panel only, so they travel with that panel's code (`layerNotes`), not with every page.
import type { LayerEntry, Manifest } from './manifest';

/** What only the Sources panel shows. */
type Notes = 'method' | 'methodEs' | 'conflicts';

type Source = LayerEntry['sources'][number];
export type AppLayerEntry = Omit<
  LayerEntry,
  'fields' | 'accounting' | 'sha256' | 'bytes' | 'sources' | Notes
> & {
  fields: Omit<LayerEntry['fields'][number], 'description'>[];
  sources: Omit<Source, 'provenance' | 'provenanceFile'>[];
};
export type AppManifest = Omit<Manifest, 'layers'> & { layers: AppLayerEntry[] };
export type LayerNotes = Record<string, Pick<LayerEntry, Notes>>;

export function forApp(m: Manifest): AppManifest {
  return {
    ...m,
    layers: m.layers.map(
      ({
        accounting: _accounting,
        sha256: _sha256,
        bytes: _bytes,
        method: _method,
        methodEs: _methodEs,
        conflicts: _conflicts,
        fields,
        sources,
        ...rest
      }) => ({
        ...rest,
        fields: fields.map(({ description: _description, ...f }) => f),
        sources: sources.map(
          ({ provenance: _provenance, provenanceFile: _provenanceFile, ...source }) => source,
        ),
      }),
    ),
  };
}

/** Each layer's method (both languages) and source conflicts, by layer id. */
export function layerNotes(m: Manifest): LayerNotes {
  return Object.fromEntries(
    m.layers.map((l) => [l.id, { method: l.method, methodEs: l.methodEs, conflicts: l.conflicts }]),
  );
}
