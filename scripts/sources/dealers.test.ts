import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../lib/layer';
import { countyFile, dealers, stateFile, YEARS } from './dealers';

const HEADER = 'state,statefp,countyname,countyfp,fips,area,count,ffl_per_100mi';

async function fixture(
  rows: (year: number) => string[],
  states: (year: number) => string[] = () => [],
): Promise<BuildContext> {
  const raw = await mkdtemp(join(tmpdir(), 'sb-ffl-'));
  for (const y of YEARS) {
    const path = join(raw, countyFile(y));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, gzipSync([HEADER, ...rows(y)].join('\n') + '\n'));
    await mkdir(dirname(join(raw, stateFile(y))), { recursive: true });
    await writeFile(
      join(raw, stateFile(y)),
      ['state,statefp,count', ...states(y)].join('\n') + '\n',
    );
  }
  return {
    rawDir: raw,
    raw: (p) => join(raw, p),
    built: new Map(),
    progress: () => ({ tick() {}, done() {} }),
  };
}

describe('dealers', () => {
  it('joins county counts to us-atlas polygons, merges the split Alaska census area and leaves gaps empty', async () => {
    const ctx = await fixture((y) => [
      'TX,48,El Paso County,141,48141,1013.1,300.0,29.6',
      'AK,02,Chugach Census Area,063,02063,,2.0,0.0',
      'AK,02,Copper River Census Area,066,02066,,3.0,0.0',
      ...(y === 2010 ? [] : ['AZ,04,Pima County,019,04019,9187.0,250.0,2.7']),
      ...(y === 2020
        ? ['TX,48,Bad County,999,4814,10,1,1', 'TX,48,Neg County,998,48998,10,-1,1']
        : []),
    ]);
    const layer = await dealers.build(ctx);
    const byFips = new Map(layer.features!.map((f) => [f.properties.fips, f.properties]));
    expect(byFips.get('48141')).toMatchObject({
      dealers_2003: 300,
      density_2003: 29.612,
      name: 'El Paso County',
      state: 'TX',
    });
    // Chugach + Copper River drawn as the former Valdez-Cordova area; no area given, so no density.
    expect(byFips.get('02261')).toMatchObject({ dealers_2015: 5, density_2015: null });
    // A county absent from a year's list is a gap, not a zero.
    expect(byFips.get('04019')).toMatchObject({
      dealers_2009: 250,
      dealers_2010: null,
      density_2010: null,
    });
    // Counties with no data at all are still drawn, empty.
    expect(byFips.get('06037')).toMatchObject({ dealers_2003: null });
    const [ledger] = layer.ledgers;
    expect(ledger?.rejects.map((r) => [r.file, r.row, r.field])).toEqual([
      ['atf-ffl-county-counts/counties/2020-ffl-list-counties.csv.gz', 6, 'fips'],
      ['atf-ffl-county-counts/counties/2020-ffl-list-counties.csv.gz', 7, 'count'],
    ]);
    expect(layer.upstreamLosses).toEqual([]);
    expect(ledger?.read).toBe(YEARS.length * 4 - 1 + 2);
    expect(layer.features).toHaveLength(3142);
  });

  it('rejects a repeated county, shows a known unmatched zero as a gap, and records the shortfall against state totals', async () => {
    const ctx = await fixture(
      (y) => [
        'TX,48,El Paso County,141,48141,1013.1,300.0,29.6',
        ...(y === 2019 ? ['TX,48,El Paso County,141,48141,1013.1,300.0,29.6'] : []),
        `FL,12,Miami-Dade County,086,12086,2019.4,${y <= 2020 ? 0 : 216}.0,0`,
        'NM,35,DoÃ±a Ana County,013,35013,3807.0,40.0,1.0',
      ],
      (y) => ['TX,48,300', `FL,12,${y <= 2020 ? 224 : 216}`, 'NM,35,40'],
    );
    const layer = await dealers.build(ctx);
    const byFips = new Map(layer.features!.map((f) => [f.properties.fips, f.properties]));
    // Counted once, not twice.
    expect(byFips.get('48141')).toMatchObject({ dealers_2019: 300 });
    // Miami-Dade's zero is a lost count, not a count: a gap, flagged.
    expect(byFips.get('12086')).toMatchObject({ dealers_2020: null, dealers_2021: 216 });
    expect(byFips.get('35013')).toMatchObject({ name: 'Doña Ana County' });
    const [ledger] = layer.ledgers;
    expect(ledger!.repaired).toBe(YEARS.length);
    expect(ledger!.losses.filter((r) => r.cell?.feature === '12086')).toHaveLength(2020 - 2003 + 1);
    expect(ledger!.rejects.find((r) => r.lossless)).toMatchObject({
      file: 'atf-ffl-county-counts/counties/2019-ffl-list-counties.csv.gz',
      row: 3,
      reason: 'exact copy of row 2 (counted once)',
    });
    // The 224 Florida licensees of 2019 are in no county.
    expect(layer.upstreamLosses?.find((l) => l.year === 2019)).toEqual({
      feature: null,
      year: 2019,
      rows: 224,
      source: stateFile(2019),
    });
  });
});
