import { describe, expect, it } from 'vitest';
import type { FillLayer } from '../map/map-layer';
import type { LayerFeature } from '../data/load';
import { traces } from './traces';
import type { RenderState } from './types';

const state = (name: string, a: number | null, b: number | null, combined = ''): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-100, 31] },
  properties: {
    name,
    traced_2015_2022: a,
    traced_2022_2023: b,
    combined_2022_2023: combined,
    source_2022_2023: 'ATF (per the press)',
    recovered_2022_2023: 'Mexico',
    text_2022_2023: b === null ? '' : `${b} armas`,
    url_2022_2023: 'https://example.org/atf',
  },
});
const data = [
  state('Texas', 20000, 5000),
  state('Arizona', 8000, 1500),
  state('California', 6000, null, 'California + New Mexico: 900'),
];
const s = (metric: string): RenderState => ({ year: 2019, metric, lang: 'en', selected: null });

describe('traces layer', () => {
  it('offers the labelled periods, newest first, and no years', () => {
    expect(traces.metrics.map((m) => m.id)).toEqual(['2022_2023', '2015_2022']);
    expect(traces.years(data, '2022_2023')).toBeNull();
  });

  it('shades the period’s figure and keeps a combined figure combined, never split', () => {
    const [layer] = traces.maplibre!(data, s('2022_2023')) as FillLayer[];
    const fill = layer!.fill;
    expect(fill(data[2]!)).toEqual([205, 205, 205, 200]);
    expect(fill(data[0]!)).not.toEqual(fill(data[1]!));
    expect(traces.table(data, s('2022_2023')).map((r) => r.display)).toEqual([
      '5,000',
      '1,500',
      'California + New Mexico: 900',
    ]);
    expect(traces.legend(data, s('2022_2023')).note).toContain(
      'Combined figure, not split: California + New Mexico: 900.',
    );
  });

  it('cites the period’s source in the tooltip', () => {
    const t = traces.tooltip(data[0]!, s('2022_2023'));
    expect(t.title).toBe('Texas, 2022–2023');
    expect(t.link).toEqual({
      href: 'https://example.org/atf',
      label: 'Source: ATF (per the press)',
    });
  });
});
