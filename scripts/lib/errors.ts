/**
 * An error in a raw input that names where it is: the file, and when known the row (1-based line
 * number in the file, header = line 1) and the field. The pipeline prints `message` as is.
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly row?: number,
    readonly field?: string,
  ) {
    const where = [
      row === undefined ? '' : `row ${row}`,
      field === undefined ? '' : `field "${field}"`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${file}${where ? ` (${where})` : ''}: ${detail}`);
    this.name = 'DataError';
  }
}

/** Raw files the build needs but cannot find; nothing already built is touched when this is thrown. */
export class MissingRawError extends Error {
  constructor(readonly missing: { path: string; getFrom: string }[]) {
    super(
      `Missing raw input files:\n` +
        missing.map((m) => `  - ${m.path}\n      get it from: ${m.getFrom}`).join('\n') +
        `\nPoint the pipeline at a folder that holds them with --raw <dir> or SOUTHBOUND_RAW_DIR, ` +
        `or run \`npm run data:fetch\` (needs internet).`,
    );
    this.name = 'MissingRawError';
  }
}
