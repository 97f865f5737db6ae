import { area, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { aorFiles, member, unitRow } from '../lib/aor-fixture';
import { rawFixture } from '../lib/fixture';
import type { LayerFeature } from '../lib/layer';
import { aorUnits, type AorUnitsTable } from './aor-units';
import { aors, HULL_LABEL } from './aors';

/** A 1° square with its south-west corner at (lon, lat). */
const square = (lon: number, lat: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 1, lat],
      [lon + 1, lat + 1],
      [lon, lat + 1],
      [lon, lat],
    ],
  ],
});
const mxState = (code: string, name: string, g: Polygon): LayerFeature => ({
  type: 'Feature',
  geometry: g,
  properties: { cve_ent: code, name },
});
const port = (code: string, name: string, lon: number, lat: number): LayerFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { port_code: code, name },
});
// Nuevo León and Tamaulipas share an edge; Coahuila stands apart.
const built = {
  'mx-states': {
    features: [
      mxState('05', 'Coahuila de Zaragoza', square(-103, 27)),
      mxState('19', 'Nuevo León', square(-101, 25)),
      mxState('28', 'Tamaulipas', square(-100, 25)),
    ],
  },
  ports: {
    features: [
      port('2301', 'Brownsville', -97.5, 25.9),
      port('2302', 'Del Rio', -100.9, 29.36),
      port('2304', 'Laredo', -99.5, 27.5),
    ],
  },
};

const files = aorFiles(
  {
    usbp: [
      member('usbp', {
        unit: 'San Diego Sector',
        type: 'county',
        code: '06073',
        name: 'San Diego County, CA',
      }),
      member('usbp', {
        unit: 'San Diego Sector',
        type: 'state',
        code: 'CA',
        name: 'California',
        coverage: 'part',
        asOf: 'undated',
      }),
      member('usbp', {
        unit: 'Yuma Sector',
        type: 'county',
        code: '04027',
        name: 'Yuma County, AZ',
        coverage: 'border_segment',
        basis: 'news_citing_official',
      }),
      member('usbp', {
        unit: 'Tucson Sector',
        type: 'county',
        code: '04019',
        name: 'Pima County, AZ',
        coverage: 'unknown',
        basis: 'third_party',
      }),
    ],
    ofo: [
      member('ofo', {
        unit: 'Laredo Field Office',
        type: 'port',
        code: '2301',
        name: 'Brownsville',
        basis: 'named_in_source',
      }),
      member('ofo', {
        unit: 'Laredo Field Office',
        type: 'port',
        code: '2302',
        name: 'Del Rio',
        basis: 'named_in_source',
      }),
      member('ofo', {
        unit: 'Laredo Field Office',
        type: 'port',
        code: '2304',
        name: 'Laredo',
        basis: 'inferred_count_state',
      }),
      member('ofo', {
        unit: 'Laredo Field Office',
        type: 'port',
        code: '',
        name: 'Falcon Dam',
        basis: 'named_in_source',
      }),
    ],
    sedena: [
      member('sedena', {
        unit: 'IV Región Militar',
        type: 'state',
        code: '19',
        name: 'Nuevo León',
        basis: 'news_quoting_official',
        asOf: '2021-08-27',
      }),
      member('sedena', {
        unit: 'IV Región Militar',
        type: 'state',
        code: '28',
        name: 'Tamaulipas',
        basis: 'third_party_zone_table',
        asOf: 'undated table',
      }),
      member('sedena', {
        unit: 'VI Región Militar',
        type: 'state',
        code: '05',
        name: 'Coahuila',
        coverage: 'unknown',
        basis: 'third_party_zone_table',
      }),
    ],
  },
  [
    unitRow('usbp', 'Tucson Sector', { hq: ['Tucson', 'AZ'], extent: '262 border miles' }),
    unitRow('atf', 'Dallas Field Division', { hq: ['Dallas', 'TX'] }),
  ],
);

const byUnit = (features: LayerFeature[]) =>
  new Map(features.map((f) => [`${f.properties.unit}|${f.properties.coverage}`, f]));

describe('aors', () => {
  it('draws a feature per unit and coverage class, and none for units with nothing drawable', async () => {
    const layer = await aors.build(await rawFixture(files, built));
    const f = byUnit(layer.features!);
    expect([...f.keys()]).toEqual([
      'San Diego Sector|whole',
      'San Diego Sector|part',
      'Yuma Sector|part',
      'Laredo Field Office|ports',
      'IV Región Militar|whole',
    ]);
    expect(f.get('San Diego Sector|whole')!.properties).toMatchObject({
      agency: 'usbp',
      drawn_as: 'member counties',
      members: 'San Diego County, CA',
      basis_strength: 'official',
    });
    expect(f.get('San Diego Sector|part')!.properties).toMatchObject({
      drawn_as: 'member states',
      members: 'California',
      as_of: 'undated',
    });
    // A border segment is drawn with the part members.
    expect(f.get('Yuma Sector|part')!.properties.basis_strength).toBe('news');
    // One weak member makes the whole feature weak; both bases are kept verbatim.
    expect(f.get('IV Región Militar|whole')!.properties).toMatchObject({
      basis: 'news_quoting_official, third_party_zone_table',
      basis_strength: 'weak',
      members: 'Nuevo León; Tamaulipas',
      as_of: '2021-08-27; undated table',
    });
    for (const l of layer.ledgers) l.assertBalanced();
    expect(layer.ledgers.map((l) => l.read)).toEqual([4, 4, 0, 0, 3, 0, 0, 2]);
    expect(layer.method).toHaveLength(layer.methodEs.length);
    // The Mexican gaps are computed from the tables: here SEDENA names all three states.
    expect(layer.method.join(' ')).toContain(
      'every state is in a SEDENA military region; Coahuila de Zaragoza, Nuevo León, Tamaulipas are in no Guardia Nacional coordination.',
    );
  });

  it('dissolves adjacent members into one polygon of their combined area', async () => {
    const layer = await aors.build(await rawFixture(files, built));
    const g = byUnit(layer.features!).get('IV Región Militar|whole')!.geometry as MultiPolygon;
    expect(g.coordinates).toHaveLength(1);
    expect(g.coordinates[0]).toHaveLength(1);
    const parts = area(square(-101, 25)) + area(square(-100, 25));
    expect(area(g) / parts).toBeCloseTo(1, 3);
    const [lon, lat] = [
      byUnit(layer.features!).get('IV Región Militar|whole')!.properties.label_lon as number,
      byUnit(layer.features!).get('IV Región Militar|whole')!.properties.label_lat as number,
    ];
    expect(booleanPointInPolygon([lon, lat], g)).toBe(true);
  });

  it('models a field office as a buffered hull around its placed ports', async () => {
    const layer = await aors.build(await rawFixture(files, built));
    const f = byUnit(layer.features!).get('Laredo Field Office|ports')!;
    expect(f.properties).toMatchObject({
      coverage: 'ports',
      drawn_as: HULL_LABEL,
      members: 'Brownsville; Del Rio; Laredo',
      unplaced: 'Falcon Dam',
      basis_strength: 'weak',
    });
    for (const p of built.ports.features)
      expect(booleanPointInPolygon(p.geometry as never, f.geometry as MultiPolygon)).toBe(true);
  });

  it('lists every unit in aor-units, including those without a feature', async () => {
    const layer = await aorUnits.build(await rawFixture(files, built));
    const table = layer.json as AorUnitsTable;
    const status = Object.fromEntries(
      table.agencies.flatMap((a) => a.units.map((u) => [u.unit, [u.status, u.coverage_classes]])),
    );
    expect(status).toEqual({
      'Tucson Sector': ['unknown', []],
      'San Diego Sector': ['drawn', ['whole', 'part']],
      'Yuma Sector': ['drawn', ['part']],
      'Laredo Field Office': ['partly drawn', ['ports']],
      'Dallas Field Division': ['unknown', []],
      'IV Región Militar': ['drawn', ['whole']],
      'VI Región Militar': ['unknown', []],
    });
    const tucson = table.agencies[0]!.units[0]!;
    expect(tucson).toMatchObject({ hq_city: 'Tucson', stated_extent: '262 border miles' });
    expect(tucson.members[0]).toMatchObject({
      code: '04019',
      coverage: 'unknown',
      basis: 'third_party',
      basis_strength: 'weak',
    });
    expect(table.not_in_any).toEqual({
      sedena: [],
      gn: ['Coahuila de Zaragoza', 'Nuevo León', 'Tamaulipas'],
    });
  });
});
