import { describe, expect, it } from 'vitest';
import type { FillLayer } from '../map/map-layer';
import type { LayerFeature } from '../data/load';
import { dealers } from './dealers';
import { accessor, fakeDeck, recorded } from './fake-deck';
import type { RenderState } from './types';

const county = (fips: string, name: string, n: number | null, density: number | null) => ({
  type: 'Feature' as const,
  geometry: {
    type: 'MultiPolygon' as const,
    coordinates: [
      [
        [
          [-100, 30],
          [-99, 30],
          [-99, 31],
          [-100, 30],
        ],
      ],
    ],
  },
  properties: { fips, name, state: 'TX', dealers_2019: n, density_2019: density },
});
const data: LayerFeature[] = [
  county('48141', 'El Paso County', 300, 29.612),
  county('48201', 'Harris County', 900, 52.3),
  county('12086', 'Miami-Dade County', null, null),
];
const s = (metric: string, lang: 'en' | 'es' = 'en'): RenderState => ({
  year: 2019,
  metric,
  lang,
  selected: null,
});

describe('dealers layer', () => {
  it('offers the years with a count, and leaves a county without one as a gap', () => {
    expect(dealers.years(data, 'density')).toEqual([2019]);
    expect(dealers.table(data, s('dealers')).map((r) => [r.place, r.display])).toEqual([
      ['El Paso County, TX', '300'],
      ['Harris County, TX', '900'],
      ['Miami-Dade County, TX', '—'],
    ]);
  });

  it('shows count and density in the tooltip', () => {
    expect(dealers.tooltip(data[0]!, s('density')).rows).toEqual([
      ['Dealers', '300'],
      ['Per 100 sq mi', '29.61'],
    ]);
    expect(dealers.table(data, s('density'))[0]!.display).toBe('29.61 per 100 sq mi');
  });

  it('draws a choropleth of the metric, and a heat map of counts on county centres', () => {
    // The choropleth is MapLibre's (no deck.gl); the heat map deck.gl's, and nothing else.
    const [choro] = dealers.maplibre!(data, s('density')) as FillLayer[];
    expect(dealers.render!(fakeDeck(), data, s('density'))).toEqual([]);
    expect([dealers.usesDeck!('density'), dealers.usesDeck!('heat')]).toEqual([false, true]);
    expect(dealers.maplibre!(data, s('heat'))).toEqual([]);
    const fill = choro!.fill;
    expect(fill(data[2]!)).toEqual([205, 205, 205, 200]);
    expect(fill(data[1]!)).not.toEqual(fill(data[0]!));
    const deck = fakeDeck();
    const [heat] = recorded(dealers.render!(deck, data, s('heat')));
    expect(heat!.kind).toBe('HeatmapLayer');
    const weight = accessor<number>(heat!, 'getWeight');
    const points = heat!.props.data as { p: { dealers_2019: number } }[];
    expect(points.map((d) => weight(d))).toEqual([300, 900, 0]);
    expect(dealers.legend(data, s('heat')).entries.map((e) => e.label)).toEqual(['fewer', 'more']);
  });

  it('draws nothing for the heat map in a year without counts', () => {
    expect(dealers.render!(fakeDeck(), data, { ...s('heat'), year: 2025 })).toEqual([]);
  });

  it('leaves a county the source draws without an area off the heat map, and says so', () => {
    const falls = {
      ...county('51610', 'Falls Church city', 3, null),
      geometry: { type: 'MultiPolygon' as const, coordinates: [] },
    };
    falls.properties.state = 'VA';
    const withFalls = [...data, falls] as LayerFeature[];
    const [heat] = recorded(dealers.render!(fakeDeck(), withFalls, s('heat')));
    expect((heat!.props.data as unknown[]).length).toBe(3);
    expect(dealers.legend(withFalls, s('heat')).note).toContain(
      '3 dealer(s) in counties the source draws without an area are not on the map (Falls Church city, VA).',
    );
    expect(dealers.legend(data, s('heat')).note).not.toContain('without an area');
  });
});
