// The raw folder as a whole: what the catalog and READMEs should say for the files it holds.
// `npm run data:catalog` compares, `--write` records; the tests compare on every run.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CITATIONS } from '../reference/citations';
import { TRANSCRIBED } from '../schemas/index';
import { SOURCES } from '../sources/index';
import { type Catalog, type CatalogEntry, describeFile, loadCatalog, rawFiles } from './catalog';
import { citationBlock, filesBlock, renderReadme, schemaBlock } from './raw-readme';

/** The catalog the files on disk call for (keeping each file's recorded header line). */
export async function freshCatalog(rawDir: string): Promise<Catalog> {
  const old = await loadCatalog(rawDir);
  const files: Record<string, CatalogEntry> = {};
  for (const f of await rawFiles(rawDir)) files[f] = await describeFile(rawDir, f, old?.files[f]);
  return { files };
}

export async function folders(rawDir: string): Promise<string[]> {
  return (await readdir(rawDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Each folder's README as it should read for `catalog` (null: the README is missing). */
export async function expectedReadmes(
  rawDir: string,
  catalog: Catalog,
): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const folder of await folders(rawDir)) {
    const path = join(rawDir, folder, 'README.md');
    if (!existsSync(path)) {
      out.set(folder, null);
      continue;
    }
    const sources = Object.values(CITATIONS).filter(
      (c) => c.provenanceFile === `${folder}/README.md`,
    );
    const tables = TRANSCRIBED.filter((t) => t.file.startsWith(`${folder}/`));
    out.set(
      folder,
      renderReadme(await readFile(path, 'utf8'), `${folder}/README.md`, {
        ...(sources.length ? { citation: citationBlock(sources) } : {}),
        files: filesBlock(folder, catalog, SOURCES),
        ...(tables.length ? { schema: schemaBlock(tables) } : {}),
      }),
    );
  }
  return out;
}

/** Differences between two catalogs, one line per file. */
export function catalogDiff(recorded: Catalog | null, fresh: Catalog): string[] {
  const out: string[] = [];
  const old = recorded?.files ?? {};
  for (const [f, e] of Object.entries(fresh.files)) {
    const r = old[f];
    if (!r) out.push(`added:   ${f} (${e.rows} rows)`);
    else if (r.sha256 !== e.sha256 || r.rows !== e.rows)
      out.push(
        `changed: ${f} (${r.rows} → ${e.rows} rows, sha256 ${r.sha256.slice(0, 12)}… → ${e.sha256.slice(0, 12)}…)`,
      );
  }
  for (const f of Object.keys(old)) if (!fresh.files[f]) out.push(`removed: ${f}`);
  return out;
}
