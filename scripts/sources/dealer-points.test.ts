import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../lib/ledger';
import { newestList, parseList } from './dealer-points';

// The ATF monthly list's published layout: tab-delimited, one licensee a line.
const HEADER =
  'LIC_REGN\tLIC_DIST\tLIC_CNTY\tLIC_TYPE\tLIC_XPRDTE\tLIC_SEQN\tLICENSE_NAME\tBUSINESS_NAME\tPREMISE_STREET\tPREMISE_CITY\tPREMISE_STATE\tPREMISE_ZIP_CODE\tMAIL_STREET\tMAIL_CITY\tMAIL_STATE\tMAIL_ZIP_CODE\tVOICE_PHONE';
const line = (type: string, zip: string, seq = '01234', name = 'SMITH, JOHN') =>
  `5\t74\t029\t${type}\t6A\t${seq}\t${name}\tJOE'S "BEST" GUNS\t100 MAIN ST\tEL PASO\tTX\t${zip}\t\t\t\t\t9155550100`;

async function list(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'sb-ffl-')), '0923-ffl-list.txt');
  await writeFile(path, text);
  return path;
}

describe('dealer-points importer', () => {
  it('keeps dealer-type licences at their ZIP centroid and accounts for the rest', async () => {
    const text =
      [
        HEADER,
        line('01', '79901'),
        line('07', '799011234', '01235'),
        line('03', '79901', '01236'),
        line('01', '00000', '01237'),
        line('02', 'ABCDE', '01238'),
        '5\t74\tshort',
        line('01', '79901'), // line 8: the first licence again
      ].join('\n') + '\n';
    const ledger = new Ledger('atf-ffl-list/0923-ffl-list.txt');
    const features = await parseList(await list(text), 'atf-ffl-list/0923-ffl-list.txt', ledger);
    expect(features).toHaveLength(2);
    expect(features[0]?.properties).toMatchObject({
      ffl_number: '5-74-029-01-6A-01234',
      business_name: 'JOE\'S "BEST" GUNS',
      zip: '79901',
      geocode_precision: 'zip',
    });
    const [lon, lat] = (features[0]?.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(-106.48, 1);
    expect(lat).toBeCloseTo(31.76, 1);
    expect(ledger.filtered).toEqual({ 'licence types other than 01, 02, 07, 08': 1 });
    expect(ledger.rejects.map((r) => [r.row, r.field])).toEqual([
      [5, 'PREMISE_ZIP_CODE'],
      [6, 'PREMISE_ZIP_CODE'],
      [7, '(row)'],
      [8, 'LIC_REGN+LIC_DIST+LIC_CNTY+LIC_TYPE+LIC_XPRDTE+LIC_SEQN'],
    ]);
    expect(() => ledger.assertBalanced(7)).not.toThrow();
  });

  it('fails on a list without the ATF columns', async () => {
    await expect(
      parseList(await list('LIC_REGN\tNAME\n5\tX\n'), 'x.txt', new Ledger('x.txt')),
    ).rejects.toThrow(/x\.txt \(row 1, field "LIC_DIST"\): missing column/);
  });

  it('picks the newest MMYY list in the folder', () => {
    expect(
      newestList(['1222-ffl-list.txt', '0923-ffl-list.txt', '0123-ffl-list.txt', 'notes.md']),
    ).toBe('0923-ffl-list.txt');
    expect(newestList(['readme.txt'])).toBeUndefined();
  });
});
