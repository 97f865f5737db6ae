import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawFixture } from '../lib/fixture';
import { BTS_FILE, parseMonth, ports, PORTS_FILE, separateDuplicates } from './ports';

const port = (code: string, lon: number, lat: number, alt: [number, number] | null) => ({
  code,
  name: code,
  state: 'California',
  lon,
  lat,
  coordSource: 'bts_2020-2021_extract',
  alt,
});

describe('separateDuplicates', () => {
  it('moves a port that shares coordinates with another to its older BTS location when that differs', () => {
    const [calexico, east, other] = separateDuplicates([
      port('2503', -115.388, 32.673, [-115.5, 32.66]),
      port('2507', -115.388, 32.673, [-115.39, 32.67]),
      port('2504', -117.029, 32.543, [-117.03, 32.54]),
    ]);
    expect([calexico?.lon, calexico?.lat, calexico?.coordSource]).toEqual([
      -115.5,
      32.66,
      'bts_2019_location (extract duplicated another port)',
    ]);
    expect([east?.lon, east?.lat, east?.coordSource]).toEqual([
      -115.388,
      32.673,
      'bts_2020-2021_extract',
    ]);
    expect(other?.lon).toBe(-117.029);
  });
});

describe('parseMonth', () => {
  it('reads BTS "Mon YYYY" dates only', () => {
    expect(parseMonth('May 2022')).toEqual({ year: 2022, month: 5 });
    expect(parseMonth('2022-05-01')).toBeNull();
    expect(parseMonth('Mai 2022')).toBeNull();
  });
});

describe('ports', () => {
  const HEADER =
    'port_name,state,port_code,latitude,longitude,lat_bts2019_location,lon_bts2019_location';
  // 25 placed ports are the layer's minimum; El Paso is the one the rows below are about.
  const table = [
    HEADER,
    'El Paso,Texas,2402,31.764,-106.451,31.76,-106.45',
    ...Array.from({ length: 25 }, (_, i) => `P${i},Texas,${2600 + i},29.${i},-100.${i},,`),
  ];
  const bts = (lines: string[]) =>
    gzipSync(['Port Name,State,Port Code,Border,Date,Measure,Value', ...lines].join('\n'));
  const row = (month: string, value: string) =>
    `El Paso,Texas,2402,US-Mexico Border,${month} 2019,Personal Vehicles,${value}`;

  it('counts a port listed twice once, and a BTS row repeated once', async () => {
    const ctx = await rawFixture({
      [PORTS_FILE]: [...table, 'El Paso,Texas,2402,31.764,-106.451,31.76,-106.45'].join('\n'),
      [BTS_FILE]: bts([row('Jan', '100'), row('Feb', '50'), row('Jan', '100')]),
    });
    const layer = await ports.build(ctx);
    const elPaso = layer.features!.find((f) => f.properties.port_code === '2402')!;
    expect(elPaso.properties.personal_vehicles_2019).toBe(150);
    expect(layer.features).toHaveLength(26);
    const [table_, bts_] = layer.ledgers;
    expect(table_!.rejects).toEqual([
      expect.objectContaining({ row: 28, field: 'port_code', lossless: true }),
    ]);
    expect(bts_!.rejects).toEqual([
      expect.objectContaining({ row: 4, reason: 'exact copy of row 2 (counted once)' }),
    ]);
  });

  it('flags the port and year whose monthly row could not be read, instead of a silent partial sum', async () => {
    const ctx = await rawFixture({
      [PORTS_FILE]: table.join('\n'),
      [BTS_FILE]: bts([row('Jan', '100'), row('Feb', 'N/A')]),
    });
    const layer = await ports.build(ctx);
    expect(
      layer.features!.find((f) => f.properties.port_code === '2402')!.properties,
    ).toMatchObject({
      personal_vehicles_2019: 100,
    });
    expect(layer.ledgers[1]!.losses).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'Value',
        value: 'N/A',
        cell: { feature: '2402', year: 2019 },
      }),
    ]);
  });

  it('rejects a port whose latitude and longitude are swapped, saying so', async () => {
    const ctx = await rawFixture({
      [PORTS_FILE]: [...table, 'Calexico,California,2503,-115.49,32.67,,'].join('\n'),
      [BTS_FILE]: bts([row('Jan', '100')]),
    });
    const layer = await ports.build(ctx);
    expect(layer.ledgers[0]!.rejects[0]).toMatchObject({
      row: 28,
      field: 'latitude/longitude',
      reason: expect.stringMatching(/latitude and longitude look swapped/),
    });
  });
});
