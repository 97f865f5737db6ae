import { describe, expect, it } from 'vitest';
import { problems } from './checks';
import { encodeComposition } from './composition';
import type { BuiltLayer } from './layer';

/** A one-state yearly layer with the given properties, as the homicides module declares it. */
const layer = (
  props: Record<string, number | string | null>,
  coords = [-106, 28.6],
): BuiltLayer => ({
  id: 'homicides',
  title: 'Homicides',
  geometryType: 'MultiPolygon',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: coords },
      properties: { cve_ent: '08', ...props },
    },
  ],
  fields: [],
  key: 'cve_ent',
  years: [2018, 2019, 2020],
  partialYears: [{ year: 2020, note: 'half', noteEs: 'mitad' }],
  sources: [],
  method: [],
  methodEs: [],
  ledgers: [],
  checks: [
    { kind: 'range', field: 'rate_{year}', min: 0, max: 300 },
    { kind: 'notAbove', field: 'firearm_{year}', than: 'homicides_{year}' },
    { kind: 'steady', field: 'population_{year}', maxFactor: 1.1, minBase: 0 },
  ],
});

describe('plausibility checks', () => {
  it('passes plausible figures, and compares a partial year with nothing', () => {
    expect(
      problems(
        layer({
          rate_2019: 69.2,
          population_2018: 3_700_000,
          population_2019: 3_740_000,
          population_2020: 10,
          firearm_2019: 2000,
          homicides_2019: 2580,
        }),
      ),
    ).toEqual([]);
  });

  it('catches a rate from a population of 1, a share above 100 %, and a population that jumps', () => {
    expect(
      problems(
        layer({
          rate_2019: 266_600_000,
          firearm_2019: 2600,
          homicides_2019: 2580,
          population_2018: 3_700_000,
          population_2019: 1,
        }),
      ),
    ).toEqual([
      'feature 08, field "rate_2019": 266600000 is outside the plausible 0–300',
      'feature 08, field "firearm_2019": 2600 is above "homicides_2019" (2580)',
      'feature 08, field "population_2019": 1 against 3700000 the year before (×3700000.0, more than the plausible ×1.1)',
    ]);
  });

  it('catches coordinates outside the U.S. and Mexico, and text with control characters', () => {
    expect(problems(layer({ name: 'Chihuahua' }, [-103, -20]))).toEqual([
      'feature 08: coordinate -103,-20 is outside the U.S. and Mexico',
    ]);
    expect(problems(layer({ name: 'Doña\u0000' }))).toEqual([
      'feature 08.name: control character U+0000 in "Doña\\u0000"',
    ]);
  });

  it('catches a value that is not of its declared type: a month as a date, text as a count', () => {
    const typed = (props: Record<string, number | string | null>): BuiltLayer => ({
      ...layer(props),
      fields: [
        { name: 'complete_date', type: 'date', description: 'completed' },
        { name: 'count', type: 'int', description: 'count' },
      ],
    });
    expect(problems(typed({ complete_date: '2016-09-22', count: 3 }))).toEqual([]);
    expect(problems(typed({ complete_date: null, count: null }))).toEqual([]);
    expect(problems(typed({ complete_date: '2011-02', count: '3' }))).toEqual([
      'feature 08, field "complete_date": "2011-02" is not a date',
      'feature 08, field "count": "3" is not an int',
    ]);
    expect(problems(typed({ complete_date: '2023-02-30', count: 2.5 }))).toEqual([
      'feature 08, field "complete_date": "2023-02-30" is not a date',
      'feature 08, field "count": 2.5 is not an int',
    ]);
  });

  it('catches a composition that does not read back or does not add up to its total', () => {
    const withComposition = (firearms: number, composition: string): BuiltLayer => ({
      ...layer({ firearms, composition }),
      years: [],
      partialYears: [],
      checks: [{ kind: 'composition', field: 'composition', total: 'firearms' }],
    });
    const good = encodeComposition([
      { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'A' },
      { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'A' },
      { weapon_class: 'pistol', calibre_group: '9mm', case: null },
    ]);
    expect(problems(withComposition(3, good))).toEqual([]);
    expect(problems(withComposition(4, good))).toEqual([
      'feature 08, field "composition": adds up to 3, not "firearms" (4)',
    ]);
    expect(problems(withComposition(3, good.slice(0, -5)))[0]).toMatch(/not JSON/);
    expect(problems(withComposition(1, '[["rifle","9mm","A",0]]'))[0]).toMatch(
      /entry 1 is not \[class, calibre, case, count\]/,
    );
  });
});
