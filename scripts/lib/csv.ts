import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DataError } from './errors';

export interface CsvRow {
  /** 1-based line number where the record starts (the header is line `skipLines + 1`). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Records whose field count differs from the header's; callers reject them with a reason. */
  malformed: { line: number; found: number; raw: string[] }[];
  encoding: 'utf-8' | 'latin1';
}

export interface CsvOptions {
  /** Name shown in errors (path relative to the raw folder). */
  name: string;
  /** Columns that must be present; a missing one fails with the file and column named. */
  required: readonly string[];
  /** Lines before the header (title lines); default 0. */
  skipLines?: number;
  /** Column names for a file without a header row. */
  columns?: readonly string[];
}

/** Gzip is detected by its magic bytes, not by the file name, so a renamed file still reads. */
export function unzipIfGzip(buf: Buffer): Buffer {
  return buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf;
}

/**
 * Decodes UTF-8 when the bytes are valid UTF-8, otherwise Latin-1 (SESNSP and INEGI files are
 * published in Latin-1; a Latin-1 file is almost never valid UTF-8 once it has an accent).
 */
export function decodeText(buf: Buffer): { text: string; encoding: 'utf-8' | 'latin1' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'latin1'), encoding: 'latin1' };
  }
}

export function parseCsvText(
  text: string,
  opts: CsvOptions,
  encoding: CsvTable['encoding'] = 'utf-8',
): CsvTable {
  const skip = opts.skipLines ?? 0;
  let parsed: unknown[];
  try {
    parsed = parse(text, {
      from_line: skip + 1,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    });
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DataError(opts.name, `not readable as CSV: ${err.message}`, err.lines);
  }
  // With `info: true` csv-parse yields {record, info}; its typings only describe plain arrays.
  const records = parsed.filter(isInfoRecord);
  let header: string[];
  let body = records;
  if (opts.columns) {
    header = [...opts.columns];
  } else {
    const first = records[0];
    if (!first) throw new DataError(opts.name, 'file is empty: no header row');
    header = first.record.map((h) => h.trim());
    body = records.slice(1);
  }
  for (const col of opts.required) {
    if (!header.includes(col)) {
      throw new DataError(
        opts.name,
        `missing column "${col}" (found: ${header.join(', ')})`,
        skip + 1,
        col,
      );
    }
  }
  const rows: CsvRow[] = [];
  const malformed: CsvTable['malformed'] = [];
  for (const { record, info } of body) {
    // info.lines is the line where the record ends; records here never span lines except quoted
    // newlines, where the end line is still a stable, findable locator.
    const line = info.lines + skip;
    if (record.length !== header.length) {
      malformed.push({ line, found: record.length, raw: record });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = record[i] ?? ''));
    rows.push({ line, values });
  }
  return { header, rows, malformed, encoding };
}

interface InfoRecord {
  record: string[];
  info: { lines: number };
}

function isInfoRecord(x: unknown): x is InfoRecord {
  return typeof x === 'object' && x !== null && 'record' in x && 'info' in x;
}

export async function readCsv(path: string, opts: CsvOptions): Promise<CsvTable> {
  const { text, encoding } = decodeText(unzipIfGzip(await readFile(path)));
  return parseCsvText(text, opts, encoding);
}
