import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsvText, unzipIfGzip } from './csv';
import { DataError } from './errors';

describe('decodeText', () => {
  it('reads UTF-8 and falls back to Latin-1 for INEGI-style files', () => {
    expect(decodeText(Buffer.from('MUNICIPIO\nACUÑA\n', 'utf8'))).toEqual({
      text: 'MUNICIPIO\nACUÑA\n',
      encoding: 'utf-8',
    });
    const latin = iconv.encode('MUNICIPIO\nJUÁREZ\n', 'latin1');
    expect(decodeText(latin)).toEqual({ text: 'MUNICIPIO\nJUÁREZ\n', encoding: 'latin1' });
  });

  it('strips a byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFa,b\n', 'utf8')).text).toBe('a,b\n');
  });
});

describe('unzipIfGzip', () => {
  it('recognises gzip by its magic bytes, whatever the file is called', () => {
    const plain = Buffer.from('a,b\n1,2\n');
    expect(unzipIfGzip(gzipSync(plain)).toString()).toBe('a,b\n1,2\n');
    expect(unzipIfGzip(plain)).toBe(plain);
  });
});

describe('parseCsvText', () => {
  const opts = { name: 'x/data.csv', required: ['year', 'value'] };

  it('returns rows with their line numbers and sets malformed rows aside', () => {
    const t = parseCsvText('year,value\n2015,3\n2016\n2017,"4"\n', opts);
    expect(t.rows.map((r) => [r.line, r.values.year, r.values.value])).toEqual([
      [2, '2015', '3'],
      [4, '2017', '4'],
    ]);
    expect(t.malformed).toEqual([{ line: 3, found: 1, raw: ['2016'] }]);
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
});
