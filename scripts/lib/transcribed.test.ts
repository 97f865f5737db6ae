import { describe, expect, it } from 'vitest';
import { Ledger } from './ledger';
import { rawFixture } from './fixture';
import type { TableSchema } from './schema';
import { conflicts, periodYears, readTranscribed } from './transcribed';

describe('transcribed tables', () => {
  it('rejects a row that breaks the table schema or repeats its key, naming line and field', async () => {
    const schema: TableSchema = {
      file: 't/figures.csv',
      key: ['period', 'source_url'],
      columns: [
        { name: 'period', type: 'text', doc: 'period' },
        { name: 'value', type: 'number', required: false, doc: 'figure' },
        { name: 'value_text', type: 'text', doc: 'words' },
        { name: 'source_url', type: 'url', doc: 'page' },
      ],
    };
    const ctx = await rawFixture({
      't/figures.csv': [
        'period,value,value_text,source_url',
        '2019,12,twelve,https://a.example/x',
        '2020,12,twelve,see report',
        '2021,"1,200","1,200",https://a.example/x',
        '2022,,four in ten,https://a.example/x',
        '2023,5,,https://a.example/x',
        '2019,13,thirteen,https://a.example/x',
      ].join('\n'),
    });
    const l = new Ledger('t/figures.csv');
    const rows = await readTranscribed(ctx.raw('t/figures.csv'), schema, l);
    expect(rows.map((r) => [r.line, r.value])).toEqual([
      [2, 12],
      [5, null],
    ]);
    expect(l.rejects.map((r) => [r.row, r.field, r.reason])).toEqual([
      [3, 'source_url', 'expected an http(s) link'],
      [4, 'value', 'expected a plain number (digits, optional decimals; words go in value_text)'],
      [6, 'value_text', 'empty, but required'],
      [
        7,
        'period+source_url',
        'same key as row 2 with different values: which one is right is unknown',
      ],
    ]);
  });

  it('reads the years of a period label and nothing from a label without one', () => {
    expect(periodYears('2022-2023')).toEqual({ from: 2022, to: 2023 });
    expect(periodYears('2015 to 2022')).toEqual({ from: 2015, to: 2022 });
    expect(periodYears('2015-2022 (seven-year period per source)')).toEqual({
      from: 2015,
      to: 2022,
    });
    expect(periodYears('FY2014-FY2019')).toEqual({ from: 2014, to: 2019 });
    expect(periodYears('2016')).toEqual({ from: 2016, to: 2016 });
    expect(periodYears('NFCTA period')).toBeNull();
  });

  it('lists disagreeing figures with the one shown', () => {
    const cite = (publisher: string) => ({
      publisher,
      url: 'https://a.example',
      date: '',
      locator: '',
      text: '',
      note: '',
    });
    const items = [
      { k: 'a', value: 1, cite: cite('P') },
      { k: 'a', value: 2, cite: cite('Q') },
      { k: 'b', value: 3, cite: cite('P') },
      { k: 'b', value: 3, cite: cite('Q') },
    ];
    const c = conflicts(
      items,
      (i) => i.k,
      (g) => g[0]!,
      { en: 'first listed', es: 'la primera' },
    );
    expect(c).toHaveLength(1);
    expect(c[0]!.values.map((v) => [v.value, v.shown])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});
