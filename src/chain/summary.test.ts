import { describe, expect, it } from 'vitest';
import { through } from './node';
import { summarize } from './summary';
import { TABLE } from './test-table';

describe('chain summary', () => {
  it('counts every link with its unknown share, for all firearms', () => {
    const s = summarize(TABLE, TABLE.paths);
    expect(s.firearms).toBe(10);
    expect(s.cases).toBe(3);
    expect(s.purchaseStates).toEqual([
      { key: 'TX', firearms: 6, cases: 2 },
      { key: 'AZ', firearms: 2, cases: 1 },
    ]);
    expect(s.purchasePlaces).toBe(2);
    expect(s.purchaseUnknown).toBe(2);
    expect(s.ports.map((p) => [p.key, p.firearms])).toEqual([
      ['5301', 6],
      ['2604', 2],
    ]);
    expect(s.portUnknown).toBe(2);
    expect(s.recovery).toEqual({ filing: 3, unplaced: 1, unknown: 6 });
    expect(s.recoveryStates.map((r) => [r.key, r.firearms])).toEqual([
      ['26', 2],
      ['14', 1],
    ]);
    expect(s.dealers).toEqual([
      { key: 'tx-houston-a', firearms: 6, cases: 2, penalized: true },
      { key: 'az-b', firearms: 2, cases: 1, penalized: false },
    ]);
    expect(s.dealerUnknown).toBe(2);
    // Flows add up to the firearms, each (from, port, to) once.
    expect(s.flows.reduce((n, f) => n + f.firearms, 0)).toBe(10);
    expect(s.flows).toContainEqual({ from: 'TX', port: '5301', to: null, firearms: 5 });
    expect(s.flows).toContainEqual({ from: 'TX', port: '5301', to: '14', firearms: 1 });
  });

  it('counts only the firearms through a node', () => {
    const s = summarize(TABLE, through(TABLE.paths, { kind: 'case', key: 'U.S. v. B' }));
    expect([s.firearms, s.cases, s.recovery.filing, s.recovery.unplaced]).toEqual([3, 1, 2, 1]);
  });
});
