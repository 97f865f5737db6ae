import { describe, expect, it } from 'vitest';
import { rawFixture } from '../lib/fixture';
import { FILE, seizures } from './seizures';

const HEADER =
  'event_id,event_date,event_date_as_published,source_pub_date,crossing_or_place,bts_port_name,bts_port_code,us_state,agency,direction,conveyance,measure,value,value_text,unit,latitude,longitude,coord_source,source_url,source_locator,note';
const URL = 'https://www.cbp.gov/newsroom/x';
const row = (
  id: string,
  date: string,
  pub: string,
  code: string,
  dir: string,
  measure: string,
  value: string,
  url = URL,
) =>
  `${id},${date},"words",${pub},Some bridge,Nogales,${code},AZ,CBP OFO,${dir},car,${measure},${value},"${value} ${measure}",items,31.3,-110.9,port centroid,${url},paragraph 1,`;

const ports = {
  features: [
    {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [-110.943, 31.333] },
      properties: { port_code: '2604', name: 'Nogales', state: 'Arizona' },
    },
  ],
};

describe('seizures', () => {
  it('makes one point per event at its port, with firearms and rounds as stated, and rejects what it cannot place', async () => {
    const csv = [
      HEADER,
      row('E01', '', '2021-09-01', '2604', 'outbound', 'rifles_AK47', '4'),
      row('E01', '', '2021-09-01', '2604', 'outbound', 'rifles_.50_caliber', '1'),
      row('E01', '', '2021-09-01', '2604', 'outbound', 'ammunition_rounds', '889'),
      row(
        'E02',
        '2024-08-17',
        '2024-08',
        '2604',
        'outbound (southbound lanes)',
        'ammunition_rounds',
        '92900',
      ),
      row(
        'E02',
        '2024-08-17',
        '2024-08',
        '2604',
        'outbound (southbound lanes)',
        'ammunition_rounds_.223',
        '59900',
      ),
      row('E03', '', '', '2604', 'not stated in sentence', 'weapons', '12'),
      row('E04', '', '2022-07-18', '', 'outbound', 'firearms', '15'),
      row('E05', '', '2022-01-01', '2604', 'outbound', 'handguns', '5', 'see the release'),
      row('E03', '', '', '2604', 'inbound', 'magazines', '3'),
    ].join('\r\n');
    const ctx = await rawFixture({ [FILE]: csv + '\r\n' }, { ports });
    const layer = await seizures.build(ctx);
    const byId = new Map(layer.features!.map((f) => [f.properties.event_id, f.properties]));
    expect([...byId.keys()]).toEqual(['E01', 'E02', 'E03']);
    expect(byId.get('E01')).toMatchObject({
      firearms: 5,
      firearms_basis: 'sum of rifles_AK47 + rifles_.50_caliber',
      rounds: 889,
      year: 2021,
      date_precision: 'publication date',
      outbound: true,
    });
    // The stated total, not the total plus its calibre rows.
    expect(byId.get('E02')).toMatchObject({
      rounds: 92900,
      year: 2024,
      date: '2024-08-17',
      date_precision: 'day',
    });
    expect(byId.get('E03')).toMatchObject({
      year: null,
      date_precision: 'unknown',
      outbound: false,
      firearms: 12,
    });
    expect(layer.features![0]!.geometry).toEqual(ports.features[0]!.geometry);
    const [ledger] = layer.ledgers;
    expect(ledger!.read).toBe(9);
    expect(ledger!.read).toBe(ledger!.kept + ledger!.rejected + ledger!.filteredTotal);
    expect(ledger!.rejects.map((r) => [r.row, r.field])).toEqual([
      [9, 'source_url'],
      [10, 'direction'],
      [8, 'bts_port_code'],
    ]);
  });
});
