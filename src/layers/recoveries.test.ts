import { describe, expect, it } from 'vitest';
import { encodeComposition, type Traits } from '../../scripts/lib/composition';
import type { LayerFeature } from '../data/load';
import { accessor, fakeDeck, recorded } from './fake-deck';
import { NO_FILTER } from './gun-filter';
import { recoveries } from './recoveries';
import type { RenderState } from './types';

const rifle = (kase: string): Traits => ({
  weapon_class: 'rifle',
  calibre_group: '7.62x39',
  case: kase,
});
const fifty: Traits = { weapon_class: 'sniper-50', calibre_group: '.50', case: 'USA v. Ortiz' };
const place = (id: string, precision: string, guns: Traits[]): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-106.4, 31.7] },
  properties: {
    place_id: id,
    name: `Place ${id}`,
    precision,
    firearms: guns.length,
    first_year: 2010,
    last_year: 2012,
    composition: encodeComposition(guns),
  },
});
const data = [
  place('08037', 'municipio', [...Array(39).fill(rifle('USA v. Avila')), fifty]),
  place('28', 'state', Array(10).fill(rifle('USA v. Ortiz'))),
];
const s: RenderState = { year: 2019, metric: 'firearms', lang: 'en', selected: null };

describe('recoveries layer', () => {
  it('is shown whatever the year, sized by firearms, coloured by how precisely it is known', () => {
    expect(recoveries.years(data, 'firearms')).toBeNull();
    const [layer] = recorded(recoveries.render!(fakeDeck(), data, s));
    expect(layer!.props.filterRange).toBeUndefined();
    expect(accessor<number>(layer!, 'getRadius')(data[0])).toBeCloseTo(22);
    expect(accessor<number>(layer!, 'getRadius')(data[1])).toBeCloseTo(11);
    expect(accessor<number[]>(layer!, 'getFillColor')(data[1])).not.toEqual(
      accessor<number[]>(layer!, 'getFillColor')(data[0]),
    );
    expect(recoveries.legend(data, s).entries[0]!.label).toBe('municipio (max 40)');
    expect(recoveries.legend(data, s).note).toBe('Showing 50 of 50 firearms.');
  });

  it('follows the firearms filter: places, sizes, note, tooltip and table recount', () => {
    const f = { ...s, gunFilter: { ...NO_FILTER, caseName: 'USA v. Ortiz' } };
    const [layer] = recorded(recoveries.render!(fakeDeck(), data, f));
    expect(layer!.props.data).toEqual(data);
    // Sized against the unfiltered largest place (40), so 10 of 10 stays at half the largest
    // radius instead of growing to the full one; 1 of 40 shrinks to the minimum.
    expect(accessor<number>(layer!, 'getRadius')(data[1])).toBeCloseTo(11);
    expect(accessor<number>(layer!, 'getRadius')(data[0])).toBe(4);
    expect(recoveries.legend(data, f).note).toBe(
      'Showing 11 of 50 firearms matching case USA v. Ortiz.',
    );
    expect(recoveries.tooltip(data[0]!, f).rows[0]).toEqual([
      'Firearms recovered',
      '1 of 40 (filter)',
    ]);
    expect(recoveries.table!(data, f).map((r) => r.value)).toEqual([1, 10]);

    const fifties = { ...s, gunFilter: { ...NO_FILTER, weaponClass: 'sniper-50' } };
    const [only] = recorded(recoveries.render!(fakeDeck(), data, fifties));
    expect(only!.props.data).toEqual([data[0]]);
    expect(recoveries.table!(data, fifties)).toEqual([
      { place: 'Place 08037', value: 1, display: '1 of 40 (filter)' },
    ]);
    // The purchase-year choice does not apply: recoveries are not by purchase year.
    const undated = { ...s, gunFilter: { ...NO_FILTER, when: 'undated' as const } };
    expect(recoveries.legend(data, undated).note).toBe('Showing 50 of 50 firearms.');
  });
});
