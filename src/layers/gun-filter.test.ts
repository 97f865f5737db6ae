import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { encodeComposition, type Traits } from '../../scripts/lib/composition';
import {
  calibreGroups,
  caseNames,
  countedParts,
  countMatching,
  filterKey,
  filterNote,
  filterRange,
  filtered,
  inScope,
  NO_FILTER,
  type GunFilter,
} from './gun-filter';

const gun = (
  weapon_class: string,
  calibre_group: string,
  kase: string,
  year: number | null,
): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-106.4, 31.8] },
  properties: { weapon_class, calibre_group, case: kase, purchase_year: year },
});
const data = [
  gun('sniper-50', '.50', 'U.S. v. Ortiz', 2010),
  gun('rifle', '7.62x39', 'U.S. v. Ortiz', 2010),
  gun('rifle', '7.62x39', 'U.S. v. Avila', 2011),
  gun('pistol', '9mm', 'U.S. v. Avila', null),
  gun('rifle', '5.56/.223', 'U.S. v. Avila', null),
];
const yearOf = (f: LayerFeature) => f.properties.purchase_year as number | null;
const counted = data.map((f) => ({ traits: f.properties, year: yearOf(f), n: 1 }));
const label = (id: string) => id.toUpperCase();
const with_ = (f: Partial<GunFilter>): GunFilter => ({ ...NO_FILTER, ...f });

describe('the firearms filter', () => {
  it('keeps what matches class, calibre and case together, and the same array each time', () => {
    expect(filtered(data, NO_FILTER)).toBe(data);
    const rifles = filtered(data, with_({ weaponClass: 'rifle' }));
    expect(rifles).toHaveLength(3);
    expect(filtered(data, with_({ weaponClass: 'rifle' }))).toBe(rifles);
    expect(filtered(data, with_({ weaponClass: 'rifle', caseName: 'U.S. v. Avila' }))).toHaveLength(
      2,
    );
    expect(filtered(data, with_({ calibre: '.50' }))).toEqual([data[0]]);
    // "Other / unknown" is one class on the map, so it is one class in the filter.
    const odd = [
      gun('unknown', 'unknown', 'U.S. v. Ortiz', 2010),
      gun('other', 'other', 'U.S. v. Ortiz', 2010),
    ];
    expect(filtered(odd, with_({ weaponClass: 'other' }))).toHaveLength(2);
  });

  it('shows the selected year, every year, or only the firearms with no purchase year', () => {
    expect([2010, 2011, null].map((y) => inScope(y, NO_FILTER, 2010))).toEqual([
      true,
      false,
      false,
    ]);
    expect([2010, 2011, null].map((y) => inScope(y, with_({ when: 'all' }), 2010))).toEqual([
      true,
      true,
      true,
    ]);
    expect([2010, 2011, null].map((y) => inScope(y, with_({ when: 'undated' }), 2010))).toEqual([
      false,
      false,
      true,
    ]);
    // The GPU filter reads year ?? -1.
    expect(filterRange(NO_FILTER, 2010)).toEqual([2009.5, 2010.5]);
    expect(filterRange(with_({ when: 'undated' }), 2010)).toEqual([-1.5, -0.5]);
  });

  it('always says how many are shown and what the year hides', () => {
    expect(filterNote(counted, NO_FILTER, 2010, 'en', label)).toBe(
      'Showing 2 of 5 firearms. 3 more were bought in other years or have no purchase year (2: choose "no purchase year").',
    );
    expect(
      filterNote(counted, with_({ weaponClass: 'rifle', when: 'all' }), 2010, 'en', label),
    ).toBe('Showing 3 of 5 firearms matching class RIFLE.');
    expect(
      filterNote(counted, with_({ caseName: 'U.S. v. Avila', when: 'undated' }), 2010, 'es', label),
    ).toBe('Se muestran 2 de 5 armas que cumplen caso U.S. v. Avila. 1 más tienen año de compra.');
  });

  it('counts aggregated features by their composition, weighted by firearms', () => {
    const flow = (year: number | null, guns: Traits[]): LayerFeature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-106.4, 31.8] },
      properties: { year, firearms: guns.length, composition: encodeComposition(guns) },
    });
    const r = { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'A' };
    const p = { weapon_class: 'pistol', calibre_group: '9mm', case: 'B' };
    const flows = [flow(2010, [r, r, p]), flow(null, [p, p])];
    expect(countMatching(flows[0]!, NO_FILTER)).toBe(3);
    expect(countMatching(flows[0]!, with_({ weaponClass: 'rifle' }))).toBe(2);
    expect(countMatching(flows[1]!, with_({ caseName: 'A' }))).toBe(0);
    const items = countedParts(flows, (f) => f.properties.year as number | null);
    expect(filterNote(items, with_({ weaponClass: 'pistol' }), 2010, 'en', label)).toBe(
      'Showing 1 of 5 firearms matching class PISTOL. 2 more were bought in other years or have no purchase year (2: choose "no purchase year").',
    );
    // Not by purchase year (recoveries): only the traits filter.
    expect(filterNote(items, with_({ weaponClass: 'pistol' }), 2010, 'en', label, false)).toBe(
      'Showing 3 of 5 firearms matching class PISTOL.',
    );
  });

  it('lists the cases once each, sorted, and keys the filter for caches and the ready state', () => {
    expect(caseNames(counted)).toEqual(['U.S. v. Avila', 'U.S. v. Ortiz']);
    expect(calibreGroups(counted)).toEqual(['.50', '5.56/.223', '7.62x39', '9mm']);
    expect(filterKey(with_({ calibre: '.50', when: 'all' }))).toBe('class=|cal=.50|case=|when=all');
  });
});
