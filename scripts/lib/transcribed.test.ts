import { describe, expect, it } from 'vitest';
import { Ledger } from './ledger';
import { checkRow, conflicts, periodYears } from './transcribed';

describe('transcribed tables', () => {
  it('rejects a row without a source link or with a value that is not a number, naming the field', () => {
    const l = new Ledger('t.csv');
    expect(checkRow(l, 2, { source_url: 'https://a.example/x', value: '12' })).toBe(12);
    expect(checkRow(l, 3, { source_url: 'see report', value: '12' })).toBeUndefined();
    expect(checkRow(l, 4, { source_url: 'https://a.example/x', value: '1,200' })).toBeUndefined();
    expect(checkRow(l, 5, { source_url: 'https://a.example/x', value: '' })).toBeUndefined();
    expect(
      checkRow(l, 6, { source_url: 'http://a.example/x', value: '' }, { allowEmpty: true }),
    ).toBeNull();
    expect(l.rejects.map((r) => [r.row, r.field])).toEqual([
      [3, 'source_url'],
      [4, 'value'],
      [5, 'value'],
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
