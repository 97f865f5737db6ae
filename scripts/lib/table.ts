// Reading a raw table the one way every source module does: load → check each row against the
// table's declared shape → hand on the rows in scope. Malformed rows, rows that fail the table's
// schema, control characters and repeated keys are rejected here, in the ledger, naming the file,
// line and field; out-of-scope rows are counted per documented rule. What reaches `onRow` is a
// well-formed, unique row for the module to transform.
import type { z } from 'zod';
import { streamCsv, type CsvInfo, type CsvOptions, type CsvRow, type Row } from './csv';
import { KeySet } from './keyset';
import { DataError } from './errors';
import { type Cell, Ledger } from './ledger';

export interface TableSpec<C extends string = string> extends CsvOptions<C> {
  /**
   * Columns that identify a row. A repeated key is rejected: an exact copy of a counted row loses
   * nothing; a repeat with other values makes the figure it feeds incomplete.
   */
  key?: readonly C[];
  /** A documented scope rule: the rule's name for a valid row outside the layer, else null. */
  scope?: (v: Row<C>) => string | null;
  /** The shape of a row (transcribed tables): a row that fails it is rejected, naming the field. */
  schema?: z.ZodType;
  /** The figures a row feeds, so a row rejected here flags only those as incomplete. */
  cell?: (v: Row<C>) => Cell | null;
  /** Set when one ledger covers several files: each reject names its file. */
  seriesFile?: boolean;
}

export async function eachRow<C extends string>(
  path: string,
  spec: TableSpec<C>,
  ledger: Ledger,
  onRow: (row: CsvRow<C>) => void,
): Promise<CsvInfo> {
  const keys = spec.key ? new KeySet() : null;
  const file = spec.seriesFile ? spec.name : undefined;
  const info = await streamCsv(
    path,
    spec,
    (row) => {
      const v = row.values;
      const cell = spec.cell?.(v) ?? null;
      if (row.control)
        return ledger.reject(
          row.line,
          row.control.field,
          v[row.control.field],
          `control character ${row.control.char} in the text`,
          { file, cell },
        );
      const rule = spec.scope?.(v);
      if (rule) return ledger.filter(rule);
      if (spec.schema) {
        const r = spec.schema.safeParse(v);
        if (!r.success) {
          const issue = r.error.issues[0]!;
          const field = String(issue.path[0] ?? '(row)');
          return ledger.reject(row.line, field, v[field], issue.message, { file, cell });
        }
      }
      if (keys && spec.key) {
        const k = spec.key.map((c) => v[c]).join('\u0001');
        const seen = keys.add(k, Object.values(v).join('\u0001'), row.line);
        if (seen)
          return ledger.reject(
            row.line,
            spec.key.join('+'),
            spec.key.map((c) => v[c]).join(' | '),
            seen.same
              ? `exact copy of row ${seen.line} (counted once)`
              : `same key as row ${seen.line} with different values: which one is right is unknown`,
            { file, cell, lossless: seen.same },
          );
      }
      onRow(row);
    },
    (m) => ledger.rejectMalformed(m, file),
  );
  ledger.repaired += info.repaired;
  return info;
}

/** `eachRow` for small tables: the rows in scope, in file order. */
export async function readRows<C extends string>(
  path: string,
  spec: TableSpec<C>,
  ledger: Ledger,
): Promise<{ rows: CsvRow<C>[]; info: CsvInfo }> {
  const rows: CsvRow<C>[] = [];
  const info = await eachRow(path, spec, ledger, (r) => rows.push(r));
  return { rows, info };
}

/**
 * Reads a reference table (a gazetteer, a lookup we rely on to place other rows): there every
 * row must be good, so the first bad or repeated row stops the build, naming file, row and field.
 */
export async function readReference<C extends string>(
  path: string,
  spec: TableSpec<C>,
): Promise<CsvRow<C>[]> {
  const ledger = new Ledger(spec.name);
  const { rows } = await readRows(path, spec, ledger);
  const bad = ledger.rejects[0];
  if (bad)
    throw new DataError(
      spec.name,
      `${bad.reason} (value "${bad.value}"); a reference table must be right in every row`,
      bad.row,
      bad.field,
    );
  return rows;
}
