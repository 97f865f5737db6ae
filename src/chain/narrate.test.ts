import { describe, expect, it } from 'vitest';
import { through, type ChainNode } from './node';
import { narrate } from './narrate';
import { summarize } from './summary';
import { TABLE } from './test-table';

const say = (node: ChainNode, lang: 'en' | 'es' = 'en') =>
  narrate(TABLE, node, summarize(TABLE, through(TABLE.paths, node)), lang);

describe('chain narration', () => {
  it('states the known and the unknown share from the node', () => {
    const s = say({ kind: 'us-state', key: 'TX' });
    expect(s[0]).toBe(
      'Of 10 firearms in 3 federal court cases, 6 (60 %) were bought in Texas, in 2 case(s).',
    );
    expect(s[2]).toContain('through 1 port(s), most through Laredo (6)');
    expect(s[2]).toContain('an assumption, not a record');
    expect(s[3]).toBe(
      'Recovered in a stated Mexican place: 1 (17 %), in 1 state(s), most in Jalisco (1). No recovery place in the filings: 4 (67 %).',
    );
    expect(s[4]).toBe('1 name a place we could not locate (listed in the sources).');
    expect(s[5]).toContain('1 dealer(s) named in the filings, 1 of them penalized');
  });

  it('says so when no firearm through the node has a recovery place, in Spanish too', () => {
    const s = say({ kind: 'case', key: 'U.S. v. C' }, 'es');
    expect(s[1]).toBe('Los expedientes no dan el estado de compra en EE. UU. de ninguna.');
    expect(s[3]).toBe('Los expedientes no dan lugar de recuperación para ninguna (2).');
  });
});
