// Reading shared by the hand-transcribed tables (seizures, traces, displacement): each row names
// the page it was read from, where in the page, and the words as printed. The table's schema
// (scripts/schemas/) rejects a row without a usable link or with a value that is not a number,
// naming the field.
import type { Ledger } from './ledger';
import type { Conflict } from './manifest';
import { columnNames, rowSchema, type TableSchema } from './schema';
import type { Row } from './csv';
import type { CitedFigure } from './tables';
import { readRows, type TableSpec } from './table';

/** Where a transcribed figure came from, kept with the figure all the way to the UI. */
export type Cited = CitedFigure;

/** A row of a transcribed table, with its figure read as a number (null when left empty). */
export interface TranscribedRow<C extends string = string> {
  line: number;
  values: Row<C>;
  value: number | null;
}

/**
 * Reads a transcribed table: every row checked against the table's schema (rejected, naming the
 * field, when it fails) and its key (a repeat is rejected); the rows that pass, with `value`.
 */
export async function readTranscribed<C extends string>(
  path: string,
  schema: TableSchema<C>,
  ledger: Ledger,
  opts: Pick<TableSpec<C>, 'scope' | 'cell'> = {},
): Promise<TranscribedRow<C>[]> {
  const { rows } = await readRows(
    path,
    {
      name: schema.file,
      required: columnNames(schema),
      key: schema.key,
      schema: rowSchema(schema),
      ...opts,
    },
    ledger,
  );
  return rows.map(({ line, values }) => {
    const raw = (values.value ?? '').trim();
    return { line, values, value: raw === '' ? null : Number(raw) };
  });
}

export function cited(
  v: Readonly<Record<string, string | undefined>>,
  publisherField = 'source_publisher',
): Cited {
  return {
    publisher: v[publisherField] ?? '',
    url: v.source_url ?? '',
    date: v.source_date ?? '',
    locator: v.source_locator ?? '',
    text: v.value_text ?? '',
    note: v.note ?? '',
  };
}

/** A period label's years: "2022-2023", "2015 to 2022", "2016", "FY2014-FY2019"; null if none. */
export function periodYears(label: string): { from: number; to: number } | null {
  const m = /^(?:FY)?(\d{4})(?:\s*(?:-|–|to)\s*(?:FY)?(\d{4}))?/.exec(label.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : null;
}

/**
 * Groups figures that describe the same thing and returns those where sources disagree. Which
 * one is shown is the caller's rule (`shown`), stated in `note`.
 */
export function conflicts<T extends { value: number | null; cite: Cited }>(
  items: T[],
  key: (t: T) => string,
  shown: (group: T[]) => T | null,
  note: { en: string; es: string },
): Conflict[] {
  const groups = new Map<string, T[]>();
  for (const t of items) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  const out: Conflict[] = [];
  for (const [about, g] of groups) {
    if (new Set(g.map((t) => t.value)).size < 2) continue;
    const pick = shown(g);
    out.push({
      about,
      values: g.map((t) => ({
        value: t.value,
        text: t.cite.text,
        source: t.cite.publisher,
        url: t.cite.url,
        shown: t === pick,
      })),
      note: note.en,
      noteEs: note.es,
    });
  }
  return out;
}
