// Downloads of a layer as GeoJSON or CSV, made in the browser from the shipped file.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { LayerEntry } from './manifest';
import { fileUrl } from './manifest';
import { loadFeatures, loadJson } from './load';

/** One CSV row per feature: its fields in manifest order, then lon/lat for points. */
export function featuresToCsv(
  entry: LayerEntry,
  features: {
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates?: unknown };
  }[],
): string {
  const point = entry.geometryType === 'Point';
  const columns = [...entry.fields.map((f) => f.name), ...(point ? ['lon', 'lat'] : [])];
  const rows = features.map((f) => {
    const c = point ? (f.geometry.coordinates as number[]) : [];
    return [...entry.fields.map((x) => f.properties[x.name] ?? ''), ...(point ? [c[0], c[1]] : [])];
  });
  return stringify(rows, { header: true, columns });
}

function save(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function download(entry: LayerEntry, format: 'geojson' | 'csv'): Promise<void> {
  if (entry.format === 'json') {
    const data = await loadJson<{ national: Record<string, unknown>[] }>(fileUrl(entry.file));
    if (format === 'csv')
      save(`southbound-${entry.id}.csv`, 'text/csv', stringify(data.national, { header: true }));
    else save(`southbound-${entry.id}.json`, 'application/json', JSON.stringify(data, null, 2));
    return;
  }
  const features = await loadFeatures(fileUrl(entry.file));
  if (format === 'csv')
    save(`southbound-${entry.id}.csv`, 'text/csv', featuresToCsv(entry, features));
  else
    save(
      `southbound-${entry.id}.geojson`,
      'application/geo+json',
      JSON.stringify({ type: 'FeatureCollection', features }),
    );
}
