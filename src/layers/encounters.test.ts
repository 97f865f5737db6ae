import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { NO_DATA } from '../lib/colors';
import { CHANGE_COLORS } from './compare';
import { encounters } from './encounters';
import type { MarkLayer } from '../map/map-layer';
import type { RenderState } from './types';

const sector = (name: string, y2019: number | null, y2021: number): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-106.4, 31.8] },
  properties: {
    sector: name,
    hq_city: `${name}, TX`,
    encounters_2019: y2019,
    encounters_2021: y2021,
  },
});
const data = [sector('El Paso', 182_140, 193_920), sector('Big Bend', null, 37_450)];
const s = (year: number, lang: 'en' | 'es' = 'en'): RenderState => ({
  year,
  metric: 'encounters',
  lang,
  selected: null,
});

/** What MapLibre is asked to draw (the circles need no deck.gl code). */
const circles = (st: RenderState) => encounters.maplibre!(data, st) as MarkLayer[];

describe('encounters layer', () => {
  it('offers the fiscal years with data', () => {
    expect(encounters.years(data, 'encounters')).toEqual([2019, 2021]);
  });

  it('names the sector, its headquarters and the fiscal year in the tooltip', () => {
    expect(encounters.tooltip(data[0]!, s(2019))).toEqual({
      title: 'El Paso Sector',
      rows: [
        ['Headquarters', 'El Paso, TX'],
        ['Encounters, FY2019', '182,140'],
      ],
    });
    expect(encounters.tooltip(data[1]!, s(2019, 'es')).rows[1]).toEqual([
      'Encuentros, año fiscal 2019',
      '—',
    ]);
  });

  it('sizes circles against the largest year, and gives no circle to a gap', () => {
    const [layer] = circles(s(2019));
    expect(layer!.size(data[0]!)).toBeCloseTo(34 * Math.sqrt(182_140 / 193_920));
    expect(layer!.size(data[1]!)).toBe(0);
    expect(encounters.table(data, s(2021)).map((r) => r.display)).toEqual(['193,920', '37,450']);
  });

  it('grows circles and their legend together on the briefing stage', () => {
    const stage = { ...s(2021), symbolScale: 1.75 };
    const [onMap] = circles(s(2021));
    const [onStage] = circles(stage);
    expect(onStage!.size(data[0]!)).toBeCloseTo(onMap!.size(data[0]!) * 1.75);
    const sizes = (st: RenderState) => encounters.legend(data, st).entries.map((e) => e.size!);
    expect(sizes(stage)).toEqual(sizes(s(2021)).map((x) => x * 1.75));
  });

  it('keeps circle sizes and colours them by the change in compare mode', () => {
    const cmp = { ...s(2021), compare: 2019 };
    const [layer] = circles(cmp);
    // El Paso 182,140 → 193,920 (+6.5 %): about the same; Big Bend has no 2019 value.
    expect(layer!.color(data[0]!).slice(0, 3)).toEqual(CHANGE_COLORS[3]);
    expect(layer!.color(data[1]!).slice(0, 3)).toEqual(NO_DATA);
    expect(layer!.size(data[0]!)).toBeCloseTo(34);
    // Big Bend has no 2019 value: drawn grey at its 2021 size, not left out.
    expect(layer!.size(data[1]!)).toBeGreaterThan(0);
    const legend = encounters.legend(data, cmp);
    expect(legend.title).toBe('Change in Encounters, 2019 → 2021');
    expect(legend.entries.filter((e) => e.shape === 'circle')).toHaveLength(3);
    expect(encounters.tooltip(data[0]!, cmp).rows.at(-1)).toEqual(['Change', '+11,780 (+6.5 %)']);
  });

  it('draws no change against a partial year, and says why', () => {
    const partial = { ...s(2025), compare: 2019 };
    expect(circles(partial)).toEqual([]);
    expect(encounters.legend(data, partial).note).toMatch(
      /^No change drawn: 2025 is a partial year/,
    );
  });
});
