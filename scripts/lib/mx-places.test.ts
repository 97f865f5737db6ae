import { describe, expect, it } from 'vitest';
import type { Municipio } from './gazetteer';
import { MxPlaceMatcher, type MxState } from './mx-places';

const states: MxState[] = [
  { code: '08', name: 'Chihuahua', lon: -106, lat: 28.8 },
  { code: '14', name: 'Jalisco', lon: -103.6, lat: 20.6 },
  { code: '19', name: 'Nuevo León', lon: -99.8, lat: 25.6 },
  { code: '28', name: 'Tamaulipas', lon: -98.6, lat: 24.3 },
  { code: '05', name: 'Coahuila de Zaragoza', lon: -102, lat: 27.3 },
];
const mun = (cvegeo: string, name: string): [string, Municipio] => [
  cvegeo,
  { cvegeo, stateCode: cvegeo.slice(0, 2), name, lon: -100, lat: 25 },
];
const municipios = new Map([
  mun('08037', 'JUÁREZ'),
  mun('19031', 'JUÁREZ'),
  mun('14039', 'GUADALAJARA'),
  mun('28027', 'NUEVO LAREDO'),
  mun('28025', 'MIER'),
  mun('05035', 'TORREÓN'),
  mun('08005', 'ASCENSIÓN'),
]);
const matcher = new MxPlaceMatcher(states, municipios);

describe('MxPlaceMatcher', () => {
  it('matches municipios ignoring case and accents, with or without a state', () => {
    expect(matcher.match('Guadalajara, Jalisco')).toMatchObject({
      precision: 'municipio',
      id: '14039',
    });
    expect(matcher.match('guadalajara')).toMatchObject({ precision: 'municipio', id: '14039' });
    expect(matcher.match('TORREON')).toMatchObject({ precision: 'municipio', id: '05035' });
    expect(matcher.match('Nuevo Laredo, Tamaulipas')).toMatchObject({
      precision: 'municipio',
      id: '28027',
    });
    expect(matcher.match('Ciudad Mier, Tamaulipas')).toMatchObject({
      precision: 'municipio',
      id: '28025',
    });
  });

  it('uses the documented aliases for places that are not municipio names', () => {
    expect(matcher.match('Ciudad Juarez')).toMatchObject({ precision: 'municipio', id: '08037' });
    expect(matcher.match('Juarez, MX')).toMatchObject({ precision: 'municipio', id: '08037' });
    expect(matcher.match('Palomas')).toMatchObject({ precision: 'municipio', id: '08005' });
  });

  it('falls back to the state when only the state is known', () => {
    expect(matcher.match('Tamaulipas')).toMatchObject({ precision: 'state', id: '28' });
    expect(matcher.match('Nuevo León, Mexico')).toMatchObject({ precision: 'state', id: '19' });
    expect(matcher.match('Anahuac, Tamaulipas')).toMatchObject({ precision: 'state', id: '28' });
  });

  it('leaves unknown and empty places unmatched, with a reason', () => {
    expect(matcher.match('Los Guerra, Mexico')).toEqual({
      precision: null,
      reason: 'place not found in the municipio or state lists',
    });
    expect(matcher.match('Mexico')).toEqual({ precision: null, reason: 'no place named' });
  });
});
