// geodata/datapackage.json: the layers described as a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/), so a researcher's tools can read every
// resource's fields, types, units, licences and sources without our app. Built from the manifest
// it is published with; what the spec has no slot for (partial years, lost rows, modeled
// layers, row accounting) goes in `southbound:` properties, which the spec allows.
import type { LayerEntry, Manifest, Source } from './manifest';
import type { Release } from './release';

const FIELD_TYPE = {
  int: 'integer',
  double: 'number',
  string: 'string',
  bool: 'boolean',
  date: 'date',
} as const;

const FORMAT: Record<LayerEntry['format'], { format: string; mediatype: string }> = {
  flatgeobuf: { format: 'fgb', mediatype: 'application/flatgeobuf' },
  json: { format: 'json', mediatype: 'application/json' },
  topojson: { format: 'topojson', mediatype: 'application/json' },
};

const sourceOf = (s: Source) => ({
  title: `${s.publisher}: ${s.title}`,
  path: s.url,
  'southbound:accessed': s.accessed,
  'southbound:provenance': s.provenance,
});

/** Licences as the spec wants them: the words of each source's licence, with its source. */
const licencesOf = (sources: Source[]) => {
  const seen = new Set<string>();
  return sources
    .filter((s) => !seen.has(s.license) && seen.add(s.license))
    .map((s) => ({ title: s.license, path: s.url }));
};

/** A resource name must be lower-case letters, digits, "-", "_" or ".". */
const resourceName = (id: string) => id.toLowerCase();

function resource(l: LayerEntry) {
  const incompleteRows = l.incomplete.reduce((n, x) => n + x.rows, 0);
  return {
    name: resourceName(l.id),
    path: l.file,
    title: l.title,
    description: l.method.join(' '),
    ...FORMAT[l.format],
    encoding: l.format === 'flatgeobuf' ? undefined : 'utf-8',
    bytes: l.bytes,
    hash: `sha256:${l.sha256}`,
    licenses: licencesOf(l.sources),
    sources: l.sources.map(sourceOf),
    schema:
      l.fields.length === 0
        ? undefined
        : {
            fields: l.fields.map((f) => ({
              name: f.name,
              type: FIELD_TYPE[f.type],
              description: f.description,
              ...(f.unit ? { 'southbound:unit': f.unit } : {}),
            })),
            ...(l.key ? { primaryKey: l.key } : {}),
          },
    'southbound:geometryType': l.geometryType,
    'southbound:features': l.featureCount,
    'southbound:years': l.years,
    'southbound:partialYears': l.partialYears.map((p) => ({ year: p.year, note: p.note })),
    'southbound:modeled': l.modeled,
    'southbound:incomplete': {
      rowsLost: incompleteRows,
      figures: l.incomplete,
    },
  };
}

export function dataPackage(manifest: Manifest, release: Release) {
  return {
    name: 'southbound',
    id: `southbound-${release.version}`,
    title: release.title,
    description:
      'The layers of the Southbound map, as built by its pipeline from the raw public sources in geodata/raw/. Each resource names its own sources and licences: they differ (public domain, CC BY, CC BY-NC, terms not verified), so check them before reuse. Partial years and figures that lost source rows are listed per resource.',
    version: release.version,
    created: release.date,
    contributors: [{ title: release.authors, role: 'author' }],
    keywords: ['firearms trafficking', 'United States', 'Mexico', 'homicides'],
    // The package's own licence covers our compilation and code; each resource's data keeps
    // its source's licence.
    licenses: [
      {
        name: 'MIT',
        title: 'MIT License (compilation and code)',
        path: 'https://opensource.org/license/mit',
      },
    ],
    resources: manifest.layers.map(resource),
  };
}
