import { DataError } from './errors';

export interface Reject {
  /** The file, when one ledger covers a series of files (one per year). */
  file?: string;
  /** 1-based line number in the raw file (header = 1), or feature index + 1 for GeoJSON. */
  row: number;
  field: string;
  value: string;
  reason: string;
}

/**
 * Row accounting for one raw file: every row read is kept, filtered by a documented scope rule,
 * or rejected with a reason, so `read === kept + filtered + rejected` holds by construction and
 * is checked before anything is written.
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

  reject(row: number, field: string, value: unknown, reason: string, file?: string): void {
    this.read++;
    this.rejects.push({
      ...(file ? { file } : {}),
      row,
      field,
      value: value == null ? '' : String(value),
      reason,
    });
  }

  /** Rejects the rows a CSV reader set aside because their field count differs from the header's. */
  rejectMalformed(
    table: { header: string[]; malformed: { line: number; found: number; raw: string[] }[] },
    file?: string,
  ): void {
    for (const m of table.malformed) {
      this.reject(
        m.line,
        '(row)',
        m.raw.join(','),
        `expected ${table.header.length} fields, found ${m.found}`,
        file,
      );
    }
  }

  get rejected(): number {
    return this.rejects.length;
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
