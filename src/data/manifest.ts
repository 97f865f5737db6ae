// The pipeline's manifest, bundled with the app (a few KB), and the URLs of the layer files.
// Layer files are emitted by Vite with hashed names, so a new build never serves stale data.
import type { LayerEntry, Manifest } from '../../scripts/lib/manifest';
import manifestJson from '../../geodata/manifest.json';

export type { LayerEntry, Manifest };

export const MANIFEST: Manifest = manifestJson as Manifest;

const FILES = import.meta.glob<string>(
  ['../../geodata/*.fgb', '../../geodata/*.json', '!../../geodata/manifest.json'],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

export function entry(id: string): LayerEntry {
  const e = MANIFEST.layers.find((l) => l.id === id);
  if (!e) throw new Error(`layer ${id} is not in geodata/manifest.json`);
  return e;
}

/** URL of a built file (as listed in the manifest). */
export function fileUrl(file: string): string {
  const url = FILES[`../../geodata/${file}`];
  if (!url) throw new Error(`geodata/${file} is not bundled with the app`);
  return url;
}
