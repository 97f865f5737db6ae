import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { casesOfFeature, nodeOfFeature } from './from-feature';
import { TABLE } from './test-table';

const f = (properties: Record<string, unknown>): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: properties as LayerFeature['properties'],
});

describe('the chain node of a feature', () => {
  it('follows profile places, recovery places, purchase places, corridors and dealers', () => {
    expect(nodeOfFeature(TABLE, 'homicides', { kind: 'mx-state', code: '14' }, f({}))).toEqual({
      kind: 'mx-state',
      key: '14',
    });
    expect(
      nodeOfFeature(TABLE, 'recoveries', null, f({ place_id: '14039', precision: 'municipio' })),
    ).toEqual({ kind: 'mx-mun', key: '14039' });
    expect(nodeOfFeature(TABLE, 'guns', null, f({ place: 'HOUSTON, TX' }))).toEqual({
      kind: 'us-city',
      key: 'TX:Houston',
    });
    // Placed at the state's centre: the state, even with a city written.
    expect(
      nodeOfFeature(TABLE, 'guns', null, f({ place: 'Nowhere, AZ', geocode_precision: 'state' })),
    ).toEqual({ kind: 'us-state', key: 'AZ' });
    expect(nodeOfFeature(TABLE, 'guns', null, f({ place: 'AZ' }))).toEqual({
      kind: 'us-state',
      key: 'AZ',
    });
    expect(nodeOfFeature(TABLE, 'corridors', null, f({ port_code: 2604 }))).toEqual({
      kind: 'port',
      key: '2604',
    });
    expect(nodeOfFeature(TABLE, 'penalized-dealers', null, f({ inspection_id: 'i1' }))).toEqual({
      kind: 'dealer',
      key: 'tx-houston-a',
    });
  });

  it('offers nothing where no firearm passes', () => {
    expect(nodeOfFeature(TABLE, 'homicides', { kind: 'mx-state', code: '09' }, f({}))).toBeNull();
    expect(nodeOfFeature(TABLE, 'penalized-dealers', null, f({ inspection_id: 'zz' }))).toBeNull();
    expect(nodeOfFeature(TABLE, 'ports', null, f({ port_code: 2604 }))).toBeNull();
  });

  it('offers the cases of a circle of guns that the chain has', () => {
    const circle = f({ place: 'Houston, TX', cases: 'U.S. v. A\nU.S. v. B\nU.S. v. Z' });
    expect(casesOfFeature(TABLE, 'guns', circle)).toEqual([
      { kind: 'case', key: 'U.S. v. A' },
      { kind: 'case', key: 'U.S. v. B' },
    ]);
    expect(casesOfFeature(TABLE, 'recoveries', circle)).toEqual([]);
    expect(casesOfFeature(TABLE, 'guns', f({ place: 'Houston, TX', cases: '' }))).toEqual([]);
  });
});
