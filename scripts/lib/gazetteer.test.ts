import { describe, expect, it } from 'vitest';
import { rawFixture } from './fixture';
import { loadMunicipios, MUN_CENTROIDS, MUN_NAMES } from './gazetteer';

const names = 'state_code,mun_code,MUNICIPIO\n14,39,GUADALAJARA\n8,37,JUÁREZ\n';

describe('loadMunicipios', () => {
  it('reads centroids and names keyed by CVEGEO', async () => {
    const ctx = await rawFixture({
      [MUN_CENTROIDS]: 'long,lat,state_code,mun_code\n-103.35,20.67,14,39\n-106.48,31.69,8,37\n',
      [MUN_NAMES]: names,
    });
    const m = await loadMunicipios(ctx.raw);
    expect(m.get('14039')).toMatchObject({ name: 'GUADALAJARA', lon: -103.35, lat: 20.67 });
    expect(m.get('08037')).toMatchObject({ name: 'JUÁREZ', stateCode: '08' });
  });

  it('stops the build on a centroid with latitude and longitude swapped, naming file, row and field', async () => {
    const ctx = await rawFixture({
      [MUN_CENTROIDS]: 'long,lat,state_code,mun_code\n-103.35,20.67,14,39\n31.69,-106.48,8,37\n',
      [MUN_NAMES]: names,
    });
    await expect(loadMunicipios(ctx.raw)).rejects.toThrow(
      /^boundaries\/mx_municipio_centroids\.csv \(row 3, field "long\/lat"\): municipio centroid \(31\.69, -106\.48\) is outside Mexico; exchanged, it is inside: latitude and longitude look swapped$/,
    );
  });

  it('stops the build on a municipio listed twice', async () => {
    const ctx = await rawFixture({
      [MUN_CENTROIDS]: 'long,lat,state_code,mun_code\n-103.35,20.67,14,39\n-103.3,20.6,14,39\n',
      [MUN_NAMES]: names,
    });
    await expect(loadMunicipios(ctx.raw)).rejects.toThrow(
      /mx_municipio_centroids\.csv \(row 3, field "state_code\+mun_code"\)/,
    );
  });
});
