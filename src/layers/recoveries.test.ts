import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { accessor, fakeDeck, recorded } from './fake-deck';
import { recoveries } from './recoveries';
import type { RenderState } from './types';

const place = (id: string, precision: string, firearms: number): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-106.4, 31.7] },
  properties: {
    place_id: id,
    name: `Place ${id}`,
    precision,
    firearms,
    first_year: 2010,
    last_year: 2012,
  },
});
const data = [place('08037', 'municipio', 40), place('28', 'state', 10)];
const s: RenderState = { year: 2019, metric: 'firearms', lang: 'en', selected: null };

describe('recoveries layer', () => {
  it('is shown whatever the year, sized by firearms, coloured by how precisely it is known', () => {
    expect(recoveries.years(data, 'firearms')).toBeNull();
    const [layer] = recorded(recoveries.render(fakeDeck(), data, s));
    expect(layer!.props.filterRange).toBeUndefined();
    expect(accessor<number>(layer!, 'getRadius')(data[0])).toBeCloseTo(22);
    expect(accessor<number>(layer!, 'getRadius')(data[1])).toBeCloseTo(11);
    expect(accessor<number[]>(layer!, 'getFillColor')(data[1])).not.toEqual(
      accessor<number[]>(layer!, 'getFillColor')(data[0]),
    );
    expect(recoveries.legend(data, s).entries[0]!.label).toBe('municipio (max 40)');
  });
});
