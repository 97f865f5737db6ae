import { describe, expect, it } from 'vitest';
import { exists, nodeName, parseNode, through } from './node';
import { TABLE } from './test-table';

const firearms = (ps: { firearms: number }[]) => ps.reduce((n, p) => n + p.firearms, 0);

describe('chain nodes', () => {
  it('finds the paths through each kind of node', () => {
    expect(firearms(through(TABLE.paths, { kind: 'us-state', key: 'TX' }))).toBe(6);
    expect(firearms(through(TABLE.paths, { kind: 'us-county', key: '48201' }))).toBe(6);
    expect(firearms(through(TABLE.paths, { kind: 'us-city', key: 'TX:Houston' }))).toBe(6);
    expect(firearms(through(TABLE.paths, { kind: 'mx-state', key: '14' }))).toBe(1);
    expect(firearms(through(TABLE.paths, { kind: 'mx-mun', key: '14039' }))).toBe(1);
    expect(firearms(through(TABLE.paths, { kind: 'port', key: '2604' }))).toBe(2);
    expect(firearms(through(TABLE.paths, { kind: 'dealer', key: 'az-b' }))).toBe(2);
    expect(firearms(through(TABLE.paths, { kind: 'case', key: 'U.S. v. B' }))).toBe(3);
  });

  it('names nodes from the table', () => {
    expect(nodeName(TABLE, { kind: 'mx-state', key: '14' })).toBe('Jalisco');
    expect(nodeName(TABLE, { kind: 'dealer', key: 'tx-houston-a' })).toBe('A Guns (Houston, TX)');
    expect(nodeName(TABLE, { kind: 'us-city', key: 'TX:Houston' })).toBe('Houston, TX');
  });

  it('reads links and rejects what is not a node', () => {
    expect(parseNode('case:U.S. v. A')).toEqual({ kind: 'case', key: 'U.S. v. A' });
    expect(parseNode('us-city:TX:Houston')).toEqual({ kind: 'us-city', key: 'TX:Houston' });
    expect(parseNode('planet:earth')).toBeNull();
    expect(parseNode('mx-state:')).toBeNull();
    expect(parseNode('case:<img src=x>')).toBeNull();
    expect(exists(TABLE, { kind: 'mx-state', key: '14' })).toBe(true);
    expect(exists(TABLE, { kind: 'mx-state', key: '09' })).toBe(false);
  });
});
