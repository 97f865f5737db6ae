// The manifest is the contract: a data year the pipeline adds reaches the map with no code change.
import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../../data/load';
import { MANIFEST, type LayerEntry, type Manifest } from '../../data/manifest';
import { defaultYear, yearRange } from '../../state/app.svelte';
import { encountersLayer } from '../encounters';
import { homicidesLayer } from '../homicides';
import { portsLayer } from '../ports';

const entry = (id: string) => MANIFEST.layers.find((l) => l.id === id)!;
/** The bundled manifest with one more year for a layer, as the next pipeline run would write. */
function withYear(id: string, year: number): Manifest {
  return {
    ...MANIFEST,
    layers: MANIFEST.layers.map((l) => (l.id === id ? { ...l, years: [...l.years, year] } : l)),
  };
}
const feature = (props: Record<string, number | string>): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [-100, 25] },
  properties: props,
});

describe('a year added to the manifest', () => {
  it('is offered by the yearly layers and drawn like any other year', () => {
    const m = withYear('homicides', 2026);
    const meta: LayerEntry = m.layers.find((l) => l.id === 'homicides')!;
    const layer = homicidesLayer(meta);
    const data = [
      feature({
        cve_ent: '08',
        name: 'Chihuahua',
        homicides_2026: 2000,
        homicides_firearm_2026: 1500,
      }),
    ];
    expect(layer.years(data, 'victims')).toEqual([2026]);
    const s = { year: 2026, metric: 'victims', lang: 'en' as const, selected: null };
    expect(layer.tooltip(data[0]!, s).rows[1]).toEqual(['Victims', '2,000 victims']);
    expect(layer.legend(data, s).title).toBe('Victims, 2026');
    expect(layer.series!(data[0]!, s).at(-1)).toEqual({ year: 2026, value: 2000 });
    // The same module over the bundled manifest does not know the year.
    expect(homicidesLayer(entry('homicides')).years(data, 'victims')).toEqual([]);
  });

  it('extends the year control, and moves the default year once every default layer has it', () => {
    expect(yearRange(withYear('homicides', 2026)).max).toBe(2026);
    const defaults = [{ id: 'ports' }, { id: 'homicides' }];
    const before = defaultYear(MANIFEST, defaults);
    expect(before).toBe(entry('ports').years.at(-1));
    expect(defaultYear(withYear('ports', before + 1), defaults)).toBe(before + 1);
  });

  it('sizes graduated points against the new year too', () => {
    const m = withYear('encounters', 2026);
    const layer = encountersLayer(m.layers.find((l) => l.id === 'encounters')!);
    const data = [feature({ sector: 'El Paso', encounters_2025: 100, encounters_2026: 400 })];
    const s = { year: 2025, metric: 'encounters', lang: 'en' as const, selected: null };
    // The largest value (2026) sets the scale: 2025's circle is half its radius.
    expect(layer.legend(data, s).entries[0]!.label).toBe('400');
    expect(portsLayer(entry('ports')).years([], 'trucks')).toEqual([]);
  });
});
