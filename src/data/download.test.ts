import { describe, expect, it } from 'vitest';
import { tableRows } from './download';

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
});
