import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUsStates, usStates } from './us-states';

const TABLE = readFileSync(new URL('../reference/us-states.csv', import.meta.url), 'utf8');

describe('the U.S. states table', () => {
  it('has the 50 states and DC with their FIPS code and English and Spanish names', () => {
    const nm = usStates().get('NM')!;
    expect(nm).toEqual({ usps: 'NM', fips: '35', name: 'New Mexico', nameEs: 'Nuevo México' });
    expect(usStates().size).toBe(51);
  });

  it('names the line and field of a state without its Spanish name', () => {
    const bad = TABLE.replace('NM,35,New Mexico,Nuevo México', 'NM,35,New Mexico,');
    expect(() => parseUsStates(bad)).toThrow(
      'scripts/reference/us-states.csv (row 33, field "name_es"): no Spanish name',
    );
  });

  it('refuses a state listed twice', () => {
    const twice = TABLE.replace('TX,48,Texas,Texas', 'NM,35,New Mexico,Nuevo México');
    expect(() => parseUsStates(twice)).toThrow(/listed twice/);
  });
});
