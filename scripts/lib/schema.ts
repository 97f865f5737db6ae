// The documented shape of a table we transcribe and keep ourselves: columns declared as data,
// from which come both the check every row passes at load (a zod schema) and the schema section
// of the table's README, so the documentation cannot drift from what the pipeline enforces.
import { z } from 'zod';

export type ColumnType =
  /** Any text. */
  | 'text'
  /** A plain decimal number as digits ("7916", "13.9"), never words or thousands separators. */
  | 'number'
  /** A year, YYYY. */
  | 'year'
  /** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD ("?" if uncertain, YYYY/YYYY). */
  | 'date'
  /** An http(s) link. */
  | 'url'
  /** One or more http(s) links joined by " ; ". */
  | 'urls'
  /** One of `values`. */
  | 'enum'
  /** Text matching `pattern`. */
  | 'code';

export interface Column<C extends string = string> {
  name: C;
  type: ColumnType;
  /** False when an empty cell is allowed (default true: every row must fill it). */
  required?: boolean;
  values?: readonly string[];
  pattern?: RegExp;
  /** What the column holds, in a sentence (it becomes the README). */
  doc: string;
}

export interface TableSchema<C extends string = string> {
  /** Path relative to the raw folder. */
  file: string;
  /** Columns that identify a row (no two rows share them). */
  key: readonly C[];
  columns: readonly Column<C>[];
}

/** Declares a table, keeping its column names as a type (the rows it reads are typed by them). */
export const defineTable = <const C extends string>(t: TableSchema<C>): TableSchema<C> => t;

/** Declares columns shared by several tables, keeping their names as a type. */
export const defineColumns = <const C extends string>(cs: Column<C>[]): Column<C>[] => cs;

const URL_RE = /^https?:\/\/\S+$/;
const CHECKS: Record<ColumnType, (v: string, c: Column) => boolean> = {
  text: () => true,
  number: (v) => /^-?\d+(\.\d+)?$/.test(v),
  year: (v) => /^\d{4}$/.test(v),
  date: (v) =>
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?\??$/.test(v) || /^\d{4}\/\d{4}$/.test(v),
  url: (v) => URL_RE.test(v),
  urls: (v) => v.split(' ; ').every((u) => URL_RE.test(u.trim())),
  enum: (v, c) => (c.values ?? []).includes(v),
  code: (v, c) => (c.pattern ?? /^$/).test(v),
};

const EXPECTED: Record<ColumnType, (c: Column) => string> = {
  text: () => 'text',
  number: () => 'a plain number (digits, optional decimals; words go in value_text)',
  year: () => 'a year (YYYY)',
  date: () =>
    'a date (YYYY, YYYY-MM or YYYY-MM-DD; a trailing ? when uncertain; YYYY/YYYY for a page dated across two years)',
  url: () => 'an http(s) link',
  urls: () => 'http(s) links joined by " ; "',
  enum: (c) => `one of: ${(c.values ?? []).join(', ')}`,
  code: (c) => `text matching ${String(c.pattern)}`,
};

/** The columns a file must have. */
export const columnNames = <C extends string>(t: TableSchema<C>): C[] =>
  t.columns.map((c) => c.name);

/** A zod schema for one row (cells as read, all strings); messages say what was expected. */
export function rowSchema(t: TableSchema): z.ZodType {
  return z.object(
    Object.fromEntries(
      t.columns.map((c) => [
        c.name,
        z.string().superRefine((raw, ctx) => {
          const v = raw.trim();
          if (v === '') {
            if (c.required !== false)
              ctx.addIssue({ code: 'custom', message: 'empty, but required' });
          } else if (!CHECKS[c.type](v, c)) {
            ctx.addIssue({ code: 'custom', message: `expected ${EXPECTED[c.type](c)}` });
          }
        }),
      ]),
    ),
  );
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The schema as a Markdown table, for the table's README. */
export function schemaMarkdown(t: TableSchema): string {
  return [
    `Key (no two rows share it): ${t.key.map((k) => `\`${k}\``).join(' + ')}.`,
    '',
    '| column | required | expected | meaning |',
    '| --- | --- | --- | --- |',
    ...t.columns.map(
      (c) =>
        `| \`${c.name}\` | ${c.required === false ? 'no' : 'yes'} | ${cell(EXPECTED[c.type](c))} | ${cell(c.doc)} |`,
    ),
  ].join('\n');
}
