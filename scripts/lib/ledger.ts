import { DataError } from './errors';

export interface Reject {
  /** 1-based line number in the raw file (header = 1), or feature index + 1 for GeoJSON. */
  row: number;
  field: string;
  value: string;
  reason: string;
}

/**
 * Row accounting for one raw file: every row read is either kept or rejected with a reason, so
 * `read === kept + rejected` holds by construction and is checked before anything is written.
 */
export class Ledger {
  read = 0;
  kept = 0;
  readonly rejects: Reject[] = [];

  constructor(
    /** Path of the raw file relative to the raw folder, as shown in reports. */
    readonly file: string,
  ) {}

  keep(): void {
    this.read++;
    this.kept++;
  }

  reject(row: number, field: string, value: unknown, reason: string): void {
    this.read++;
    this.rejects.push({ row, field, value: value == null ? '' : String(value), reason });
  }

  get rejected(): number {
    return this.rejects.length;
  }

  /** Fails when a row went missing between reading and the decision to keep or reject it. */
  assertBalanced(expectedRead?: number): void {
    if (this.read !== this.kept + this.rejected) {
      throw new DataError(
        this.file,
        `row accounting broken: read ${this.read} ≠ kept ${this.kept} + rejected ${this.rejected}`,
      );
    }
    if (expectedRead !== undefined && expectedRead !== this.read) {
      throw new DataError(this.file, `read ${expectedRead} rows but accounted for ${this.read}`);
    }
  }
}
