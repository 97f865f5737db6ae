import { describe, expect, it } from 'vitest';
import { findOption, nodeOptions } from './options';
import { TABLE } from './test-table';

describe('the chain search', () => {
  it('offers every node with firearms, most first, named with its kind', () => {
    const o = nodeOptions(TABLE, 'en');
    expect(o[0]!.firearms).toBe(6);
    expect(o.map((x) => x.label)).toContain('Jalisco — Mexican state (recovery)');
    expect(o.map((x) => x.label)).toContain('Guadalajara — Municipio (recovery)');
    expect(o.map((x) => x.label)).toContain('U.S. v. C — Court case');
    expect(nodeOptions(TABLE, 'es').map((x) => x.label)).toContain(
      'Laredo — Puerto (cruce modelado)',
    );
  });

  it('finds a typed name, exactly or by a unique start', () => {
    const o = nodeOptions(TABLE, 'en');
    expect(findOption(o, 'jalisco — mexican state (recovery)')?.node).toEqual({
      kind: 'mx-state',
      key: '14',
    });
    expect(findOption(o, 'Guada')?.node).toEqual({ kind: 'mx-mun', key: '14039' });
    expect(findOption(o, 'U.S. v.')).toBeNull();
    expect(findOption(o, 'Atlantis')).toBeNull();
  });
});
