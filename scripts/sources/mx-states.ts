// mx-states: the 32 Mexican states keyed by their INEGI code, the join key of every Mexican layer.
import { CITATIONS } from '../reference/citations';
import { DataError } from '../lib/errors';
import { roundGeometry, toMultiPolygon } from '../lib/geo';
import { readFeatureCollection } from '../lib/json';
import type { BuiltLayer, LayerFeature, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';

export const MX_STATES_FILE = 'boundaries/mx_states_00ent_mexico.geojson';

export const mxStates: SourceModule = {
  id: 'mx-states',
  inputs: [
    {
      path: MX_STATES_FILE,
      key: ['cve_geo'],
      url: 'https://raw.githubusercontent.com/isaacarroyov/datos_facil_acceso/HEAD/Gobierno-Mexicano/geometrias/00ent_mexico.geojson',
      getFrom: 'INEGI Marco Geoestadístico (see boundaries/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const ledger = new Ledger(MX_STATES_FILE);
    const fc = await readFeatureCollection(ctx.raw(MX_STATES_FILE), MX_STATES_FILE, ledger);
    const byCode = new Map<string, LayerFeature>();
    fc.features.forEach((f, i) => {
      const row = i + 1;
      const code = String(f.properties?.cve_geo ?? '');
      const name = String(f.properties?.nombre_estado ?? '').trim();
      if (!/^(0[1-9]|[12]\d|3[0-2])$/.test(code))
        return ledger.reject(row, 'cve_geo', code, 'not an INEGI state code 01–32');
      if (!name) return ledger.reject(row, 'nombre_estado', name, 'empty state name');
      if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
        return ledger.reject(row, 'geometry', f.geometry?.type, 'not a polygon');
      }
      if (byCode.has(code)) return ledger.reject(row, 'cve_geo', code, 'duplicate state code');
      ledger.keep();
      byCode.set(code, {
        type: 'Feature',
        geometry: roundGeometry(toMultiPolygon(f.geometry), 4),
        properties: { cve_ent: code, name },
      });
    });
    ledger.assertBalanced(fc.features.length);
    if (byCode.size !== 32) {
      throw new DataError(
        MX_STATES_FILE,
        `expected the 32 Mexican states, found ${byCode.size} usable features`,
      );
    }
    const features = [...byCode.keys()].sort().map((k) => byCode.get(k)!);
    return {
      id: 'mx-states',
      title: 'Mexican states',
      titleEs: 'Estados de México',
      geometryType: 'MultiPolygon',
      features,
      fields: [
        { name: 'cve_ent', type: 'string', description: 'INEGI state code (CVE_ENT), "01"–"32"' },
        { name: 'name', type: 'string', description: 'State name as published by INEGI' },
      ],
      years: [],
      partialYears: [],
      sources: [CITATIONS.inegiStates],
      method: [
        'Polygons as simplified by the provenance repository (4,561 vertices); coordinates rounded to 4 decimals (≈11 m).',
      ],
      methodEs: [
        'Polígonos simplificados por el repositorio de procedencia (4 561 vértices); coordenadas redondeadas a 4 decimales (≈11 m).',
      ],
      ledgers: [ledger],
    };
  },
};
