// How to cite Southbound and each layer, in the words every download and the sources panel use.
// The release (version, date, title, authors) comes from CITATION.cff through the manifest.
import type { LayerEntry, Manifest } from './manifest';

export type Release = Manifest['release'];

const year = (r: Release) => r.date.slice(0, 4);

/** "The Southbound contributors (2026). Southbound: … Version 0.1.0, released 2026-11-30." */
export function citeText(r: Release): string {
  return `${r.authors} (${year(r)}). ${r.title}. Version ${r.version}, released ${r.date}. Data set and software.`;
}

/** The same citation as a BibTeX entry (braces in the title keep its capitals). */
export function citeBibtex(r: Release): string {
  const key = `southbound_${r.version.replace(/\./g, '_')}`;
  return [
    `@misc{${key},`,
    `  author = {{${r.authors}}},`,
    `  title = {{${r.title}}},`,
    `  year = {${year(r)}},`,
    `  version = {${r.version}},`,
    `  note = {Data set and software, released ${r.date}},`,
    `}`,
  ].join('\n');
}

/** A layer's own citation: its sources first (they made the data), then our release. */
export function layerCitation(r: Release, e: LayerEntry): string {
  const sources = e.sources
    .map((s) => `${s.publisher}, "${s.title}" (accessed ${s.accessed}), ${s.url}`)
    .join('; ');
  return `${sources}. Compiled in Southbound ${r.version} (${r.date}), layer "${e.id}".`;
}

/** The licences of a layer's sources, each said once. */
export const licences = (e: LayerEntry): string =>
  [...new Set(e.sources.map((s) => s.license))].join('; ');

/** "2025: partial year — January–June only", per partial year of the layer. */
export const partialYears = (e: LayerEntry): string =>
  e.partialYears.map((p) => `${p.year}: partial year — ${p.note}`).join('; ');

/** What travels with every download of a layer (GeoJSON and JSON carry it as `metadata`). */
export function downloadMeta(r: Release, e: LayerEntry) {
  return {
    layer: e.id,
    title: e.title,
    citation: layerCitation(r, e),
    licence: licences(e),
    partialYears: e.partialYears.map((p) => ({ year: p.year, note: p.note })),
    modeled: e.modeled,
    incomplete: e.incomplete,
    release: { version: r.version, date: r.date },
  };
}
