// Reviewed tables of what each free-text normaliser does with every distinct raw value it meets.
// A test compares the normaliser's output on the raw data with the table: a changed rule shows
// as a changed row, and a new raw value (a refreshed source) fails until someone reviews it.
// UPDATE_NORMALISERS=1 rewrites the tables; review the diff before committing it.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const DIR = new URL('./normalisers/', import.meta.url).pathname;

/** Distinct rows, sorted, as the table holds them. */
export function distinct(rows: string[][]): string[][] {
  const seen = new Map(rows.map((r) => [JSON.stringify(r), r]));
  return [...seen.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * Returns the differences between the normaliser's output (`rows`: inputs then outputs, per
 * distinct input) and the reviewed table `name`.csv, as readable lines (empty when equal).
 */
export async function compareWithReviewed(
  name: string,
  header: string[],
  rows: string[][],
): Promise<string[]> {
  const path = `${DIR}${name}.csv`;
  const actual = distinct(rows);
  if (process.env.UPDATE_NORMALISERS === '1') {
    await writeFile(path, stringify([header, ...actual]));
    return [];
  }
  if (!existsSync(path)) return [`${name}.csv does not exist (run with UPDATE_NORMALISERS=1)`];
  const [head, ...reviewed] = parse(await readFile(path), {
    relax_column_count: true,
  }) as string[][];
  if (JSON.stringify(head) !== JSON.stringify(header))
    return [`${name}.csv has columns ${head?.join(',')}, expected ${header.join(',')}`];
  const key = (r: string[]) => JSON.stringify(r);
  const want = new Set(reviewed.map(key));
  const got = new Set(actual.map(key));
  return [
    ...actual
      .filter((r) => !want.has(key(r)))
      .map((r) => `not in the reviewed table: ${r.join(' | ')}`),
    ...reviewed
      .filter((r) => !got.has(key(r)))
      .map((r) => `reviewed but not produced: ${r.join(' | ')}`),
  ];
}
