// "Download all data": loads every layer file the app ships, derives its CSV and GeoJSON, and
// saves one zip (bundle.ts). Loaded on demand: readers who never click it never download fflate.
import citationCff from '../../CITATION.cff?raw';
import { bundleRoot, bundleZip } from './bundle';
import { layerTexts, saveFile } from './download';
import { fileUrl } from './files';
import { MANIFEST } from './manifest';

async function bytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function downloadAll(): Promise<void> {
  const published = new Map<string, Uint8Array>();
  const csv = new Map<string, string>();
  const geojson = new Map<string, string>();
  for (const l of MANIFEST.layers) {
    published.set(l.file, await bytes(fileUrl(l.file)));
    if (l.geometryType === 'basemap') continue;
    const texts = await layerTexts(l);
    csv.set(l.id, texts.csv);
    if (texts.kind === 'geojson') geojson.set(l.id, texts.json);
  }
  const datapackage = new TextDecoder().decode(await bytes(fileUrl('datapackage.json')));
  const zip = bundleZip(MANIFEST, { published, csv, geojson, datapackage, citationCff });
  saveFile(`${bundleRoot(MANIFEST)}.zip`, new Blob([zip as BlobPart], { type: 'application/zip' }));
}
