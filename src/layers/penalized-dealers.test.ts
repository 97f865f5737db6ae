import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { accessor, fakeDeck, recorded } from './fake-deck';
import { penalizedDealers } from './penalized-dealers';
import type { RenderState } from './types';

const dealer = (id: string, cls: string, year: number, citations: number): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-97.7, 30.3] },
  properties: {
    inspection_id: id,
    name: `Dealer ${id}`,
    ffl_number: '5-74-453-01-9K-12345',
    license_type: '01',
    address: '1 Main St',
    city: 'Austin',
    state: 'TX',
    disposition: cls,
    disposition_class: cls,
    citation_count: citations,
    complete_date: `${year}-03-01`,
    year,
    report_url: 'https://example.org/report.pdf',
  },
});
const data = [
  dealer('1', 'revocation', 2016, 9),
  dealer('2', 'warning-letter', 2016, 2),
  dealer('3', 'settlement', 2017, 4),
];
const s = (year: number): RenderState => ({
  year,
  metric: 'disposition',
  lang: 'en',
  selected: null,
});

describe('penalized-dealers layer', () => {
  it('filters the completion year on the GPU and makes revocations stand out', () => {
    const [layer] = recorded(penalizedDealers.render!(fakeDeck(), data, s(2016)));
    expect(layer!.props.filterRange).toEqual([2015.5, 2016.5]);
    expect(data.map((f) => accessor<number>(layer!, 'getFilterValue')(f))).toEqual([
      2016, 2016, 2017,
    ]);
    expect(accessor<number>(layer!, 'getRadius')(data[0])).toBe(6);
    expect(accessor<number>(layer!, 'getRadius')(data[1])).toBe(3.5);
  });

  it('links the inspection report and lists the year’s inspections in the table', () => {
    const t = penalizedDealers.tooltip(data[0]!, s(2016));
    expect(t.link?.href).toBe('https://example.org/report.pdf');
    expect(Object.fromEntries(t.rows)['Violations cited']).toBe('9');
    expect(penalizedDealers.table(data, s(2017)).map((r) => [r.place, r.value])).toEqual([
      ['Dealer 3, Austin, TX', 4],
    ]);
    expect(penalizedDealers.years(data, 'disposition')).toEqual([2016, 2017]);
  });
});
