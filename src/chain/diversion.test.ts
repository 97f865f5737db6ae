import { describe, expect, it } from 'vitest';
import { filterPaths, NO_RANK_FILTER, rank, rankChoices } from './diversion';
import { TABLE } from './test-table';

describe('points of diversion', () => {
  it('ranks dealers by firearms with their share, cases and inspections', () => {
    const r = rank(TABLE, TABLE.paths, 'dealer');
    expect(r.total).toBe(10);
    expect(r.unknown).toBe(2);
    expect(r.rows.map((x) => [x.key, x.firearms, x.share, x.cases])).toEqual([
      ['tx-houston-a', 6, 0.6, 2],
      ['az-b', 2, 0.2, 1],
    ]);
    expect(r.rows[0]!.inspections).toEqual([
      {
        complete_date: '2018-03-01',
        disposition: 'Revocation',
        disposition_class: 'revocation',
        citation_count: 3,
        violations: '478.124(a)',
      },
    ]);
    expect(r.rows[1]!.inspections).toEqual([]);
  });

  it('ranks recovery states and ports among the filtered firearms', () => {
    const { paths } = filterPaths(TABLE.paths, { ...NO_RANK_FILTER, weaponClass: 'pistol' });
    const r = rank(TABLE, paths, 'mx-state');
    expect(r.rows.map((x) => [x.key, x.firearms, x.share])).toEqual([['26', 2, 1]]);
    expect(rank(TABLE, TABLE.paths, 'port').rows.map((x) => x.key)).toEqual(['5301', '2604']);
  });

  it('counts what a year filter leaves out for having no purchase year', () => {
    const paths = TABLE.paths.map((p, i) => (i === 4 ? { ...p, purchase_year: null } : p));
    const f = filterPaths(paths, { weaponClass: null, from: 2019, to: 2019 });
    expect(f.undated).toBe(2);
    expect(f.paths.reduce((n, p) => n + p.firearms, 0)).toBe(8);
    expect(filterPaths(paths, { weaponClass: null, from: 2020, to: null }).paths).toEqual([]);
    expect(rankChoices(paths)).toEqual({ years: [2019], classes: ['pistol', 'rifle'] });
  });
});
