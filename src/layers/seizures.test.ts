import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { accessor, fakeDeck, recorded } from './fake-deck';
import { seizures } from './seizures';
import type { RenderState } from './types';

const event = (
  id: string,
  year: number | null,
  firearms: number | null,
  outbound = true,
): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-110.94, 31.33] },
  properties: {
    event_id: id,
    year,
    date: year ? `${year}-07-06` : '',
    date_precision: year ? 'day' : 'unknown',
    place: 'DeConcini port',
    port_name: 'Nogales',
    state: 'AZ',
    outbound,
    firearms,
    rounds: 1000,
    conveyance: 'car',
    direction: outbound ? 'outbound' : 'not stated',
    agency: 'CBP OFO',
    items: '5 rifles',
    source_url: 'https://www.cbp.gov/newsroom/x',
    source_locator: 'paragraph 2',
  },
});
const data = [
  event('E01', 2022, 20),
  event('E02', 2022, 5, false),
  event('E03', 2022, null),
  event('E04', null, 3),
];
const s = (metric = 'firearms'): RenderState => ({
  year: 2022,
  metric,
  lang: 'en',
  selected: null,
});

describe('seizures layer', () => {
  it('draws events of the year, the largest first, coloured by what the source states', () => {
    const [layer] = recorded(seizures.render!(fakeDeck(), data, s()));
    expect((layer!.props.data as LayerFeature[]).map((f) => f.properties.event_id)).toEqual([
      'E01',
      'E02',
      'E04',
      'E03',
    ]);
    expect(layer!.props.filterRange).toEqual([2021.5, 2022.5]);
    expect(accessor<number>(layer!, 'getFilterValue')(data[3])).toBe(-1);
    const color = accessor<number[]>(layer!, 'getFillColor');
    expect(color(data[0])).toEqual([213, 94, 0, 210]);
    expect(color(data[1])).toEqual([86, 180, 233, 210]);
    expect(color(data[2])).toEqual([205, 205, 205, 230]);
    expect(accessor<number>(layer!, 'getRadius')(data[2])).toBe(4);
  });

  it('cites its page, and counts the events that have no year', () => {
    const t = seizures.tooltip(data[0]!, s());
    expect(t.link).toEqual({
      href: 'https://www.cbp.gov/newsroom/x',
      label: 'Source: www.cbp.gov (paragraph 2)',
    });
    expect(Object.fromEntries(t.rows).When).toBe('2022-07-06 (date of the event)');
    expect(seizures.legend(data, s('rounds')).note).toContain('1 events with no year');
    expect(seizures.table(data, s()).map((r) => r.display)).toEqual(['20', '5', '—']);
  });
});
