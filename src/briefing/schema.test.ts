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
    expect('errors' in r ? r.errors : r.warnings).toEqual([]);
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

  it('accepts a missing translation as a draft, and says where it is missing', () => {
    const b = clone();
    delete b.scenes[3].caption.es;
    b.scenes[0].title.en = '';
    const r = validateBriefing(b, known);
    expect('warnings' in r && r.warnings).toEqual([
      'scenes.0 (violence).title: no English text yet',
      'scenes.3 (ports).caption: no Spanish text yet',
    ]);
  });

  it('rejects a text with neither language', () => {
    const b = clone();
    b.scenes[3].caption = { en: ' ', es: '' };
    const r = validateBriefing(b, known);
    expect('errors' in r && r.errors[0]).toBe('scenes.3.caption: needs text in English or Spanish');
  });

  it('reads bounds and notes, and rejects bounds off the map', () => {
    const b = clone();
    b.scenes[0].bounds = [-118, 14, -86, 33];
    b.scenes[0].notes = 'Pause here.';
    const r = validateBriefing(b, known);
    expect('briefing' in r && r.briefing.scenes[0]).toMatchObject({
      bounds: [-118, 14, -86, 33],
      notes: 'Pause here.',
    });
    b.scenes[0].bounds = [-118, 14, -86, 95];
    const bad = validateBriefing(b, known);
    expect('errors' in bad && bad.errors[0]).toMatch(/^scenes\.0\.bounds\.3: /);
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

  it('reads a chain node or a cover point, one of the two, and names a malformed node', () => {
    const b = clone();
    b.scenes[0].chain = 'mx-state:14';
    b.scenes[1].chain = 'top';
    b.scenes[2].cover = [-106.487, 31.74];
    const r = validateBriefing(b, known);
    expect('briefing' in r && r.briefing.scenes.slice(0, 3).map((s) => s.chain ?? s.cover)).toEqual(
      ['mx-state:14', 'top', [-106.487, 31.74]],
    );
    b.scenes[0].chain = 'planet:Mars';
    expect(validateBriefing(b, known)).toEqual({
      errors: ['scenes.0.chain: is not a chain node ("<kind>:<key>", e.g. "mx-state:14") or "top"'],
    });
    b.scenes[0].chain = 'mx-state:14';
    b.scenes[0].cover = [-103, 20];
    expect(validateBriefing(b, known)).toEqual({
      errors: ['scenes.0 (violence): a scene follows the guns or asks who covers, not both'],
    });
  });
});
