import { describe, expect, it } from 'vitest';
import { through, type ChainNode } from './node';
import { leaders, narrate, share, topLines } from './narrate';
import { summarize } from './summary';
import { TABLE } from './test-table';

const say = (node: ChainNode, lang: 'en' | 'es' = 'en') =>
  narrate(TABLE, node, summarize(TABLE, through(TABLE.paths, node)), lang);

describe('chain narration', () => {
  it('states the known and the unknown share from the node', () => {
    const s = say({ kind: 'us-state', key: 'TX' });
    expect(s[0]).toBe(
      'Of 10 firearms in 3 federal court cases, 6 (60%) were bought in Texas, in 2 case(s).',
    );
    expect(s[2]).toContain('through 1 port(s), all through Laredo (6)');
    expect(s[2]).toContain('an assumption, not a record');
    expect(s[3]).toBe(
      'Recovered in a stated Mexican place: 1 (17%), in 1 state(s), all in Jalisco (1). No recovery place in the filings: 4 (67%).',
    );
    expect(s[4]).toBe('1 name a place we could not locate.');
    expect(s[5]).toContain('1 dealer(s) named in the filings, 1 of them penalized');
  });

  it('names every one of a tie for the most, never one of them alone', () => {
    const c = (key: string, firearms: number) => ({ key, firearms, cases: 1 });
    const name = (x: { key: string }) => x.key;
    expect(leaders([c('Texas', 5), c('Arizona', 2)], name, 'en')).toBe('Texas (5)');
    expect(leaders([c('Alabama', 5), c('Texas', 5), c('Ohio', 1)], name, 'en')).toBe(
      'Alabama and Texas (5 each)',
    );
    expect(leaders([c('A', 2), c('B', 2), c('C', 2), c('D', 2), c('E', 2)], name, 'es')).toBe(
      'A, B, C y 2 más (2 cada uno)',
    );
    expect(share(1, 8, 'en')).toBe('13%');
    expect(share(1, 8, 'es')).toBe('13\u00a0%');
    expect(share(1, 400, 'en')).toBe('0.3%');
  });

  it('says so when no firearm through the node has a recovery place, in Spanish too', () => {
    const s = say({ kind: 'case', key: 'U.S. v. C' }, 'es');
    expect(s[1]).toBe('Los expedientes no dan el estado de compra en EE. UU. de ninguna.');
    expect(s[2]).toBe(
      'Ninguna se puede trazar por un puerto: los expedientes no dan lugar de compra para ninguna.',
    );
    expect(s[3]).toBe(
      'Ningún lugar de recuperación que pudiéramos ubicar: 2 no nombran ninguno en los expedientes.',
    );
  });

  it('puts each kind of point of diversion in one line, with its share and the unknown', () => {
    const lines = topLines(TABLE, 'en');
    expect(lines.map((l) => l.kind)).toEqual(['dealer', 'us-city', 'port', 'mx-state']);
    expect(lines[0]!.text).toBe('A Guns (Houston, TX) (6): 60% of all 10; 2 have no dealer named.');
    expect(lines[1]!.text).toBe('Houston, TX (6): 60% of all 10; 4 have no purchase city.');
    expect(lines[3]!.text).toBe('Sonora (2): 20% of all 10; 7 have no recovery place stated.');
    // Two recovery states with two firearms each: both named, the share is each one's.
    const tied = {
      ...TABLE,
      paths: TABLE.paths.map((p) => (p.recovery_state === '14' ? { ...p, firearms: 2 } : p)),
    };
    expect(topLines(tied, 'es')[3]!.text).toBe(
      'Jalisco y Sonora (2 cada uno): 18\u00a0% de las 11 cada uno; 7 no tienen lugar de recuperación que conste.',
    );
  });

  it('does not count a gun show or a private sale as a dealer', () => {
    const table = {
      ...TABLE,
      dealers: TABLE.dealers.map((d) =>
        d.id === 'az-b' ? { ...d, name: 'Tucson gun show', seller: 'gun-show' as const } : d,
      ),
    };
    const s = narrate(
      table,
      { kind: 'case', key: 'U.S. v. B' },
      summarize(table, through(table.paths, { kind: 'case', key: 'U.S. v. B' })),
      'en',
    );
    expect(s.at(-2)).toBe(
      'Sold by 1 dealer(s) named in the filings, 1 of them penalized after an ATF inspection; 0 name no dealer.',
    );
    expect(s.at(-1)).toBe(
      '2 came from a gun show or a private sale, as the filings say: not a dealer the list could name.',
    );
  });
});
