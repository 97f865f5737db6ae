// Refreshing the raw data as a reviewable change: `npm run data:fetch` downloads each source that
// has a stable download into a staging folder, checks that it reads, and compares it with the
// copy in geodata/raw/ row by row (by the file's key where it has one). Nothing in geodata/raw/
// changes until `--apply`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CsvParser } from './csv';
import type { RawInput } from './layer';
import { detectEncoding, textPieces } from './stream';

/** The rows of a raw file as key → row text (a file without a key: row text → count). */
export interface Rows {
  keyed: boolean;
  rows: Map<string, string>;
  counts: Map<string, number>;
  total: number;
}

const JOIN = '\u0001';

export async function readRowsForDiff(
  path: string,
  name: string,
  key: readonly string[] | undefined,
  headerLine = 1,
): Promise<Rows> {
  const out: Rows = { keyed: !!key?.length, rows: new Map(), counts: new Map(), total: 0 };
  const add = (k: string | null, text: string) => {
    out.total++;
    if (k !== null) out.rows.set(k, text);
    else out.counts.set(text, (out.counts.get(text) ?? 0) + 1);
  };
  if (/\.(geo)?json$/i.test(name)) {
    const fc = JSON.parse(await readFile(path, 'utf8')) as {
      features?: { properties?: Record<string, unknown> }[];
    };
    for (const f of fc.features ?? []) {
      const text = JSON.stringify(f);
      add(key?.length ? key.map((k) => String(f.properties?.[k])).join(JOIN) : null, text);
    }
    return out;
  }
  const parser = new CsvParser(
    { name, required: key ?? [], skipLines: headerLine - 1 },
    ({ values }) => {
      const text = Object.values(values).join(JOIN);
      add(key?.length ? key.map((k) => values[k]).join(JOIN) : null, text);
    },
    (m) => add(null, m.raw.join(JOIN)),
  );
  for await (const piece of textPieces(path, name, await detectEncoding(path, name)))
    parser.push(piece);
  parser.end();
  return out;
}

export interface FileDiff {
  file: string;
  before: number;
  after: number;
  added: number;
  removed: number;
  changed: number;
  /** A few examples, for the reader to see what kind of change it is. */
  examples: string[];
}

/** Rows added, removed and (by key) changed between two readings of a file. */
export function diffRows(file: string, before: Rows, after: Rows): FileDiff {
  const d: FileDiff = {
    file,
    before: before.total,
    after: after.total,
    added: 0,
    removed: 0,
    changed: 0,
    examples: [],
  };
  const example = (s: string) =>
    d.examples.length < 3 && d.examples.push(s.split(JOIN).join(' | '));
  for (const [k, text] of after.rows) {
    const old = before.rows.get(k);
    if (old === undefined) {
      d.added++;
      example(`+ ${text}`);
    } else if (old !== text) {
      d.changed++;
      example(`~ ${old}  →  ${text}`);
    }
  }
  for (const [k, text] of before.rows)
    if (!after.rows.has(k)) {
      d.removed++;
      example(`- ${text}`);
    }
  for (const [text, n] of after.counts) {
    const extra = n - (before.counts.get(text) ?? 0);
    if (extra > 0) {
      d.added += extra;
      example(`+ ${text}`);
    }
  }
  for (const [text, n] of before.counts) {
    const gone = n - (after.counts.get(text) ?? 0);
    if (gone > 0) {
      d.removed += gone;
      example(`- ${text}`);
    }
  }
  return d;
}

export const unchanged = (d: FileDiff) => d.added + d.removed + d.changed === 0;

export function describeDiff(d: FileDiff): string {
  if (unchanged(d)) return `unchanged: ${d.file} (${d.before.toLocaleString('en-US')} rows)`;
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    `changed:   ${d.file}: ${n(d.before)} → ${n(d.after)} rows; +${n(d.added)} added, −${n(d.removed)} removed, ${n(d.changed)} changed`,
    ...d.examples.map((e) => `             ${e.length > 160 ? `${e.slice(0, 157)}…` : e}`),
  ].join('\n');
}

/** The failure of a download that means there is no network at all (not a missing file). */
export function isOffline(e: unknown): string | null {
  const err = e as Error & { cause?: { code?: string } };
  const code = err.cause?.code ?? err.name;
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|ECONNRESET|TimeoutError|AbortError/.test(
    code ?? '',
  )
    ? code!
    : null;
}

export type Fetcher = (url: string) => Promise<Response>;

/**
 * Downloads one input into the staging folder, gzipped when our copy is (the originals are plain
 * CSV). Throws on an HTTP error or an empty body.
 */
export async function stage(
  input: RawInput,
  stagingDir: string,
  fetcher: Fetcher,
): Promise<string> {
  const res = await fetcher(input.url);
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  let body: Uint8Array = new Uint8Array(await res.arrayBuffer());
  if (body.length === 0) throw new Error('empty response');
  if (input.path.endsWith('.gz') && !(body[0] === 0x1f && body[1] === 0x8b))
    body = gzipSync(body, { level: 9 });
  const dest = join(stagingDir, input.path);
  await mkdir(dirname(dest), { recursive: true });
  await writeFile(dest, body);
  return dest;
}

export const sameBytes = async (a: string, b: string) =>
  existsSync(a) &&
  existsSync(b) &&
  createHash('sha256')
    .update(await readFile(a))
    .digest('hex') ===
    createHash('sha256')
      .update(await readFile(b))
      .digest('hex');
