// "Download all data": one zip with every layer as published (the files datapackage.json
// describes), the same layers as CSV and GeoJSON, the data package, CITATION.cff and a README
// that says what each file is, its licence, partial years and lost rows.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { citeBibtex, citeText, licences, partialYears } from './cite';
import type { LayerEntry, Manifest } from './manifest';

export interface BundleParts {
  /** Each layer's published file, by its manifest `file` name. */
  published: Map<string, Uint8Array>;
  /** CSV text per layer id (every layer and table). */
  csv: Map<string, string>;
  /** GeoJSON text per feature layer id. */
  geojson: Map<string, string>;
  datapackage: string;
  citationCff: string;
}

/** The folder the zip unpacks into: names the release, so two releases never mix. */
export const bundleRoot = (m: Manifest) => `southbound-data-${m.release.version}`;

/** The README of the zip, in English like the data's field names. */
export function readmeText(m: Manifest): string {
  const r = m.release;
  const lost = (l: LayerEntry) => l.incomplete.reduce((n, x) => n + x.rows, 0);
  const lines = [
    `Southbound data, version ${r.version}, released ${r.date}`,
    '',
    'How to cite this release:',
    `  ${citeText(r)}`,
    '',
    citeBibtex(r),
    '',
    'Cite also the original source of each layer you use: their licences differ, and some',
    'forbid commercial reuse (see each layer below, and datapackage.json).',
    '',
    'Files:',
    '  README.txt         this file',
    '  CITATION.cff       the citation of this release',
    '  datapackage.json   a Frictionless Data Package: every layer file below with its fields,',
    '                     types, units, licences, sources, partial years and lost rows',
    '  csv/<layer>.csv    each layer as CSV (UTF-8 with BOM), with columns incomplete,',
    '                     partial_years, licence and citation on every row',
    '  geojson/<layer>.geojson  each map layer as GeoJSON, its citation in "metadata"',
    '',
    'Layers:',
  ];
  for (const l of m.layers) {
    lines.push(`  ${l.file}  (${l.id}) ${l.title}`);
    lines.push(`    licence: ${licences(l)}`);
    if (l.partialYears.length) lines.push(`    partial years: ${partialYears(l)}`);
    if (l.modeled) lines.push('    modeled: routes are our assumption (nearest port), not records');
    if (lost(l))
      lines.push(
        `    incomplete: ${lost(l)} source row(s) lost; the figures they fed are flagged (incomplete column or property)`,
      );
  }
  return lines.join('\n') + '\n';
}

/** The zip's files, under its root folder, dated with the release (the same bytes each time). */
export function bundleZip(m: Manifest, parts: BundleParts): Uint8Array {
  const root = bundleRoot(m);
  const mtime = new Date(`${m.release.date}T00:00:00Z`);
  const files: Zippable = {
    [`${root}/README.txt`]: strToU8(readmeText(m)),
    [`${root}/CITATION.cff`]: strToU8(parts.citationCff),
    [`${root}/datapackage.json`]: strToU8(parts.datapackage),
  };
  for (const l of m.layers) {
    const bytes = parts.published.get(l.file);
    if (!bytes) throw new Error(`bundle: ${l.file} was not loaded`);
    files[`${root}/${l.file}`] = bytes;
    const csv = parts.csv.get(l.id);
    if (csv !== undefined) files[`${root}/csv/${l.id}.csv`] = strToU8(csv);
    const geojson = parts.geojson.get(l.id);
    if (geojson !== undefined) files[`${root}/geojson/${l.id}.geojson`] = strToU8(geojson);
  }
  return zipSync(files, { level: 6, mtime });
}
