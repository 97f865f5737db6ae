import { describe, expect, it } from 'vitest';
import type { LayerEntry } from '../data/manifest';
import { filterFields, formulaFor, measures, whereValue } from './callout-builder';

const entry: Pick<LayerEntry, 'fields'> = {
  fields: [
    { name: 'cve_ent', type: 'string' },
    { name: 'homicides_2015', type: 'int' },
    { name: 'homicides_2016', type: 'int' },
    { name: 'homicides_firearm_2016', type: 'int' },
    { name: 'firearms', type: 'int' },
    { name: 'outbound', type: 'bool' },
    { name: 'traced_2015_2022', type: 'int' },
  ],
};

describe('the callout picker', () => {
  it('offers yearly series and single numbers, and filters on text, yes/no and numbers', () => {
    expect(measures(entry)).toEqual([
      { field: 'homicides', years: [2015, 2016] },
      { field: 'homicides_firearm', years: [2016] },
      { field: 'firearms', years: [] },
      { field: 'traced_2015_2022', years: [] },
    ]);
    expect(filterFields(entry).map((f) => f.name)).toEqual(['cve_ent', 'firearms', 'outbound']);
  });

  it('reads filter values as the data holds them', () => {
    expect(whereValue('bool', 'true')).toBe(true);
    expect(whereValue('int', '2022')).toBe(2022);
    expect(whereValue('string', '02')).toBe('02');
    expect(() => whereValue('int', 'twenty')).toThrow('"twenty" is not a number');
  });

  it('makes each kind of formula, with its filter', () => {
    const where = { cve_ent: ['02', '08'] };
    expect(
      formulaFor({ op: 'sum', layer: 'h', field: 'homicides', year: 2016, where }, entry),
    ).toEqual({
      op: 'sum',
      layer: 'h',
      field: 'homicides',
      year: 2016,
      where,
    });
    expect(formulaFor({ op: 'sum', layer: 'h', field: 'firearms' }, entry)).toEqual({
      op: 'sum',
      layer: 'h',
      field: 'firearms',
    });
    expect(formulaFor({ op: 'count', layer: 'h', where: {} }, entry)).toEqual({
      op: 'count',
      layer: 'h',
    });
    expect(
      formulaFor({ op: 'change', layer: 'h', field: 'homicides', from: 2015, to: 2016 }, entry),
    ).toEqual({ op: 'change', layer: 'h', field: 'homicides', from: 2015, to: 2016 });
    expect(
      formulaFor(
        { op: 'share', layer: 'h', field: 'homicides_firearm', whole: 'homicides', year: 2016 },
        entry,
      ),
    ).toEqual({
      op: 'share',
      layer: 'h',
      part: 'homicides_firearm',
      whole: 'homicides',
      year: 2016,
    });
  });

  it('says what is missing instead of making a formula that reads nothing', () => {
    expect(formulaFor({ op: 'sum', layer: 'h' }, entry)).toBe('choose a number to add up');
    expect(formulaFor({ op: 'sum', layer: 'h', field: 'homicides', year: 2019 }, entry)).toBe(
      'choose a year of homicides (2015–2016)',
    );
    expect(formulaFor({ op: 'change', layer: 'h', field: 'firearms', from: 1, to: 2 }, entry)).toBe(
      'firearms has no years to compare',
    );
    expect(
      formulaFor(
        { op: 'share', layer: 'h', field: 'homicides_firearm', whole: 'homicides', year: 2015 },
        entry,
      ),
    ).toBe('choose a year that both homicides_firearm and homicides have');
  });
});
