import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { BuiltLayer } from './layer';
import { publishLayer } from './layer-output';
import { Ledger } from './ledger';

function layer(): BuiltLayer {
  const ledger = new Ledger('src/counts.csv');
  for (let i = 0; i < 5; i++) ledger.keep();
  ledger.reject(7, 'count', 'x', 'not a number', { cell: { feature: '04', year: 2020 } });
  ledger.reject(8, 'year', '2021', 'event lost', { cell: { feature: null, year: 2021 } });
  ledger.reject(9, 'row', '', 'exact copy of row 3', { lossless: true });
  ledger.reject(10, 'state', '??', 'unknown state');
  return {
    id: 'counts',
    title: 'Counts',
    geometryType: 'table',
    json: { rows: [1, 2] },
    fields: [],
    key: 'cve_ent',
    years: [2020, 2021],
    partialYears: [],
    sources: [],
    method: [],
    methodEs: [],
    ledgers: [ledger],
  };
}

describe('publishLayer', () => {
  const l = layer();
  const { entry, outputs } = publishLayer(l, new Map([[l.id, l]]));

  it('writes the data file with its size and sha256 in the entry', () => {
    const data = outputs.find((o) => o.path === 'counts.json')!.data;
    expect(data).toBe('{"rows":[1,2]}');
    expect(entry.bytes).toBe(14);
    expect(entry.sha256).toBe(createHash('sha256').update(String(data)).digest('hex'));
    expect(entry.format).toBe('json');
  });

  it('accounts for every row, with exact copies counted as duplicates', () => {
    expect(entry.accounting).toEqual([
      {
        file: 'src/counts.csv',
        read: 9,
        kept: 5,
        filtered: {},
        rejected: 4,
        duplicates: 1,
        repaired: 0,
        rejectsReport: 'reports/counts.counts.rejects.csv',
      },
    ]);
  });

  it('says what each rejected row affects', () => {
    const csv = String(outputs.find((o) => o.path.startsWith('reports/'))!.data);
    const rows = parse(csv, { columns: true }) as { row: string; affects: string }[];
    expect(rows.map((r) => [r.row, r.affects])).toEqual([
      ['7', 'cve_ent 04, 2020'],
      ['8', "the layer's 2021 figures"],
      ['9', 'nothing (exact copy)'],
      ['10', 'the whole layer'],
    ]);
  });
});
