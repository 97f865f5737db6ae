// The pipeline's manifest, bundled with the app (a few KB). File URLs are in files.ts.
import type { LayerEntry, Manifest } from '../../scripts/lib/manifest';
import manifestJson from '../../geodata/manifest.json';

export type { LayerEntry, Manifest };

export const MANIFEST: Manifest = manifestJson as Manifest;

export function entry(id: string): LayerEntry {
  const e = MANIFEST.layers.find((l) => l.id === id);
  if (!e) throw new Error(`layer ${id} is not in geodata/manifest.json`);
  return e;
}
