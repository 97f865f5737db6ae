import { describe, expect, it } from 'vitest';
import { byKey, csvText, featuresToCsv, tableRows } from './download';

describe('tableRows', () => {
  it('flattens transcribed rows with their citation into CSV columns', () => {
    expect(
      tableRows({
        rows: [{ period: '2022', value: 5, cite: { url: 'https://a.example', text: 'five' } }],
      }),
    ).toEqual([{ period: '2022', value: 5, 'cite.url': 'https://a.example', 'cite.text': 'five' }]);
  });

  it('lists every unit with its agency for the areas-of-responsibility table', () => {
    const rows = tableRows({
      agencies: [
        {
          id: 'dea',
          units: [
            { unit: 'Phoenix Division', coverage_classes: ['whole'], members: [{ code: 'AZ' }] },
          ],
        },
      ],
    });
    expect(rows).toEqual([
      {
        agency: 'dea',
        unit: 'Phoenix Division',
        coverage_classes: 'whole',
        members: '[{"code":"AZ"}]',
      },
    ]);
  });

  it('keeps the displacement series as it was', () => {
    expect(tableRows({ national: [{ year: 2019, stock: 1 }] })).toEqual([{ year: 2019, stock: 1 }]);
  });

  it('keeps every block of a table with several, each row naming its block', () => {
    const rows = tableRows({
      traced: [{ period: '2017-2022', total: { value: 1 } }],
      rows: [{ year: 2022, value: 2 }],
      sedena: [{ year: 2020, seized: 3 }],
      note: 'not a block',
    });
    expect(rows).toEqual([
      { table: 'traced', period: '2017-2022', 'total.value': 1 },
      { table: 'rows', year: 2022, value: 2 },
      { table: 'sedena', year: 2020, seized: 3 },
    ]);
  });
});

describe('CSV files', () => {
  it('start with a byte-order mark and carry every column any row has', () => {
    const text = csvText([
      { table: 'traced', period: 'Señal' },
      { table: 'sedena', seized: 3 },
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\n')).toEqual([
      'table,period,seized',
      'traced,Señal,',
      'sedena,,3',
      '',
    ]);
  });

  it('start with a byte-order mark for a layer too', () => {
    const entry = {
      id: 'x',
      fields: [{ name: 'name', type: 'string', description: 'n' }],
      geometryType: 'Point',
      incomplete: [],
      key: null,
      years: [],
      partialYears: [],
      sources: [],
    };
    const text = featuresToCsv(entry as never, [
      {
        properties: { name: 'Doña Ana' },
        geometry: { type: 'Point', coordinates: [-106.8, 32.3] },
      },
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Doña Ana,-106.8,32.3');
  });

  it('reads a spatially indexed layer back in key order', () => {
    const f = (row: number) => ({ properties: { row } });
    expect(byKey({ key: 'row' }, [f(10), f(2), f(33)]).map((x) => x.properties.row)).toEqual([
      2, 10, 33,
    ]);
    const g = (fips: string) => ({ properties: { fips } });
    expect(byKey({ key: 'fips' }, [g('48141'), g('01001')]).map((x) => x.properties.fips)).toEqual([
      '01001',
      '48141',
    ]);
  });
});
