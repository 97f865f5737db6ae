import { describe, expect, it } from 'vitest';
import { CMDPDH_FILE } from '../lib/cmdpdh';
import { rawFixture } from '../lib/fixture';
import { displacementStates } from './displacement-states';

const HEADER =
  'year,period,place,cve_ent,place_level,measure,value,value_text,unit,original_data_source,source_publisher,source_url,source_date,source_locator,note,preferred';
const row = (
  year: string,
  period: string,
  place: string,
  code: string,
  level: string,
  measure: string,
  value: string,
  publisher: string,
  preferred: string,
) =>
  `${year},${period},${place},${code},${level},${measure},${value},"${value} personas",people,CMDPDH,${publisher},https://example.org/${publisher},2019,paragraph 1,,${preferred}`;

const square = (x: number) => ({
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [x, 20],
        [x + 1, 20],
        [x + 1, 21],
        [x, 21],
        [x, 20],
      ],
    ],
  ],
});
const mxStates = {
  features: [
    {
      type: 'Feature' as const,
      geometry: square(-105),
      properties: { cve_ent: '25', name: 'Sinaloa' },
    },
    {
      type: 'Feature' as const,
      geometry: square(-100),
      properties: { cve_ent: '16', name: 'Michoacán' },
    },
    {
      type: 'Feature' as const,
      geometry: square(-95),
      properties: { cve_ent: '05', name: 'Coahuila' },
    },
  ],
};

describe('displacement-states', () => {
  it('takes the preferred whole-year state figure, leaves states without one empty and records conflicts', async () => {
    const csv = [
      HEADER,
      row('2018', '2018', 'Sinaloa', '25', 'state', 'people_displaced', '860', 'CMDPDH', 'yes'),
      row(
        '2018',
        '2018',
        'Sinaloa',
        '25',
        'state',
        'people_displaced',
        '836',
        'Animal',
        'no (duplicate or conflicting; use CMDPDH page)',
      ),
      row('2018', '2018', 'Michoacán', '16', 'state', 'episodes', '6', 'CMDPDH', 'yes'),
      row('2019', '2019', 'Michoacán', '16', 'state', 'people_displaced', '704', 'Radio', 'yes'),
      row(
        '2021',
        '2021 Jan–Oct',
        'Michoacán',
        '16',
        'state',
        'people_displaced',
        '5000',
        'X',
        'yes',
      ),
      row(
        '2019',
        '2019',
        'Nacional',
        '00',
        'national',
        'people_displaced',
        '8664',
        'CMDPDH',
        'yes',
      ),
      row('2019', '2019', 'Nowhere', '40', 'state', 'people_displaced', '1', 'X', 'yes'),
    ].join('\r\n');
    const ctx = await rawFixture({ [CMDPDH_FILE]: csv + '\r\n' }, { 'mx-states': mxStates });
    const layer = await displacementStates.build(ctx);
    const p = new Map(layer.features!.map((f) => [f.properties.cve_ent, f.properties]));
    expect(layer.years).toEqual([2018, 2019]);
    expect(p.get('25')).toMatchObject({ displaced_2018: 860, displaced_2019: null });
    expect(p.get('16')).toMatchObject({ displaced_2018: null, displaced_2019: 704 });
    // A state no source names is there, with no figure in any year (not zero).
    expect(p.get('05')).toMatchObject({ displaced_2018: null, displaced_2019: null });
    expect(layer.conflicts).toEqual([
      expect.objectContaining({
        about: 'Sinaloa 2018 people displaced',
        values: [
          expect.objectContaining({ value: 860, shown: true }),
          expect.objectContaining({ value: 836, shown: false }),
        ],
      }),
    ]);
    const [l] = layer.ledgers;
    expect([l!.read, l!.kept, l!.rejected]).toEqual([7, 2, 1]);
    expect(l!.rejects[0]).toMatchObject({ row: 8, field: 'cve_ent', value: '40' });
    expect(l!.filtered).toEqual({
      'national or regional rows': 1,
      'other measures (episodes, shares, cumulative)': 1,
      'part-year or multi-year periods': 1,
      'not preferred by the table (duplicate or conflicting; see conflicts)': 1,
    });
  });
});
