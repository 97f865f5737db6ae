// counterparts: along the U.S.–Mexico border, which U.S. and Mexican units face each other,
// derived from the aors areas (the border walked every 5 km, a point 3 km inside each country)
// and from the ports a CBP field office holds. Gaps (border km with no known unit of an agency)
// are kept as gaps.
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { bbox, booleanPointInPolygon, point } from '@turf/turf';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CITATIONS } from '../reference/citations';
import { counterparts as facing, type UnitShape } from '../lib/counterparts';
import { stringField } from '../lib/fields';
import { builtFeatures, type BuiltLayer, type SourceModule } from '../lib/layer';
import type { Table } from '../lib/tables';
import { AGENCY_COUNTRY_OF } from '../lib/aors';

/** ISO 3166 numeric codes of the two countries in the basemap. */
const USA = '840';
const MEX = '484';

export const counterparts: SourceModule = {
  id: 'counterparts',
  inputs: [],
  dependsOn: ['basemap', 'mx-states', 'ports', 'aors', 'aor-units'],
  async build(ctx): Promise<BuiltLayer> {
    const topo = ctx.built.get('basemap')!.json as Topology<{
      countries: GeometryCollection<{ code: string }>;
    }>;
    const code = (g: { properties?: unknown }) =>
      (g.properties as { code?: string } | undefined)?.code;
    const border = mesh(
      topo,
      topo.objects.countries,
      (a, b) => [code(a), code(b)].sort().join() === [USA, MEX].sort().join(),
    ).coordinates as Position[][];
    const states = builtFeatures(ctx, 'mx-states').map((f) => ({ f, box: bbox(f) }));
    const isMexico = ([x, y]: Position) =>
      states.some(
        ({ f, box }) =>
          x! >= box[0] &&
          x! <= box[2] &&
          y! >= box[1] &&
          y! <= box[3] &&
          booleanPointInPolygon(point([x!, y!]), f as never),
      );
    const shapes: UnitShape[] = builtFeatures(ctx, 'aors').map((f) => ({
      agency: String(f.properties.agency),
      unit: String(f.properties.unit),
      coverage: String(f.properties.coverage),
      geometry: f.geometry as Polygon | MultiPolygon,
    }));
    const units = ctx.built.get('aor-units')!.json as Table<'aor-units'>;
    const office = new Map(
      (units.agencies.find((a) => a.id === 'ofo')?.units ?? []).flatMap((u) =>
        u.members.map((m) => [m.code, u.unit] as const),
      ),
    );
    const ports = builtFeatures(ctx, 'ports').map((f) => ({
      code: String(f.properties.port_code),
      name: String(f.properties.name),
      at: (f.geometry as Point).coordinates as [number, number],
      office: office.get(String(f.properties.port_code)) ?? null,
    }));
    const us = shapes.filter((s) => AGENCY_COUNTRY_OF[s.agency] === 'US');
    const mx = shapes.filter((s) => AGENCY_COUNTRY_OF[s.agency] === 'MX');
    const r = facing(border, isMexico, us, mx, ports);
    const json: Table<'counterparts'> = {
      border_km: r.borderKm,
      pairs: r.pairs,
      gaps: r.gaps,
      // Units with no drawn area cannot be placed along the border: listed, never guessed.
      unplaced: units.agencies.flatMap((a) =>
        a.units.filter((u) => u.status === 'unknown').map((u) => ({ agency: a.id, unit: u.unit })),
      ),
    };
    return {
      id: 'counterparts',
      title: 'Counterparts across the border: U.S. and Mexican units whose areas face each other',
      titleEs:
        'Contrapartes a través de la frontera: unidades de EE. UU. y de México cuyas áreas se enfrentan',
      geometryType: 'table',
      json,
      fields: [
        stringField(
          'border_km',
          'Length of the U.S.–Mexico land border walked, in km (basemap line)',
        ),
        stringField(
          'pairs',
          'A U.S. unit and a Mexican unit facing each other: agencies, units, each side’s coverage (whole, part, ports), border_km along which their areas face each other, ports joining them',
        ),
        stringField('gaps', 'Border km with no known unit of the agency on its side'),
        stringField(
          'unplaced',
          'Units with no drawn area (membership unknown): not placed along the border',
        ),
      ],
      years: [],
      partialYears: [],
      modeled: true,
      sources: [CITATIONS.agencyAors, CITATIONS.inegiStates, CITATIONS.worldAtlas, CITATIONS.bts],
      method: [
        'The border line is the shared edge of the United States and Mexico in the basemap (simplified: it measures shorter than the surveyed border). Every 5 km along it, a point 3 km inside each country; the U.S. units whose drawn area holds the one face the Mexican units whose area holds the other, for those 5 km.',
        'A unit drawn as "part" of a state covers an unknown part of it: it may not reach that stretch of border; the table says part.',
        'A CBP field office covers ports, not an area: it faces the Mexican units on the Mexican side of each of its ports.',
        'Units whose area no source gives are listed as unplaced; border km with no known unit of an agency are gaps.',
      ],
      methodEs: [
        'La línea fronteriza es el borde común de Estados Unidos y México en el mapa base (simplificada: mide menos que la frontera medida). Cada 5 km, un punto 3 km dentro de cada país; las unidades de EE. UU. cuya área dibujada contiene uno se enfrentan a las unidades mexicanas cuya área contiene el otro, en esos 5 km.',
        'Una unidad dibujada como "parte" de un estado cubre una parte desconocida de él: puede no llegar a ese tramo de frontera; la tabla dice parte.',
        'Una oficina de campo de la CBP cubre puertos, no un área: se enfrenta a las unidades mexicanas del lado mexicano de cada uno de sus puertos.',
        'Las unidades cuya área ninguna fuente da se listan como no ubicadas; los km de frontera sin unidad conocida de una agencia son vacíos.',
      ],
      ledgers: [],
    };
  },
};
