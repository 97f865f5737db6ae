// The counterparts table against the areas it comes from: every pair's areas touch across the
// border (checked with the polygons of the built aors layer), a few pairs anyone can check on a
// map, and every unit with no drawn area listed as unplaced.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { booleanIntersects, buffer } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkTable } from '../../scripts/lib/tables';
import { builtFeatures } from '../browser/data';

const GEODATA = new URL('../../geodata/', import.meta.url).pathname;
const table = checkTable(
  'counterparts',
  JSON.parse(await readFile(join(GEODATA, 'counterparts.json'), 'utf8')),
);
const units = checkTable(
  'aor-units',
  JSON.parse(await readFile(join(GEODATA, 'aor-units.json'), 'utf8')),
);
const aors = (await builtFeatures('aors')) as Feature<
  Polygon | MultiPolygon,
  Record<string, unknown>
>[];
const shape = (agency: string, unit: string, coverage: string) =>
  aors.find(
    (f) =>
      f.properties.agency === agency &&
      f.properties.unit === unit &&
      f.properties.coverage === coverage,
  )!;
const pair = (us: string, mx: string) =>
  table.pairs.find((p) => p.us_unit === us && p.mx_unit === mx);

describe('counterparts', () => {
  it('pairs only areas that touch across the border', () => {
    const facing = table.pairs.filter((p) => p.border_km > 0);
    expect(facing.length).toBeGreaterThan(20);
    for (const p of facing) {
      const u = shape(p.us_agency, p.us_unit, p.us_coverage);
      const m = shape(p.mx_agency, p.mx_unit, p.mx_coverage);
      expect(u && m, `${p.us_unit} / ${p.mx_unit}`).toBeTruthy();
      expect(
        booleanIntersects(buffer(u, 8, { units: 'kilometers' })!, m),
        `${p.us_unit} / ${p.mx_unit}`,
      ).toBe(true);
    }
  });

  it('finds the pairs a map reader would', () => {
    expect(pair('San Diego Sector', 'Delegación FGR Baja California')?.border_km).toBeGreaterThan(
      0,
    );
    expect(pair('Tucson Field Office', 'Delegación FGR Sonora')?.ports).toContain('Nogales');
    expect(pair('Laredo Field Office', 'Delegación FGR Tamaulipas')?.ports).toContain('Laredo');
    expect(pair('San Diego Sector', 'Delegación FGR Tamaulipas')).toBeUndefined();
    // Every Mexican border state faces some Border Patrol sector.
    for (const s of [
      'Baja California',
      'Sonora',
      'Chihuahua',
      'Coahuila',
      'Nuevo León',
      'Tamaulipas',
    ])
      expect(
        table.pairs.some((p) => p.us_agency === 'usbp' && p.mx_unit === `Delegación FGR ${s}`),
        s,
      ).toBe(true);
  });

  it('keeps units with no area and gaps as they are', () => {
    const unknown = units.agencies.flatMap((a) =>
      a.units.filter((u) => u.status === 'unknown').map((u) => `${a.id}:${u.unit}`),
    );
    expect(table.unplaced.map((u) => `${u.agency}:${u.unit}`)).toEqual(unknown);
    // Most ATF divisions have no known area: most of the border is a gap for the ATF.
    expect(table.gaps.find((g) => g.agency === 'atf')!.km).toBeGreaterThan(0);
    for (const g of table.gaps) expect(g.km).toBeLessThanOrEqual(table.border_km);
  });
});
