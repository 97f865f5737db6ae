// CSV in bounded memory. A file is streamed in chunks cut at record boundaries (a line break
// outside quotes), each chunk parsed with Papa Parse, so the 927,000-row SESNSP file never sits in
// memory whole. Line numbers count from the top of the file and stay exact across chunks.
import Papa from 'papaparse';
import { DataError } from './errors';
import { detectEncoding, textPieces, type Encoding } from './stream';
import { controlChar, MAYBE_DIRTY, repairMojibake } from './text';

/**
 * A record by column name: the required columns `C` are always there (the header was checked),
 * any other column may be missing.
 */
export type Row<C extends string = string> = { readonly [K in C]: string } & Readonly<
  Record<string, string | undefined>
>;

export interface CsvRow<C extends string = string> {
  /** 1-based line number where the record ends (the header is line `skipLines + 1`). */
  line: number;
  values: Row<C>;
  /** A control character left in a cell after repair (the row must not be used as is). */
  control?: { field: string; char: string };
}

export interface Malformed {
  line: number;
  /** Fields in the header, and in this record. */
  expected: number;
  found: number;
  raw: string[];
}

export interface CsvOptions<C extends string = string> {
  /** Name shown in errors (path relative to the raw folder). */
  name: string;
  /**
   * Columns that must be present; a missing one fails with the file and column named. They are
   * the row's type: reading a column not listed here does not compile as a string.
   */
  required: readonly C[];
  /** Lines before the header (title lines); default 0. */
  skipLines?: number;
  /** Column names for a file without a header row. */
  columns?: readonly string[];
  /** Field delimiter; default ",". */
  delimiter?: string;
  /** False for tab-delimited government lists, where a '"' inside a name is just a character. */
  quote?: false;
}

/** What a streamed read reports once the file is done. */
export interface CsvInfo {
  header: string[];
  encoding: Encoding;
  /** Cells whose mojibake was repaired. */
  repaired: number;
}

const CHUNK = 4 << 20;

/** Offset just past the first `n` line breaks of `text` (0 when n = 0). */
function afterLines(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    at = nl + 1;
  }
  return at;
}

/**
 * A push parser: `push` text in any pieces, `end` when done. Records go to `onRecord` with the
 * line where each ends; the header (first record, unless `columns` is given) is checked against
 * `required` before any row is handed on.
 */
export class CsvParser<C extends string = string> {
  private header: string[] | null;
  private pending = '';
  private scanned = 0;
  private inQuotes = false;
  private safe = -1;
  /** Line breaks before the start of `pending`. */
  private linesBefore = 0;
  private started = false;
  /** Cells whose mojibake was repaired. */
  repaired = 0;

  constructor(
    private readonly opts: CsvOptions<C>,
    private readonly onRow: (row: CsvRow<C>) => void,
    private readonly onMalformed: (m: Malformed) => void,
  ) {
    this.header = opts.columns ? [...opts.columns] : null;
    if (this.header) this.check(this.header);
  }

  push(text: string): void {
    this.pending += text;
    const quoting = this.opts.quote !== false;
    // Fast path: no quote in the new text and none open, so the last line break is a boundary.
    if (!quoting || (!this.inQuotes && this.pending.indexOf('"', this.scanned) === -1)) {
      const nl = this.pending.lastIndexOf('\n');
      if (nl > this.safe) this.safe = nl;
    } else {
      for (let i = this.scanned; i < this.pending.length; i++) {
        const c = this.pending.charCodeAt(i);
        if (c === 34) this.inQuotes = !this.inQuotes;
        else if (c === 10 && !this.inQuotes) this.safe = i;
      }
    }
    this.scanned = this.pending.length;
    if (this.pending.length >= CHUNK && this.safe >= 0) {
      const cut = this.safe + 1;
      this.parse(this.pending.slice(0, cut));
      this.pending = this.pending.slice(cut);
      this.scanned = this.pending.length;
      this.safe = -1;
    }
  }

  end(): string[] {
    if (this.pending) this.parse(this.pending);
    this.pending = '';
    if (!this.header) throw new DataError(this.opts.name, 'file is empty: no header row');
    return this.header;
  }

  private check(h: string[]): void {
    const skip = this.opts.skipLines ?? 0;
    for (const col of this.opts.required) {
      if (!h.includes(col)) {
        throw new DataError(
          this.opts.name,
          `missing column "${col}" (found: ${h.join(', ')})`,
          skip + 1,
          col,
        );
      }
    }
  }

  private parse(chunk: string): void {
    let body = chunk;
    let breaks = this.linesBefore;
    if (!this.started) {
      const skip = this.opts.skipLines ?? 0;
      body = chunk.slice(afterLines(chunk, skip));
      breaks += skip;
      this.started = true;
    }
    const lineBreaksInChunk = countBreaks(chunk);
    // Each record is numbered by the line where it ends: line breaks are counted as the cursor
    // moves on (the record's own line break is not before it).
    let counted = 0;
    const lineAt = (cursor: number) => {
      const end = cursor - 1;
      for (let i = body.indexOf('\n', counted); i !== -1 && i < end; i = body.indexOf('\n', i + 1))
        breaks++;
      counted = Math.max(counted, end);
      return breaks + 1;
    };
    const header = () => this.header;
    // Cells are checked one by one only in the rare chunk that holds a suspicious character.
    const dirty = MAYBE_DIRTY.test(body);
    Papa.parse<string[]>(body, {
      delimiter: this.opts.delimiter ?? ',',
      // Papa Parse cannot switch quoting off; a character that never occurs in text does it.
      quoteChar: this.opts.quote === false ? '\u0000' : '"',
      skipEmptyLines: true,
      step: ({ data: record, errors, meta }) => {
        const line = lineAt(meta.cursor);
        const quoteError = errors.find((e) => e.type === 'Quotes');
        if (quoteError)
          throw new DataError(this.opts.name, `not readable as CSV: ${quoteError.message}`, line);
        const h = header();
        if (!h) {
          this.header = record.map((x) => x.trim());
          this.check(this.header);
        } else if (record.length !== h.length) {
          this.onMalformed({ line, expected: h.length, found: record.length, raw: record });
        } else {
          const values: Record<string, string> = {};
          let control: CsvRow<C>['control'];
          for (let i = 0; i < h.length; i++) {
            let v = record[i]!;
            if (dirty && MAYBE_DIRTY.test(v)) {
              const fixed = repairMojibake(v);
              if (fixed !== v) this.repaired++;
              v = fixed;
              const c = controlChar(v);
              if (c && !control) control = { field: h[i]!, char: c };
            }
            values[h[i]!] = v;
          }
          // The header holds every required column (checked above), so each is set.
          const row = values as Row<C>;
          this.onRow(control ? { line, values: row, control } : { line, values: row });
        }
      },
    });
    this.linesBefore += lineBreaksInChunk;
  }
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Streams a raw file (gzip or plain, UTF-8 or Windows-1252) record by record. Records whose field
 * count differs from the header's go to `onMalformed`, for the caller to reject with a reason.
 */
export async function streamCsv<C extends string>(
  path: string,
  opts: CsvOptions<C>,
  onRow: (row: CsvRow<C>) => void,
  onMalformed: (m: Malformed) => void,
): Promise<CsvInfo> {
  const encoding = await detectEncoding(path, opts.name);
  const parser = new CsvParser(opts, onRow, onMalformed);
  for await (const piece of textPieces(path, opts.name, encoding)) parser.push(piece);
  return { header: parser.end(), encoding, repaired: parser.repaired };
}

/** Parses CSV text already in memory (small reference tables, tests). */
export function parseCsvText<C extends string>(
  text: string,
  opts: CsvOptions<C>,
): { header: string[]; rows: CsvRow<C>[]; malformed: Malformed[] } {
  const rows: CsvRow<C>[] = [];
  const malformed: Malformed[] = [];
  const parser = new CsvParser(
    opts,
    (r) => rows.push(r),
    (m) => malformed.push(m),
  );
  parser.push(text.replace(/^\uFEFF/, ''));
  return { header: parser.end(), rows, malformed };
}
