// corridors: MODELED flows of the court-case firearms — U.S. purchase place → nearest U.S.–Mexico
// port of entry (great circle) → Mexican recovery place when known, else the port itself —
// aggregated by origin, port, destination and purchase year. Nobody recorded these routes: the
// nearest-port rule is our assumption, and every feature and legend says so.
import type { Position } from 'geojson';
import { distance } from '@turf/turf';
import { arc, ARC_STEP_KM } from '../lib/arc';
import { CITATIONS } from '../reference/citations';
import { COMPOSITION_DESCRIPTION, encodeComposition, type Traits } from '../lib/composition';
import { distinctYears } from '../lib/fields';
import { MUN_INPUTS } from '../lib/gazetteer';
import { roundTo } from '../lib/geo';
import { builtFeatures, type BuiltLayer, type LayerFeature, type SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { matcherFor } from '../lib/mx-places';

export const METHOD =
  'Modeled route via the nearest port of entry: purchase place → nearest U.S.–Mexico land port open to vehicles by great-circle distance → recovery place in Mexico when the case names one, else the port.';

/**
 * The ports a firearm can be modeled to cross at: those with vehicle crossings on record (cars,
 * trucks or buses, any year). A pedestrian-only port (Boquillas) is no route for a car.
 */
export function vehiclePorts(features: LayerFeature[]) {
  return features
    .filter((f) =>
      Object.entries(f.properties).some(
        ([k, v]) =>
          /^(personal_vehicles|trucks|buses)_\d{4}$/.test(k) && typeof v === 'number' && v > 0,
      ),
    )
    .map((f) => ({
      code: String(f.properties.port_code),
      name: String(f.properties.name),
      coordinates: (f.geometry as { coordinates: Position }).coordinates,
    }));
}

export function nearest<T extends { coordinates: Position }>(
  from: Position,
  candidates: T[],
): { item: T; km: number } {
  let best: { item: T; km: number } | null = null;
  for (const c of candidates) {
    const km = distance(from, c.coordinates);
    if (!best || km < best.km) best = { item: c, km };
  }
  if (!best) throw new Error('no candidates');
  return best;
}

interface Flow {
  origin: Position;
  originName: string;
  originState: string;
  originPrecision: string;
  port: { code: string; name: string; coordinates: Position };
  dest: { id: string; name: string; precision: string; coordinates: Position } | null;
  year: number | null;
  firearms: number;
  sniper50: number;
  km: number;
  traits: Traits[];
}

export const corridors: SourceModule = {
  id: 'corridors',
  dependsOn: ['mx-states', 'guns', 'ports'],
  inputs: MUN_INPUTS,
  async build(ctx): Promise<BuiltLayer> {
    const guns = builtFeatures(ctx, 'guns');
    const portFeatures = builtFeatures(ctx, 'ports');
    const matcher = await matcherFor(ctx);
    const ports = vehiclePorts(portFeatures);
    const ledger = new Ledger('guns layer (built in this run)');
    const flows = new Map<string, Flow>();
    for (const g of guns) {
      const origin = (g.geometry as { coordinates: Position }).coordinates;
      const p = g.properties;
      const { item: port, km: toPort } = nearest(origin, ports);
      const m = p.mx_recovery_area ? matcher.match(String(p.mx_recovery_area)) : null;
      const dest =
        m && m.precision
          ? {
              id: m.id,
              name: m.name,
              precision: m.precision,
              coordinates: [m.place.lon, m.place.lat],
            }
          : null;
      const year = typeof p.purchase_year === 'number' ? p.purchase_year : null;
      const key = [origin.join(','), port.code, dest?.id ?? '-', year ?? '-'].join('|');
      const f = flows.get(key) ?? {
        origin,
        originName: p.geocode_precision === 'city' ? `${p.city}, ${p.state}` : String(p.state),
        originState: String(p.state),
        originPrecision: String(p.geocode_precision),
        port,
        dest,
        year,
        firearms: 0,
        sniper50: 0,
        km: toPort + (dest ? distance(port.coordinates, dest.coordinates) : 0),
        traits: [],
      };
      f.firearms++;
      if (p.weapon_class === 'sniper-50') f.sniper50++;
      f.traits.push({
        weapon_class: String(p.weapon_class),
        calibre_group: String(p.calibre_group),
        case: typeof p.case === 'string' ? p.case : null,
      });
      flows.set(key, f);
      ledger.keep();
    }
    const features: LayerFeature[] = [...flows.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, f]) => {
        const path = [
          ...arc(f.origin, f.port.coordinates),
          ...(f.dest ? arc(f.port.coordinates, f.dest.coordinates).slice(1) : []),
        ];
        return {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: path.map(([x, y]) => [roundTo(x!, 3), roundTo(y!, 3)]),
          },
          properties: {
            origin_name: f.originName,
            origin_state: f.originState,
            origin_precision: f.originPrecision,
            port_code: f.port.code,
            port_name: f.port.name,
            dest_id: f.dest?.id ?? f.port.code,
            dest_name: f.dest?.name ?? f.port.name,
            dest_kind: f.dest ? `recovery (${f.dest.precision})` : 'port (recovery place unknown)',
            year: f.year,
            firearms: f.firearms,
            sniper_50: f.sniper50,
            distance_km: Math.round(f.km),
            route: 'modeled',
            composition: encodeComposition(f.traits),
          },
        };
      });
    const years = distinctYears(features, 'year');
    return {
      id: 'corridors',
      title: 'Modeled gun corridors via the nearest port of entry',
      geometryType: 'LineString',
      modeled: true,
      derivedFrom: ['guns'],
      features,
      fields: [
        {
          name: 'origin_name',
          type: 'string',
          description: 'Purchase place (city, state) or state',
        },
        { name: 'origin_state', type: 'string', description: 'Purchase state (USPS)' },
        {
          name: 'origin_precision',
          type: 'string',
          description: 'city or state: how precisely the origin is known',
        },
        {
          name: 'port_code',
          type: 'string',
          description: 'Nearest U.S.–Mexico land port (modeled crossing)',
        },
        { name: 'port_name', type: 'string', description: 'Name of that port' },
        {
          name: 'dest_id',
          type: 'string',
          description: 'INEGI code of the recovery place, or the port code when unknown',
        },
        {
          name: 'dest_name',
          type: 'string',
          description: 'Recovery place in Mexico, or the port when unknown',
        },
        {
          name: 'dest_kind',
          type: 'string',
          description: 'recovery (municipio/state) or port (recovery place unknown)',
        },
        { name: 'year', type: 'int', description: 'Purchase year (empty when unknown)' },
        {
          name: 'firearms',
          type: 'int',
          unit: 'firearms',
          description: 'Firearms from the court cases on this modeled route',
        },
        {
          name: 'sniper_50',
          type: 'int',
          unit: 'firearms',
          description: 'Of which .50 calibre or sniper rifles',
        },
        {
          name: 'distance_km',
          type: 'int',
          unit: 'km',
          description: 'Great-circle length of the modeled route',
        },
        {
          name: 'route',
          type: 'string',
          description: 'Always "modeled": the crossing is assumed, not recorded',
        },
        { name: 'composition', type: 'string', description: COMPOSITION_DESCRIPTION },
      ],
      checks: [{ kind: 'composition', field: 'composition', total: 'firearms' }],
      years,
      partialYears: [],
      sources: [CITATIONS.courtCases, CITATIONS.bts, CITATIONS.zipcodes, CITATIONS.inegiMunicipios],
      method: [
        METHOD,
        `Built from the guns layer (every firearm with a U.S. purchase place) and the ports layer: the ${ports.length} of its ${portFeatures.length} placed BTS ports with vehicle crossings on record (a pedestrian-only port is no route for a car); great circles computed with @turf/turf, a vertex about every ${ARC_STEP_KM} km.`,
        'The real crossing point is not in the data; the nearest port is an assumption that ignores roads, smuggling routes and ports without BTS coordinates.',
        'Flows are aggregated by origin point, port, destination and purchase year; firearms without a purchase year form their own flows (year empty).',
      ],
      methodEs: [
        'Ruta modelada por el puerto de entrada más cercano: lugar de compra → puerto terrestre EE. UU.–México abierto a vehículos más cercano por distancia de círculo máximo → lugar de recuperación en México si el caso lo nombra, si no, el puerto.',
        `Construida a partir de la capa de armas (toda arma con lugar de compra en EE. UU.) y la de puertos: los ${ports.length} de sus ${portFeatures.length} puertos de BTS ubicados con cruces de vehículos registrados (un puerto solo peatonal no es ruta para un auto); círculos máximos calculados con @turf/turf, un vértice cada ${ARC_STEP_KM} km aproximadamente.`,
        'El punto real de cruce no está en los datos; el puerto más cercano es un supuesto que ignora carreteras, rutas de contrabando y puertos sin coordenadas de BTS.',
        'Los flujos se agregan por origen, puerto, destino y año de compra; las armas sin año de compra forman flujos propios (año vacío).',
      ],
      ledgers: [ledger],
    };
  },
};
