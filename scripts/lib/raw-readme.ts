// The generated parts of each raw folder's README: its citation (from scripts/reference/
// citations.ts), the files with their rows and sha256 (from the catalog) and, for the tables we
// transcribe, their schema (from scripts/schemas/). The prose around them is written by hand;
// only the text between the markers is rewritten, so the README cannot drift from the data.
import type { Catalog } from './catalog';
import type { SourceModule } from './layer';
import type { Source } from './manifest';
import { schemaMarkdown, type TableSchema } from './schema';

const begin = (name: string) =>
  `<!-- BEGIN generated: ${name} (npm run data:catalog -- --write) -->`;
const END = '<!-- END generated -->';

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function citationBlock(sources: Source[]): string {
  return sources
    .map((s) =>
      [
        '| | |',
        '| --- | --- |',
        `| Publisher | ${esc(s.publisher)} |`,
        `| Title | ${esc(s.title)} |`,
        `| Official URL | <${s.url}> |`,
        `| Licence | ${esc(s.license)} |`,
        `| Retrieved | ${s.accessed}, from ${esc(s.provenance)} |`,
      ].join('\n'),
    )
    .join('\n\n');
}

export function filesBlock(folder: string, catalog: Catalog, modules: SourceModule[]): string {
  const files = Object.entries(catalog.files).filter(([f]) => f.startsWith(`${folder}/`));
  const users = (file: string) =>
    modules
      .filter((m) => m.inputs.some((i) => i.path === file || file.startsWith(`${i.path}/`)))
      .map((m) => `\`${m.id}\``)
      .join(', ') || 'not used by a layer (kept as retrieved)';
  return [
    '| file | rows | bytes | sha256 | used by |',
    '| --- | ---: | ---: | --- | --- |',
    ...files.map(
      ([f, e]) =>
        `| \`${f.slice(folder.length + 1)}\` | ${e.rows.toLocaleString('en-US')}${
          e.sheets
            ? ` (${Object.entries(e.sheets)
                .map(([k, n]) => `${esc(k)}: ${n.toLocaleString('en-US')}`)
                .join('; ')})`
            : ''
        } | ${e.bytes.toLocaleString('en-US')} | \`${e.sha256}\` | ${users(f)} |`,
    ),
    '',
    'Rows are data rows: CSV records after the header, GeoJSON features, TopoJSON geometries, ' +
      'worksheet rows after the header. The build checks every file it reads against this ' +
      'record (`geodata/raw/catalog.json`) and stops if one differs.',
  ].join('\n');
}

export function schemaBlock(tables: TableSchema[]): string {
  return tables
    .map((t) => `### \`${t.file.split('/').pop()}\`\n\n${schemaMarkdown(t)}`)
    .join('\n\n');
}

/** Replaces each generated block in `readme` with its current text; fails on a missing marker. */
export function renderReadme(readme: string, file: string, blocks: Record<string, string>): string {
  let out = readme;
  for (const [name, body] of Object.entries(blocks)) {
    const start = out.indexOf(begin(name));
    const end = start === -1 ? -1 : out.indexOf(END, start);
    if (start === -1 || end === -1)
      throw new Error(`${file}: missing the generated "${name}" block (${begin(name)} … ${END})`);
    out = `${out.slice(0, start)}${begin(name)}\n\n${body}\n\n${out.slice(end)}`;
  }
  return out;
}
