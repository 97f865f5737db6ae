import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CsvParser, parseCsvText, streamCsv, type CsvRow, type Row } from './csv';
import { DataError } from './errors';

const opts = { name: 'x/data.csv', required: ['year', 'value'] };

async function file(name: string, bytes: Buffer | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-csv-'));
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
}

async function rows(path: string, o = opts): Promise<{ rows: CsvRow[]; encoding: string }> {
  const out: CsvRow[] = [];
  const info = await streamCsv(
    path,
    o,
    (r) => out.push(r),
    () => {},
  );
  return { rows: out, encoding: info.encoding };
}

describe('parseCsvText', () => {
  it('returns rows with their line numbers and sets malformed rows aside', () => {
    const t = parseCsvText('year,value\n2015,3\n2016\n2017,"4"\n', opts);
    expect(t.rows.map((r) => [r.line, r.values.year, r.values.value])).toEqual([
      [2, '2015', '3'],
      [4, '2017', '4'],
    ]);
    expect(t.malformed).toEqual([{ line: 3, expected: 2, found: 1, raw: ['2016'] }]);
  });

  it('numbers a record by the line where it ends, across quoted line breaks, blank lines and CRLF', () => {
    const t = parseCsvText(
      'year,value\r\n2015,"three\r\nlines\nlong"\r\n\r\n2016,4\r\n2017,5',
      opts,
    );
    expect(t.rows.map((r) => [r.line, r.values.value])).toEqual([
      [4, 'three\r\nlines\nlong'],
      [6, '4'],
      [7, '5'],
    ]);
  });

  it('fails on a broken quote, naming the file and the line', () => {
    expect(() => parseCsvText('year,value\n2015,3\n2016,"4\n2017,5\n', opts)).toThrow(
      /x\/data\.csv \(row \d+\): not readable as CSV/,
    );
  });

  it('fails on a missing or renamed column, naming the file and the column', () => {
    const run = () => parseCsvText('year,valor\n2015,3\n', opts);
    expect(run).toThrow(DataError);
    expect(run).toThrow(
      /x\/data\.csv \(row 1, field "value"\): missing column "value" \(found: year, valor\)/,
    );
  });

  it('skips title lines before the header and counts lines from the top of the file', () => {
    const t = parseCsvText('Title\nSource: someone\nyear,value\n2015,3\n', {
      ...opts,
      skipLines: 2,
    });
    expect(t.rows[0]).toEqual({ line: 4, values: { year: '2015', value: '3' } });
  });

  it('reads tab-delimited lists where quotes are plain characters', () => {
    const t = parseCsvText('year\tvalue\n2015\tJOE\'S "BEST" GUNS\n', {
      ...opts,
      delimiter: '\t',
      quote: false,
    });
    expect(t.rows[0]?.values.value).toBe('JOE\'S "BEST" GUNS');
  });

  it('repairs mojibake in cells and marks a row that keeps a control character', () => {
    const t = parseCsvText('year,value\n2015,DoÃ±a Ana\n2016,bad\u0081byte\n', opts);
    expect(t.rows[0]?.values.value).toBe('Doña Ana');
    expect(t.rows[1]?.control).toEqual({ field: 'value', char: 'U+0081' });
  });
});

describe('typed rows', () => {
  it('types the required columns as strings and any other column as possibly missing', () => {
    const t = parseCsvText('year,value\n2015,3\n', { name: 'x.csv', required: ['year', 'value'] });
    expectTypeOf(t.rows[0]!.values).toEqualTypeOf<Row<'year' | 'value'>>();
    expectTypeOf(t.rows[0]!.values.year).toEqualTypeOf<string>();
    // A column the reader did not require (or misspelt) is not a string to the type checker.
    expectTypeOf(t.rows[0]!.values.yaer).toEqualTypeOf<string | undefined>();
    expect(t.rows[0]!.values.year).toBe('2015');
  });
});

describe('CsvParser in chunks', () => {
  it('gives the same rows and line numbers whatever the pieces, across 4 MB chunk cuts', () => {
    // Quoted line breaks every few rows: a chunk must never be cut inside a quoted field.
    const lines = ['year,value'];
    for (let i = 0; i < 200_000; i++)
      lines.push(
        i % 7 === 0
          ? `${i},"a ""quoted"" cell\nover two lines, ${'x'.repeat(40)}"`
          : `${i},${'y'.repeat(30)}`,
      );
    const text = lines.join('\n') + '\n';
    expect(text.length).toBeGreaterThan(8 << 20); // at least two chunk cuts
    const whole = parseCsvText(text, opts).rows;
    const pieces: CsvRow[] = [];
    const p = new CsvParser(
      opts,
      (r) => pieces.push(r),
      () => {},
    );
    for (let at = 0; at < text.length; at += 65_537) p.push(text.slice(at, at + 65_537));
    p.end();
    expect(pieces).toHaveLength(200_000);
    expect(pieces).toEqual(whole);
    const last = pieces.at(-1)!;
    // Header is line 1; every 7th row from 0 spans two lines.
    expect(last.line).toBe(1 + 200_000 + Math.ceil(200_000 / 7));
  });
});

describe('streamCsv', () => {
  it('reads gzip by its magic bytes, whatever the file is called', async () => {
    const path = await file('plain-name.csv', gzipSync('year,value\n2015,3\n'));
    expect((await rows(path)).rows.map((r) => r.values.value)).toEqual(['3']);
  });

  it('detects Windows-1252 per file: accents and the ’ apostrophe, not control characters', async () => {
    const path = await file('w.csv', iconv.encode('year,value\n2015,JUÁREZ’S\n', 'win1252'));
    const r = await rows(path);
    expect(r.encoding).toBe('windows-1252');
    expect(r.rows[0]?.values.value).toBe('JUÁREZ’S');
  });

  it('keeps UTF-8 whose multi-byte characters straddle read chunks, and drops a BOM', async () => {
    const body =
      'year,value\n' + Array.from({ length: 200_000 }, (_, i) => `${i},Ñuñoa`).join('\n');
    const r = await rows(await file('u.csv', '\uFEFF' + body));
    expect(r.encoding).toBe('utf-8');
    expect(r.rows).toHaveLength(200_000);
    expect(r.rows.every((x) => x.values.value === 'Ñuñoa')).toBe(true);
  });

  it('names the file when a gzip is truncated', async () => {
    const gz = gzipSync('year,value\n' + '2015,3\n'.repeat(100_000));
    const path = await file('cut.csv.gz', gz.subarray(0, gz.length >> 1));
    await expect(rows(path, { ...opts, name: 'src/cut.csv.gz' })).rejects.toThrow(
      /^src\/cut\.csv\.gz: not a readable gzip file \(unexpected end of file\): the file is truncated or corrupt$/,
    );
  });
});
