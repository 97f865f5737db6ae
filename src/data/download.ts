// Downloads of a layer as GeoJSON or CSV, made in the browser from the shipped file.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { downloadNote, featureKey } from './incomplete';
import { downloadMeta, layerCitation, licences, partialYears } from './cite';
import { MANIFEST, type LayerEntry } from './manifest';
import { fileUrl } from './files';
import { loadFeatures, loadJson } from './load';

type Downloadable = {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown };
};

/**
 * What qualifies every row of a layer's CSV, in columns a spreadsheet keeps with the row: the
 * partial years, the licence and the citation (a CSV has no place for a header block that every
 * tool reads).
 */
function aboutColumns(entry: LayerEntry): Record<string, string> {
  return {
    partial_years: partialYears(entry),
    licence: licences(entry),
    citation: layerCitation(MANIFEST.release, entry),
  };
}

/**
 * One CSV row per feature: its fields in manifest order, lon/lat for points, then `incomplete`,
 * which names the years whose figures lost source rows (empty when none did), and the partial
 * years, licence and citation of the layer.
 */
export function featuresToCsv(entry: LayerEntry, features: Downloadable[]): string {
  const point = entry.geometryType === 'Point';
  const about = aboutColumns(entry);
  const columns = [
    ...entry.fields.map((f) => f.name),
    ...(point ? ['lon', 'lat'] : []),
    'incomplete',
    ...Object.keys(about),
  ];
  const rows = features.map((f) => {
    const c = point ? (f.geometry.coordinates as number[]) : [];
    return [
      ...entry.fields.map((x) => f.properties[x.name] ?? ''),
      ...(point ? [c[0], c[1]] : []),
      downloadNote(entry, featureKey(entry, f.properties)),
      ...Object.values(about),
    ];
  });
  return '\uFEFF' + stringify(rows, { header: true, columns });
}

/**
 * The features as GeoJSON, each with the same `incomplete` property as the CSV; the collection
 * carries the layer's citation, licence, partial years and losses as `metadata`.
 */
export function featuresToGeoJson(entry: LayerEntry, features: Downloadable[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    metadata: downloadMeta(MANIFEST.release, entry),
    features: features.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        incomplete: downloadNote(entry, featureKey(entry, f.properties)),
      },
    })),
  });
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One flat record: nested objects become "cite.url" columns, lists are joined. */
export function flatten(o: Obj, prefix = ''): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) {
    const key = prefix + k;
    if (isObj(v)) Object.assign(out, flatten(v, `${key}.`));
    else if (Array.isArray(v))
      out[key] = v.every((x) => !isObj(x)) ? v.join('; ') : JSON.stringify(v);
    else out[key] = v;
  }
  return out;
}

/**
 * The rows of a table layer for CSV: every list of records it holds (`rows` of a transcribed
 * table, `national` for displacement; the traces table's `traced` periods, `rows` and `sedena`
 * figures, each row named by its `table`), or, for the areas-of-responsibility table, every unit
 * with its agency. Nothing the table holds as records is left out of its CSV.
 */
export function tableRows(json: unknown): Obj[] {
  const d = isObj(json) ? json : {};
  if (Array.isArray(d.agencies))
    return (d.agencies as Obj[]).flatMap((a) =>
      ((a.units as Obj[]) ?? []).map((u) => flatten({ agency: a.id, ...u })),
    );
  const blocks = Object.entries(d).filter(
    (e): e is [string, Obj[]] => Array.isArray(e[1]) && e[1].length > 0 && e[1].every(isObj),
  );
  return blocks.flatMap(([name, list]) =>
    list.map((r) => (blocks.length > 1 ? { table: name, ...flatten(r) } : flatten(r))),
  );
}

/**
 * CSV text that Excel opens with its accents intact (UTF-8 with a byte-order mark), with a
 * column for every key any row has (rows of different tables have different columns).
 */
export function csvText(rows: Obj[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return '\uFEFF' + (stringify(rows, { header: true, columns }) || `${columns.join(',')}\n`);
}

export { saveFile } from './save-file';
import { saveFile } from './save-file';

const save = (name: string, type: string, body: string) =>
  saveFile(name, new Blob([body], { type }));

/** Features in the order of their key (numbers by value, text alphabetically), if they have one. */
export function byKey<F extends { properties: Record<string, unknown> }>(
  entry: Pick<LayerEntry, 'key'>,
  features: F[],
): F[] {
  const key = entry.key;
  if (!key) return features;
  return [...features].sort((a, b) => {
    const [x, y] = [a.properties[key], b.properties[key]];
    return typeof x === 'number' && typeof y === 'number'
      ? x - y
      : String(x ?? '').localeCompare(String(y ?? ''));
  });
}

/** A layer's download texts: CSV always, and GeoJSON (features) or JSON (tables). */
export async function layerTexts(
  entry: LayerEntry,
): Promise<{ csv: string; json: string; kind: 'geojson' | 'json' }> {
  if (entry.format === 'json') {
    const data = await loadJson<unknown>(fileUrl(entry.file));
    // A table's losses are the whole table's: said on every CSV row and once in the JSON.
    const lost = downloadNote(entry, null);
    const metadata = downloadMeta(MANIFEST.release, entry);
    return {
      csv: csvText(
        tableRows(data).map((r) => ({ ...r, incomplete: lost, ...aboutColumns(entry) })),
      ),
      json: JSON.stringify(
        isObj(data)
          ? { metadata, ...data, incomplete: entry.incomplete }
          : { metadata, data, incomplete: entry.incomplete },
        null,
        2,
      ),
      kind: 'json',
    };
  }
  // Indexed layers are stored in spatial (Hilbert) order; a download reads in key order.
  const features = byKey(entry, await loadFeatures(fileUrl(entry.file)));
  return {
    csv: featuresToCsv(entry, features),
    json: featuresToGeoJson(entry, features),
    kind: 'geojson',
  };
}

export async function download(entry: LayerEntry, format: 'geojson' | 'csv'): Promise<void> {
  const texts = await layerTexts(entry);
  if (format === 'csv') save(`southbound-${entry.id}.csv`, 'text/csv', texts.csv);
  else if (texts.kind === 'json')
    save(`southbound-${entry.id}.json`, 'application/json', texts.json);
  else save(`southbound-${entry.id}.geojson`, 'application/geo+json', texts.json);
}
