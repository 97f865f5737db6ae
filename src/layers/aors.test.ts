import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { AOR_LAYERS, DASH } from './aors';
import { accessor, fakeDeck, recorded } from './fake-deck';
import type { RenderState } from './types';

const unit = (name: string, coverage: string, strength = 'official'): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'MultiPolygon', coordinates: [] },
  properties: {
    agency: 'usbp',
    unit: name,
    coverage,
    basis: strength === 'weak' ? 'third_party' : 'official',
    basis_strength: strength,
    members: 'Texas',
    hq_city: 'Laredo',
    hq_state: 'TX',
    label_lon: -99.5,
    label_lat: 27.5,
    source_urls: 'https://www.cbp.gov/a ; https://www.cbp.gov/b',
  },
});
const data = [
  unit('Laredo Sector', 'whole'),
  unit('Laredo Sector', 'part', 'weak'),
  unit('Big Bend Sector', 'border_segment'),
];
const usbp = AOR_LAYERS.find((l) => l.id === 'aor-usbp')!;
const s: RenderState = { year: 2019, metric: 'outline', lang: 'en', selected: null };

describe('areas-of-responsibility layers', () => {
  it('dashes partial outlines, and draws a coverage without a pattern as a part', () => {
    const [outline, labels] = recorded(usbp.render!(fakeDeck(), data, s));
    const dash = accessor<[number, number]>(outline!, 'getDashArray');
    expect(data.map((f) => dash(f))).toEqual([DASH.whole, DASH.part, DASH.part]);
    expect(accessor<number>(outline!, 'getLineWidth')(data[1])).toBe(1.5);
    // One label per unit: the whole part wins, and a weak source is starred.
    expect((labels!.props.data as LayerFeature[]).length).toBe(2);
    expect(accessor<string>(labels!, 'getText')(data[1])).toBe('Laredo Sector (Laredo) *');
  });

  it('links the first source and lists units in the table', () => {
    const t = usbp.tooltip(data[0]!, s);
    expect(t.link?.href).toBe('https://www.cbp.gov/a');
    expect(usbp.legend(data, s).note).toBe('* membership from a third-party source or inferred.');
    expect(usbp.table(data, s).map((r) => r.place)[0]).toBe(
      'Laredo Sector (whole member states/counties)',
    );
  });
});
