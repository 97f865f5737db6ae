import { describe, expect, it } from 'vitest';
import { rawFixture } from '../lib/fixture';
import { SEDENA_FILE, TRACES_FILE } from '../lib/traces';
import { traceFigures } from './trace-figures';
import { traces } from './traces';

const HEADER =
  'period,source_place,recovery_place,place_level,measure,value,value_text,unit,original_data_source,source_publisher,source_url,source_date,source_locator,note';
const row = (
  period: string,
  place: string,
  level: string,
  measure: string,
  value: string,
  url = 'https://example.org/a',
) =>
  `${period},${place},Mexico,${level},${measure},${value},"${value} words",firearms,ATF,Paper,${url},2025,paragraph 4,`;
const SEDENA =
  'year,period,place,measure,value,value_text,unit,original_data_source,source_publisher,source_url,source_date,source_locator,note\r\n' +
  '2022,2022,Mexico (national),firearms_seized_by_sedena,7916,7 mil 916,firearms,SEDENA,Sur,https://example.org/s,2024-02-12,paragraph 2,\r\n' +
  '2022,2022,Mexico (national),firearms_seized_by_sedena,7911,7 mil 911,firearms,SEDENA,Sur,https://example.org/s,2024-02-12,paragraph 6,\r\n';

const csv = [
  HEADER,
  row('2022-2023', 'Texas', 'us_state', 'firearms_traced_to_source_state', '7825'),
  row(
    '2015-2022 (seven-year period per source)',
    'Texas',
    'us_state',
    'firearms_traced_to_source_state',
    '22506',
  ),
  row(
    '2015-2022 (seven-year period per source)',
    'California + New Mexico',
    'us_state_pair',
    'firearms_traced_to_source_state',
    '9348',
  ),
  row('2017-2022', 'all', 'national', 'firearms_traced', '123741'),
  row('2017-2022', 'United States', 'national', 'us_sourced_firearms', '83560'),
  row('2014-2018', 'United States', 'national', 'us_sourced_share_of_traced', '70'),
  row('2006-2009', 'Texas', 'us_state_share', 'share_of_us_guns_recovered_in_mexico', ''),
  row('2016', 'all', 'national', 'firearms_traced', 'about 13000'),
].join('\r\n');

describe('traces', () => {
  it('shades only the states a source names, one field per labelled period, and keeps a two-state figure combined', async () => {
    const ctx = await rawFixture({ [TRACES_FILE]: csv + '\r\n' });
    const layer = await traces.build(ctx);
    const p = new Map(layer.features!.map((f) => [f.properties.name, f.properties]));
    expect([...p.keys()].sort()).toEqual(['California', 'New Mexico', 'Texas']);
    expect(p.get('Texas')).toMatchObject({ traced_2022_2023: 7825, traced_2015_2022: 22506 });
    expect(p.get('California')).toMatchObject({
      traced_2015_2022: null,
      combined_2015_2022: 'California + New Mexico: 9,348',
    });
    expect(layer.years).toEqual([]);
    const [l] = layer.ledgers;
    expect([l!.read, l!.kept, l!.rejected]).toEqual([8, 3, 1]);
    expect(l!.rejects[0]).toMatchObject({ row: 9, field: 'value' });
  });

  it('lists traced totals and the U.S.-sourced share per period, computing a share only from one page', async () => {
    const ctx = await rawFixture({ [TRACES_FILE]: csv + '\r\n', [SEDENA_FILE]: SEDENA });
    const layer = await traceFigures.build(ctx);
    const json = layer.json as {
      traced: {
        period: string;
        total: { value: number } | null;
        share: { value: number; computed: boolean } | null;
      }[];
    };
    expect(
      json.traced.map((t) => [t.period, t.total?.value ?? null, t.share?.value, t.share?.computed]),
    ).toEqual([
      ['2014-2018', null, 70, false],
      ['2017-2022', 123741, 67.5, true],
    ]);
    expect(layer.conflicts?.map((c) => c.about)).toEqual([
      'SEDENA 2022 · firearms_seized_by_sedena',
    ]);
  });
});
