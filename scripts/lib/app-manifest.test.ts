import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forApp } from './app-manifest';
import { ManifestSchema } from './manifest';

describe('forApp', () => {
  it('keeps what the app reads and drops field descriptions and accounting', () => {
    const m = ManifestSchema.parse(
      JSON.parse(readFileSync(new URL('../../geodata/manifest.json', import.meta.url), 'utf8')),
    );
    const slim = forApp(m);
    expect(slim.layers.map((l) => l.id)).toEqual(m.layers.map((l) => l.id));
    const homicides = slim.layers.find((l) => l.id === 'homicides')!;
    expect(homicides.years).toEqual(m.layers.find((l) => l.id === 'homicides')!.years);
    expect(homicides.fields[0]).toEqual({ name: 'cve_ent', type: 'string' });
    expect(homicides).not.toHaveProperty('accounting');
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(m).length * 0.75);
  });
});
