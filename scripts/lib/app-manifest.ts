// The manifest as the app bundles it: without what only the pipeline and its reports need
// (field descriptions, row accounting), which were a third of its size in every page load.
import type { LayerEntry, Manifest } from './manifest';

export type AppLayerEntry = Omit<LayerEntry, 'fields' | 'accounting'> & {
  fields: Omit<LayerEntry['fields'][number], 'description'>[];
};
export type AppManifest = Omit<Manifest, 'layers'> & { layers: AppLayerEntry[] };

export function forApp(m: Manifest): AppManifest {
  return {
    ...m,
    layers: m.layers.map(({ accounting: _accounting, fields, ...rest }) => ({
      ...rest,
      fields: fields.map(({ description: _description, ...f }) => f),
    })),
  };
}
