import { DataError } from './errors';

/**
 * The figures a raw row feeds: one feature (by the layer's key) and, for yearly figures, one
 * year. A rejected row that names its cell flags only that feature and year as incomplete; a
 * null feature flags the layer's figures of that year (a lost seizure event of 2023 lowers every
 * 2023 total); a rejected row without a cell flags the whole layer.
 */
export interface Cell {
  feature: string | null;
  year: number | null;
}

export interface Reject {
  /** The file, when one ledger covers a series of files (one per year). */
  file?: string;
  /** 1-based line number in the raw file (header = 1), or feature index + 1 for GeoJSON. */
  row: number;
  field: string;
  value: string;
  reason: string;
  /** The figures this row would have counted toward, when known. */
  cell?: Cell;
  /** True for an exact copy of a row already counted: rejecting it loses nothing. */
  lossless?: boolean;
}

export interface RejectOptions {
  file?: string;
  cell?: Cell | null;
  lossless?: boolean;
}

/**
 * Row accounting for one raw file: every row read is kept, filtered by a documented scope rule,
 * or rejected with a reason, so `read === kept + filtered + rejected` holds by construction and
 * is checked before anything is written. Rejected rows that lose information (everything but
 * exact duplicates) make the figures they fed incomplete; `losses` says which.
 */
export class Ledger {
  read = 0;
  kept = 0;
  /**
   * Valid rows outside the layer's scope by a documented rule (another crime type, the Canadian
   * border…), counted per rule rather than listed: listing 800,000 out-of-scope rows would hide
   * the few bad ones. `read === kept + filtered + rejected`.
   */
  readonly filtered: Record<string, number> = {};
  readonly rejects: Reject[] = [];
  /** Cells whose text was repaired (double-encoded UTF-8, Windows-1252 punctuation). */
  repaired = 0;

  constructor(
    /** Path of the raw file relative to the raw folder, as shown in reports. */
    readonly file: string,
  ) {}

  keep(): void {
    this.read++;
    this.kept++;
  }

  filter(rule: string): void {
    this.read++;
    this.filtered[rule] = (this.filtered[rule] ?? 0) + 1;
  }

  get filteredTotal(): number {
    return Object.values(this.filtered).reduce((a, b) => a + b, 0);
  }

  reject(
    row: number,
    field: string,
    value: unknown,
    reason: string,
    opts: RejectOptions = {},
  ): void {
    this.read++;
    this.rejects.push({
      ...(opts.file ? { file: opts.file } : {}),
      row,
      field,
      value: value == null ? '' : String(value),
      reason,
      ...(opts.cell ? { cell: opts.cell } : {}),
      ...(opts.lossless ? { lossless: true } : {}),
    });
  }

  /** Rejects a record the CSV reader set aside because its field count differs from the header's. */
  rejectMalformed(
    m: { line: number; expected: number; found: number; raw: string[] },
    file?: string,
  ): void {
    this.reject(
      m.line,
      '(row)',
      m.raw.join(','),
      `expected ${m.expected} fields, found ${m.found}`,
      {
        file,
      },
    );
  }

  get rejected(): number {
    return this.rejects.length;
  }

  /** Rejected rows that lost information (not exact copies of a counted row). */
  get losses(): Reject[] {
    return this.rejects.filter((r) => !r.lossless);
  }

  /** Fails when a row went missing between reading and the decision to keep or reject it. */
  assertBalanced(expectedRead?: number): void {
    if (this.read !== this.kept + this.filteredTotal + this.rejected) {
      throw new DataError(
        this.file,
        `row accounting broken: read ${this.read} ≠ kept ${this.kept} + filtered ${this.filteredTotal} + rejected ${this.rejected}`,
      );
    }
    if (expectedRead !== undefined && expectedRead !== this.read) {
      throw new DataError(this.file, `read ${expectedRead} rows but accounted for ${this.read}`);
    }
  }
}
