// The record of the raw files: sha256, size and rows of every file under geodata/raw/, kept in
// geodata/raw/catalog.json. The build checks each input against it before reading, so a file
// that changed (a refresh, a hand edit, a truncated copy) is reported instead of silently
// absorbed; `npm run data:catalog -- --write` records a reviewed change.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { CsvParser } from './csv';
import { DataError } from './errors';
import { detectEncoding, textPieces } from './stream';

export const CatalogEntrySchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** Data rows: CSV records after the header, GeoJSON features, TopoJSON geometries, sheet rows. */
  rows: z.number().int().nonnegative(),
  /** Line of the CSV header when title lines come first (default 1). */
  headerLine: z.number().int().positive().optional(),
  /** Rows per sheet, for workbooks. */
  sheets: z.record(z.string(), z.number().int().nonnegative()).optional(),
});
export const CatalogSchema = z.object({ files: z.record(z.string(), CatalogEntrySchema) });

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;

export const CATALOG_FILE = 'catalog.json';
/** Files in the raw folder that are ours, not data: never recorded. */
const OURS = /(^|\/)(README\.md|catalog\.json)$/;

export async function loadCatalog(rawDir: string): Promise<Catalog | null> {
  const path = join(rawDir, CATALOG_FILE);
  if (!existsSync(path)) return null;
  const parsed = CatalogSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success)
    throw new DataError(CATALOG_FILE, `not a valid catalog: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export async function sha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Data files under the raw folder, relative and sorted (our READMEs and the catalog left out). */
export async function rawFiles(rawDir: string): Promise<string[]> {
  const all = await readdir(rawDir, { recursive: true, withFileTypes: true });
  return all
    .filter((d) => d.isFile())
    .map((d) => relative(rawDir, join(d.parentPath, d.name)).split('\\').join('/'))
    .filter((p) => !OURS.test(p) && !p.endsWith('.tmp'))
    .sort();
}

/** Counts the data rows of a raw file the way its format defines a row. */
export async function countRows(
  path: string,
  name: string,
  headerLine = 1,
): Promise<{ rows: number; sheets?: Record<string, number> }> {
  if (/\.(csv|tsv|txt)(\.gz)?$/i.test(name)) {
    let rows = 0;
    const parser = new CsvParser(
      {
        name,
        required: [],
        skipLines: headerLine - 1,
        ...(/\.tsv|\.txt/i.test(name) ? { delimiter: '\t', quote: false as const } : {}),
      },
      () => rows++,
      () => rows++,
    );
    for await (const piece of textPieces(path, name, await detectEncoding(path, name)))
      parser.push(piece);
    parser.end();
    return { rows };
  }
  if (/\.(geo)?json$/i.test(name)) {
    const data = JSON.parse(await readFile(path, 'utf8')) as { features?: unknown[] };
    return { rows: Array.isArray(data.features) ? data.features.length : 0 };
  }
  if (/\.topojson$/i.test(name)) {
    const data = JSON.parse(await readFile(path, 'utf8')) as {
      objects: Record<string, { geometries?: unknown[] }>;
    };
    return {
      rows: Object.values(data.objects).reduce((n, o) => n + (o.geometries?.length ?? 0), 0),
    };
  }
  if (/\.xlsx$/i.test(name)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheets: Record<string, number> = {};
    for (const ws of wb.worksheets) sheets[ws.name] = Math.max(ws.actualRowCount - 1, 0);
    return { rows: Object.values(sheets).reduce((a, b) => a + b, 0), sheets };
  }
  const text = await readFile(path, 'utf8');
  return { rows: text.split('\n').filter(Boolean).length };
}

/** The catalog entry a file has now (keeping the header line recorded for it). */
export async function describeFile(
  rawDir: string,
  file: string,
  previous?: CatalogEntry,
): Promise<CatalogEntry> {
  const path = join(rawDir, file);
  const { size } = await stat(path);
  const counted = await countRows(path, file, previous?.headerLine);
  return {
    sha256: await sha256(path),
    bytes: size,
    rows: counted.rows,
    ...(previous?.headerLine ? { headerLine: previous.headerLine } : {}),
    ...(counted.sheets ? { sheets: counted.sheets } : {}),
  };
}

export interface Changed {
  file: string;
  recorded: CatalogEntry | null;
  found: CatalogEntry;
}

/** Raised before any layer is built when an input differs from what the catalog records. */
export class RawChangedError extends Error {
  constructor(readonly changed: Changed[]) {
    const pct = (a: number, b: number) =>
      b ? ` (${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)} %)` : '';
    super(
      `Raw input files differ from what geodata/raw/catalog.json records:\n` +
        changed
          .map(({ file, recorded: r, found: f }) =>
            r
              ? `  - ${file}: ${f.rows.toLocaleString('en-US')} rows, recorded ${r.rows.toLocaleString('en-US')}${pct(f.rows, r.rows)}; sha256 ${f.sha256.slice(0, 12)}…, recorded ${r.sha256.slice(0, 12)}…`
              : `  - ${file}: not recorded in the catalog (${f.rows.toLocaleString('en-US')} rows)`,
          )
          .join('\n') +
        `\nA truncated or edited file would publish different numbers. If the change is intended, ` +
        `review it and record it with \`npm run data:catalog -- --write\`.`,
    );
    this.name = 'RawChangedError';
  }
}

/**
 * Checks the given raw files against the catalog: the sha256 first (cheap), the rows only for
 * a file that changed (for the message). Throws RawChangedError listing every changed file.
 */
export async function verifyInputs(
  rawDir: string,
  files: string[],
  catalog: Catalog,
): Promise<void> {
  const changed: Changed[] = [];
  // An input can be a folder (the optional ATF lists): every file in it is checked.
  const expanded: string[] = [];
  for (const f of files) {
    if (!(await stat(join(rawDir, f))).isDirectory()) expanded.push(f);
    else expanded.push(...(await rawFiles(join(rawDir, f))).map((x) => `${f}/${x}`));
  }
  for (const file of expanded) {
    const recorded = catalog.files[file] ?? null;
    const sum = await sha256(join(rawDir, file));
    if (recorded && sum === recorded.sha256) continue;
    changed.push({
      file,
      recorded,
      found: await describeFile(rawDir, file, recorded ?? undefined),
    });
  }
  if (changed.length) throw new RawChangedError(changed);
}
