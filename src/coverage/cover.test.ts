import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '../data/load';
import { coverageAt, whereText, whoCovers } from './cover';

const square = (
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  properties: object,
): LayerFeature => ({
  type: 'Feature',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    ],
  },
  properties: properties as LayerFeature['properties'],
});

const unit = (
  agency: string,
  unit: string,
  coverage: string,
  box: [number, number, number, number],
) =>
  square(...box, {
    agency,
    unit,
    coverage,
    drawn_as: 'member states',
    basis: 'b',
    basis_strength: 'official',
    members: 'm',
    as_of: '2020',
    source_urls: 'https://a.example ; https://b.example',
  });

const layers = {
  usStates: [square(-115, 31, -109, 37, { code: '04', name: 'Arizona' })],
  mxStates: [
    square(-115, 26, -108, 31, { code: '26', name: 'Sonora' }),
    square(-99, 15, -93, 18.5, { code: '20', name: 'Oaxaca' }),
  ],
  aors: [
    unit('usbp', 'Tucson Sector', 'part', [-115, 31, -109, 37]),
    unit('usbp', 'Yuma Sector', 'whole', [-115, 32, -113, 34]),
    unit('ofo', 'Tucson Field Office', 'ports', [-112, 31, -110, 32]),
    unit('sedena', 'II Región Militar', 'whole', [-115, 26, -108, 31]),
    unit('fgr', 'Delegación FGR Sonora', 'whole', [-115, 26, -108, 31]),
  ],
  units: {
    agencies: [
      {
        id: 'atf',
        name: 'ATF',
        units: [
          {
            unit: 'Phoenix Field Division',
            unit_code: '',
            hq_city: '',
            hq_state: '',
            status: 'unknown' as const,
            coverage_classes: [],
            members: [],
            stated_extent: '',
            notes: '',
          },
        ],
      },
    ],
    not_in_any: { sedena: ['Oaxaca'], gn: [] },
  },
};

describe('who covers here', () => {
  it('lists the units whose area holds a point in the United States, whole first', () => {
    const c = whoCovers([-113.5, 32.5], layers);
    expect(c.country).toBe('US');
    expect(c.state).toEqual({ code: '04', name: 'Arizona' });
    expect(c.agencies.map((a) => a.agency)).toEqual(['usbp', 'ofo', 'atf', 'dea']);
    expect(c.agencies[0]!.units.map((u) => [u.unit, u.coverage])).toEqual([
      ['Yuma Sector', 'whole'],
      ['Tucson Sector', 'part'],
    ]);
    expect(c.agencies[0]!.units[0]!.source).toBe('https://a.example');
    // No unit found: the ATF's units of unknown membership are named, not hidden.
    expect(c.agencies[2]).toMatchObject({ units: [], unknownUnits: ['Phoenix Field Division'] });
    expect(c.agencies[1]!.units).toEqual([]);
  });

  it('covers a Mexican point with Mexican agencies, and says where no source names a unit', () => {
    const sonora = whoCovers([-110, 29], layers);
    expect(sonora.country).toBe('MX');
    expect(sonora.agencies.map((a) => [a.agency, a.units.map((u) => u.unit)])).toEqual([
      ['sedena', ['II Región Militar']],
      ['gn', []],
      ['fgr', ['Delegación FGR Sonora']],
    ]);
    const oaxaca = whoCovers([-96, 17], layers);
    expect(oaxaca.agencies[0]).toMatchObject({ agency: 'sedena', units: [], stateUnnamed: true });
    expect(whoCovers([-140, 0], layers)).toEqual({ country: null, state: null, agencies: [] });
    expect(whereText(oaxaca, [-96, 17], 'en')).toBe('At -96, 17 — Oaxaca');
    expect(whereText(whoCovers([-140, 0], layers), [-140, 0], 'es')).toMatch(/^Este punto no está/);
    // A city named as Mexican is answered for Mexico even where a U.S. outline reaches it.
    expect(whoCovers([-113.5, 32.5], layers, 'MX').country).toBe('MX');
  });

  it('lists a unit once, with its strongest cover', () => {
    const twice = {
      ...layers,
      aors: [...layers.aors, unit('usbp', 'Yuma Sector', 'part', [-115, 31, -109, 37])],
    };
    expect(
      whoCovers([-113.5, 32.5], twice).agencies[0]!.units.map((u) => [u.unit, u.coverage]),
    ).toEqual([
      ['Yuma Sector', 'whole'],
      ['Tucson Sector', 'part'],
    ]);
  });

  it("takes a chosen city's country and the detailed Mexican outlines when loaded", () => {
    const places = {
      usStates: layers.usStates,
      mxStates: layers.mxStates,
      cities: [{ at: [-113.5, 32.5] as [number, number], country: 'MX' }],
    };
    // The city is Mexican: answered for Mexico though the U.S. outline holds the point.
    expect(coverageAt([-113.5, 32.5], layers.aors, layers.units, places).country).toBe('MX');
    expect(coverageAt([-113.5, 32.6], layers.aors, layers.units, places).country).toBe('US');
    // The map's detailed outline (cve_ent, name) is used in place of the basemap's.
    const detailed = [square(-115, 26, -108, 31, { cve_ent: '26', name: 'Sonora (INEGI)' })];
    expect(coverageAt([-110, 29], layers.aors, layers.units, places, detailed).state).toEqual({
      code: '26',
      name: 'Sonora (INEGI)',
    });
  });
});
