// What one built layer publishes: its data file, a rejects report per input file, and its
// manifest entry (with the row accounting and the losses that flag incomplete numbers).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { INDEX_FROM, toFlatGeobuf } from './fgb';
import type { BuiltLayer } from './layer';
import { lossesOf } from './losses';
import type { LayerEntry } from './manifest';
import type { Output } from './publish';

export function outputFile(layer: BuiltLayer): string {
  if (layer.geometryType === 'basemap') return `${layer.id}.topo.json`;
  if (layer.geometryType === 'table') return `${layer.id}.json`;
  return `${layer.id}.fgb`;
}

function serialise(layer: BuiltLayer): Uint8Array | string {
  if (layer.features) {
    if (layer.geometryType === 'table' || layer.geometryType === 'basemap')
      throw new Error(`${layer.id}: features on a non-feature layer`);
    return toFlatGeobuf(layer.features, layer.fields, layer.geometryType, {
      name: layer.id,
      title: layer.title,
      description: layer.method.join(' '),
      index: layer.features.length >= INDEX_FROM,
    });
  }
  return JSON.stringify(layer.json);
}

const reportName = (layerId: string, file: string) =>
  `reports/${layerId}.${basename(file)
    .replace(/\.(csv|geojson|json|xlsx|txt)(\.gz)?$/, '')
    .replace(/[^\w.-]+/g, '_')}.rejects.csv`;

function rejectsCsv(layer: BuiltLayer, l: BuiltLayer['ledgers'][number]): string {
  const rows = l.rejects.map((r) => ({
    file: r.file ?? l.file,
    row: r.row,
    field: r.field,
    value: r.value,
    reason: r.reason,
    affects: r.lossless
      ? 'nothing (exact copy)'
      : r.cell?.feature
        ? `${layer.key ?? 'feature'} ${r.cell.feature}${r.cell.year === null ? '' : `, ${r.cell.year}`}`
        : r.cell?.year
          ? `the layer's ${r.cell.year} figures`
          : 'the whole layer',
  }));
  return (
    stringify(rows, {
      header: true,
      columns: ['file', 'row', 'field', 'value', 'reason', 'affects'],
    }) || 'file,row,field,value,reason,affects\n'
  );
}

/** The manifest entry of a built layer, and the files it publishes. */
export function publishLayer(
  layer: BuiltLayer,
  built: Map<string, BuiltLayer>,
): { entry: LayerEntry; outputs: Output[] } {
  const file = outputFile(layer);
  const data = serialise(layer);
  const outputs: Output[] = [{ path: file, data }];
  const accounting = layer.ledgers.map((l) => {
    const report = reportName(layer.id, l.file);
    outputs.push({ path: report, data: rejectsCsv(layer, l) });
    return {
      file: l.file,
      read: l.read,
      kept: l.kept,
      filtered: l.filtered,
      rejected: l.rejected,
      duplicates: l.rejects.length - l.losses.length,
      repaired: l.repaired,
      rejectsReport: report,
    };
  });
  for (const r of layer.reports ?? [])
    outputs.push({ path: `reports/${layer.id}.${r.name}.csv`, data: r.csv });
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  const entry: LayerEntry = {
    id: layer.id,
    title: layer.title,
    ...(layer.titleEs ? { titleEs: layer.titleEs } : {}),
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
    key: layer.key ?? null,
    years: layer.years,
    partialYears: layer.partialYears,
    modeled: layer.modeled ?? false,
    conflicts: layer.conflicts ?? [],
    sources: layer.sources,
    method: layer.method,
    methodEs: layer.methodEs,
    accounting,
    incomplete: lossesOf(layer, built),
    bytes: buf.length,
    sha256: createHash('sha256').update(buf).digest('hex'),
  };
  return { entry, outputs };
}
