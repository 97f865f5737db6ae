import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import type { Manifest } from '../data/manifest';
import { LAYERS } from '../layers/registry';
import briefing from './default.json';
import { validateBriefing } from './schema';

const known = {
  manifest: manifest as Manifest,
  metrics: Object.fromEntries(LAYERS.map((l) => [l.id, l.metrics.map((m) => m.id)])),
};
const clone = () => JSON.parse(JSON.stringify(briefing));

describe('briefing files', () => {
  it('the default briefing is valid: 8–10 scenes, every layer, year and translation checked', () => {
    const r = validateBriefing(briefing, known);
    expect('errors' in r ? r.errors : []).toEqual([]);
    expect(briefing.scenes.length).toBeGreaterThanOrEqual(8);
    expect(briefing.scenes.length).toBeLessThanOrEqual(10);
  });

  it('names an unknown layer', () => {
    const b = clone();
    b.scenes[2].layers = ['dealers', 'gun-shows'];
    expect(validateBriefing(b, known)).toEqual({
      errors: ['scenes.2 (dealers).layers: unknown layer "gun-shows"'],
    });
  });

  it('names a year without data', () => {
    const b = clone();
    b.scenes[0].year = 2012;
    expect(validateBriefing(b, known)).toEqual({
      errors: ['scenes.0 (violence).year: 2012 has no data in layer "homicides" (2015–2025)'],
    });
  });

  it('names a missing translation', () => {
    const b = clone();
    delete b.scenes[3].caption.es;
    const r = validateBriefing(b, known);
    expect('errors' in r && r.errors[0]).toMatch(/^scenes\.3\.caption\.es: /);
  });

  it('names a formula on an unknown layer and a metric the layer does not have', () => {
    const b = clone();
    b.scenes[1].callouts[0].formula.layer = 'gun-shows';
    b.scenes[1].metrics.homicides = 'vibes';
    const r = validateBriefing(b, known);
    expect('errors' in r && r.errors).toEqual([
      'scenes.1 (firearms).metrics.homicides: "vibes" is not a metric of that layer',
      'scenes.1 (firearms).callouts.0.formula.layer: unknown layer "gun-shows"',
    ]);
  });
});
