import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { accessor, fakeDeck, recorded } from './fake-deck';
import { NO_FILTER } from './gun-filter';
import { groups, guns } from './guns';
import type { RenderState } from './types';

const gun = (cls: string, year: number | null, city = 'Phoenix'): LayerFeature => ({
  type: 'Feature',
  geometry: {
    type: 'Point',
    coordinates: city === 'Phoenix' ? [-112.07, 33.45] : [-110.97, 32.22],
  },
  properties: {
    weapon_class: cls,
    purchase_year: year,
    city,
    state: 'AZ',
    geocode_precision: 'city',
    make: 'Barrett',
    model: 'M82A1',
    caliber: '.50 BMG',
    purchase_date: year ? `${year}-05-01` : null,
    dealer: 'Shop',
    case: 'USA v. X',
    court_document: 'https://www.documentcloud.org/documents/1-x',
  },
});
const data = [
  gun('sniper-50', 2010),
  {
    ...gun('sniper-50', 2010),
    properties: { ...gun('sniper-50', 2010).properties, case: 'USA v. A' },
  },
  gun('rifle', 2010),
  gun('pistol', 2011, 'Tucson'),
  gun('rifle', null),
];
const s = (year: number): RenderState => ({ year, metric: 'class', lang: 'en', selected: null });

describe('guns layer', () => {
  it('groups firearms by place, year and class, .50s drawn last (on top)', () => {
    const g = groups(data);
    expect(
      g.map((x) => [x.properties.weapon_class, x.properties.purchase_year, x.properties.count]),
    ).toEqual([
      ['rifle', 2010, 1],
      ['pistol', 2011, 1],
      ['rifle', null, 1],
      ['sniper-50', 2010, 2],
    ]);
    // Each circle names its cases, to follow one.
    expect(g[3]!.properties.cases).toBe('USA v. A\nUSA v. X');
    expect(g[0]!.properties.cases).toBe('USA v. X');
  });

  it('filters the year on the GPU and sizes circles by the number of firearms', () => {
    const [layer] = recorded(guns.render!(fakeDeck(), data, s(2010)));
    expect(layer!.props.filterRange).toEqual([2009.5, 2010.5]);
    const filter = accessor<number>(layer!, 'getFilterValue');
    const g = groups(data);
    expect(g.map((x) => filter(x))).toEqual([2010, 2011, -1, 2010]);
    const radius = accessor<number>(layer!, 'getRadius');
    expect(radius(g[3])).toBeCloseTo(18);
    expect(radius(g[0])).toBeCloseTo(18 * Math.sqrt(1 / 2));
    expect(accessor<number[]>(layer!, 'getFillColor')(g[3])).toEqual([213, 94, 0, 215]);
  });

  it('lists the firearms of a circle with their case and court document', () => {
    const t = guns.tooltip(groups(data)[3]!, s(2010));
    expect(t.title).toBe('2 × .50 calibre / sniper rifle — Phoenix, AZ, 2010');
    expect(t.link?.href).toBe('https://www.documentcloud.org/documents/1-x');
    expect(t.items).toHaveLength(2);
    expect(t.items![0]!.text).toBe('Barrett M82A1 .50 BMG — 2010-05-01, Shop · USA v. X');
  });

  it('offers the purchase years, says how many firearms have none, and lists the year’s in the table', () => {
    expect(guns.years(data, 'class')).toEqual([2010, 2011]);
    expect(guns.legend(data, s(2010)).note).toContain('or have no purchase year (1: choose');
    expect(guns.table(data, s(2011)).map((r) => r.place)).toEqual(['Tucson, AZ']);
  });

  it('draws only the filtered firearms, over every year as one circle per place and class', () => {
    const all = {
      ...s(2010),
      gunFilter: { ...NO_FILTER, weaponClass: 'rifle', when: 'all' as const },
    };
    const [layer] = recorded(guns.render!(fakeDeck(), data, all));
    const drawn = layer!.props.data as LayerFeature[];
    // Two rifles at Phoenix (2010 and undated) make one circle of two.
    expect(drawn.map((g) => [g.properties.weapon_class, g.properties.count])).toEqual([
      ['rifle', 2],
    ]);
    expect(layer!.props.filterRange).toEqual([-2, 9999]);
    expect(guns.table(data, all)).toHaveLength(2);
    expect(guns.legend(data, all).title).toBe('Firearms of every purchase year, by place');
    expect(guns.legend(data, all).note).toContain('Showing 2 of 5 firearms matching class Rifle.');
    const undated = { ...s(2010), gunFilter: { ...NO_FILTER, when: 'undated' as const } };
    expect(guns.table(data, undated)).toHaveLength(1);
    expect(guns.legend(data, s(2010)).note).toContain(
      'or have no purchase year (1: choose "no purchase year")',
    );
  });
});
