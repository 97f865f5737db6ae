import { describe, expect, it } from 'vitest';
import { captureFraming, captureScene, type ViewNow } from './capture';
import { validateBriefing } from './schema';
import { KNOWN } from './check';

const now: ViewNow = {
  year: 2019,
  layers: ['homicides', 'ports'],
  metrics: { homicides: 'rate', ports: 'trucks', dealers: 'density' },
  view: { lon: -103.51234, lat: 28.10009, zoom: 4.5678 },
  bounds: [-118.123456, -86, -88.5, 33.25],
  selected: { layer: 'homicides', key: '08' },
  chain: null,
  cover: null,
  titles: [
    { en: 'Homicides', es: 'Homicidios' },
    { en: 'Ports', es: 'Puertos' },
  ],
  legends: [{ en: 'Rate, 2019', es: 'Tasa, 2019' }],
};

describe('captureScene', () => {
  it('keeps what is shown: layers, their measures, the year, the area and the selection', () => {
    expect(JSON.parse(JSON.stringify(captureScene(now)))).toEqual({
      title: { en: 'Homicides · Ports', es: 'Homicidios · Puertos' },
      caption: { en: 'Rate, 2019', es: 'Tasa, 2019' },
      view: { lon: -103.512, lat: 28.1, zoom: 4.57 },
      bounds: [-118.123, -85, -88.5, 33.25],
      year: 2019,
      layers: ['homicides', 'ports'],
      metrics: { homicides: 'rate', ports: 'trucks' },
      highlight: { layer: 'homicides', key: '08' },
      callouts: [],
      notes: '',
    });
  });

  it('drops a selection on a layer no longer shown, and is never blank', () => {
    const s = captureScene({ ...now, layers: [], titles: [], legends: [] });
    expect(s.highlight).toBeUndefined();
    expect('highlight' in s).toBe(true);
    expect(s.title).toEqual({ en: 'The map', es: 'El mapa' });
    expect(s.caption.en).not.toBe('');
  });

  it('keeps the chain followed or the place asked about, and the scene passes the checks', () => {
    const chained = captureFraming({ ...now, chain: 'mx-state:14' });
    expect(chained.chain).toBe('mx-state:14');
    const covered = captureFraming({ ...now, cover: [-106.487654321, 31.7398765] });
    expect(covered.cover).toEqual([-106.4877, 31.7399]);
    // Re-framing from a view with neither drops them.
    expect(captureFraming(now)).toMatchObject({ chain: undefined, cover: undefined });
    const briefing = (s: object) => ({
      title: { en: 'B', es: 'B' },
      scenes: [{ id: 'a', title: { en: 'A', es: 'A' }, caption: { en: 'A', es: 'A' }, ...s }],
    });
    expect(
      validateBriefing(briefing({ ...captureScene(now), ...chained }), KNOWN),
    ).not.toHaveProperty('errors');
  });
});
