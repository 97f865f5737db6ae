// The pipeline's manifest, bundled with the app (a few KB). File URLs are in files.ts.
import type { AppLayerEntry, AppManifest } from '../../scripts/lib/app-manifest';
import manifestJson from '../../geodata/manifest.json';

export type LayerEntry = AppLayerEntry;
export type Manifest = AppManifest;

/** Slimmed at build time by the plugin in vite.config.ts. */
export const MANIFEST: Manifest = manifestJson as unknown as Manifest;

export function entry(id: string): LayerEntry {
  const e = MANIFEST.layers.find((l) => l.id === id);
  if (!e) throw new Error(`layer ${id} is not in geodata/manifest.json`);
  return e;
}
