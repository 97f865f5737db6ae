import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forApp, layerNotes } from './app-manifest';
import { ManifestSchema } from './manifest';

describe('forApp', () => {
  it('keeps what the app reads and drops field descriptions, accounting and hashes', () => {
    const m = ManifestSchema.parse(
      JSON.parse(readFileSync(new URL('../../geodata/manifest.json', import.meta.url), 'utf8')),
    );
    const slim = forApp(m);
    expect(slim.layers.map((l) => l.id)).toEqual(m.layers.map((l) => l.id));
    const homicides = slim.layers.find((l) => l.id === 'homicides')!;
    expect(homicides.years).toEqual(m.layers.find((l) => l.id === 'homicides')!.years);
    expect(homicides.fields[0]).toEqual({ name: 'cve_ent', type: 'string' });
    expect(homicides).not.toHaveProperty('accounting');
    expect(homicides).not.toHaveProperty('sha256');
    expect(homicides.sources[0]).not.toHaveProperty('provenance');
    expect(homicides.sources[0]!.url).toMatch(/^https:/);
    // The method and conflicts go with the Sources panel, complete, in both languages.
    expect(homicides).not.toHaveProperty('method');
    const notes = layerNotes(m);
    expect(Object.keys(notes)).toEqual(m.layers.map((l) => l.id));
    const full = m.layers.find((l) => l.id === 'homicides')!;
    expect(notes.homicides).toEqual({
      method: full.method,
      methodEs: full.methodEs,
      conflicts: full.conflicts,
    });
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(m).length * 0.6);
  });
});
