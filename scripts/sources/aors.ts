// aors: areas of responsibility of U.S. and Mexican security agencies' units (Border Patrol
// sectors, CBP field offices, ATF and DEA divisions, SEDENA regions, Guardia Nacional
// coordinations, FGR delegations), dissolved from the states and counties the sources name.
import type { MultiPolygon, Polygon } from 'geojson';
import { CITATIONS } from '../reference/citations';
import { groupUnits, distinct, notInAny, yearSpan, type AorUnit } from '../lib/aor-groups';
import { dissolve, labelPoint, portHull, SLIVER_KM2, thin } from '../lib/aor-shapes';
import { AOR_INPUTS, drawClass, readAors, weakest, type DrawClass, type Member } from '../lib/aors';
import { DataError } from '../lib/errors';
import { stringField, type FieldSpec } from '../lib/fields';
import {
  builtFeatures,
  type BuildContext,
  type BuiltLayer,
  type LayerFeature,
  type SourceModule,
} from '../lib/layer';
import { packageTopology, topoFeatures } from '../lib/topo';
import { usStates } from '../lib/us-states';

/** Buffer around a field office's port hull, in km: enough to show a lone port as an area. */
export const PORT_BUFFER_KM = 15;
/** Douglas–Peucker tolerance in degrees (≈1 km): the areas are coarse by nature. */
export const SIMPLIFY_DEG = 0.01;
export const HULL_LABEL = 'hull around its ports (modeled)';

type Areal = Polygon | MultiPolygon;

/** Member polygons and port positions, by the codes the agency tables use. */
export interface Shapes {
  polygon(m: Member, country: 'US' | 'MX'): Areal | undefined;
  port(code: string): [number, number] | undefined;
}

function loadShapes(ctx: BuildContext): Shapes {
  const mx = builtFeatures(ctx, 'mx-states');
  const ports = builtFeatures(ctx, 'ports');
  const byId = (object: 'states' | 'counties') =>
    new Map(
      topoFeatures(packageTopology(`us-atlas/${object}-10m.json`), object)
        .filter((f) => f.geometry)
        .map((f) => [String(f.id), f.geometry as Areal]),
    );
  const usState = byId('states');
  const county = byId('counties');
  const mxState = new Map(mx.map((f) => [String(f.properties.cve_ent), f.geometry as Areal]));
  const port = new Map(
    ports.flatMap((f) =>
      f.geometry.type === 'Point'
        ? [[String(f.properties.port_code), f.geometry.coordinates as [number, number]] as const]
        : [],
    ),
  );
  return {
    polygon: (m, country) =>
      m.type === 'county'
        ? county.get(m.code)
        : country === 'MX'
          ? mxState.get(m.code)
          : usState.get(usStates().get(m.code)?.fips ?? ''),
    port: (code) => port.get(code),
  };
}

const joinNames = (ms: readonly Member[]) => distinct(ms.map((m) => m.name)).join('; ');

function drawnAs(cls: DrawClass, drawn: readonly Member[]): string {
  if (cls === 'ports') return HULL_LABEL;
  const types = new Set(drawn.map((m) => m.type));
  if (types.size > 1) return 'member states and counties';
  return types.has('county') ? 'member counties' : 'member states';
}

/** One feature per coverage class the unit has a drawable member in (none when it has none). */
export function unitFeatures(u: AorUnit, shapes: Shapes): LayerFeature[] {
  const country = u.agency.country;
  const placed = (m: Member) =>
    m.code !== '' &&
    (m.type === 'port' ? shapes.port(m.code) : shapes.polygon(m, country)) !== undefined;
  for (const m of u.members) {
    // Every state and county code has an outline; a missing one is a broken join, not a gap.
    if (m.type !== 'port' && !placed(m))
      throw new DataError(
        m.file,
        `no ${m.type} outline for ${m.code} (${m.name})`,
        m.line,
        'member_code',
      );
  }
  const unplaced = u.members.filter((m) => m.coverage !== 'unknown' && !placed(m));
  const unknown = u.members.filter((m) => m.coverage === 'unknown');
  return (['whole', 'part', 'ports'] as const).flatMap((cls): LayerFeature[] => {
    const drawn = u.members.filter((m) => drawClass(m) === cls && placed(m));
    if (drawn.length === 0) return [];
    const raw =
      cls === 'ports'
        ? portHull(
            drawn.map((m) => shapes.port(m.code)!),
            PORT_BUFFER_KM,
          )
        : dissolve(drawn.map((m) => shapes.polygon(m, country)!));
    const geometry = thin(raw, SIMPLIFY_DEG);
    const [lon, lat] = labelPoint(geometry);
    return [
      {
        type: 'Feature',
        geometry,
        properties: {
          agency: u.agency.id,
          agency_name: u.agency.name,
          unit: u.unit,
          unit_code: u.unitCode,
          hq_city: u.hqCity,
          hq_state: u.hqState,
          coverage: cls,
          drawn_as: drawnAs(cls, drawn),
          basis: distinct(drawn.map((m) => m.basis)).join(', '),
          basis_strength: weakest(drawn.map((m) => m.strength)),
          members: joinNames(drawn),
          members_unknown: joinNames(unknown),
          unplaced: joinNames(unplaced),
          as_of: distinct(drawn.map((m) => m.asOf)).join('; '),
          source_urls: distinct(drawn.map((m) => m.sourceUrl)).join(' ; '),
          stated_extent: u.statedExtent,
          label_lon: lon,
          label_lat: lat,
        },
      },
    ];
  });
}

export const FIELDS: FieldSpec[] = [
  stringField('agency', 'Agency id: usbp, ofo, atf, dea, sedena, gn or fgr'),
  stringField('agency_name', 'Agency as the source tables name it'),
  stringField('unit', 'Unit (sector, field office, division, region, coordination, delegation)'),
  stringField('unit_code', 'Unit code where one is known (Border Patrol sector codes); else empty'),
  stringField('hq_city', 'Headquarters city where a source states it; else empty'),
  stringField('hq_state', 'Headquarters state (USPS code in the U.S., name in Mexico); else empty'),
  stringField(
    'coverage',
    'whole = members the unit covers entirely; part = members it covers in part or along a border segment (drawn whole, so overstated); ports = modeled area around its ports',
  ),
  stringField(
    'drawn_as',
    'What the shape is: member states, member counties, member states and counties, or hull around its ports (modeled)',
  ),
  stringField(
    'basis',
    'Kinds of source of the drawn members, verbatim from the tables, comma-separated',
  ),
  stringField(
    'basis_strength',
    'Weakest source among the drawn members: official, news or weak (third party or inferred)',
  ),
  stringField('members', 'Drawn members (states, counties or ports), "; "-separated'),
  stringField(
    'members_unknown',
    'Members the unit is named with but whose extent no source states: not drawn; "; "-separated',
  ),
  stringField('unplaced', 'Members without a code or position (ports), not drawn; "; "-separated'),
  stringField('as_of', 'Dates of the statements drawn, as the sources give them, "; "-separated'),
  stringField('source_urls', 'Pages the drawn members come from, " ; "-separated'),
  stringField(
    'stated_extent',
    'Size of the area as a source states it (miles, sq mi, county counts)',
  ),
  {
    name: 'label_lon',
    type: 'double',
    unit: 'degrees',
    description: 'Label point inside the area, longitude',
  },
  {
    name: 'label_lat',
    type: 'double',
    unit: 'degrees',
    description: 'Label point inside the area, latitude',
  },
];

export const aors: SourceModule = {
  id: 'aors',
  inputs: AOR_INPUTS,
  dependsOn: ['mx-states', 'ports'],
  async build(ctx): Promise<BuiltLayer> {
    const tables = await readAors(ctx.raw);
    const shapes = loadShapes(ctx);
    const units = groupUnits(tables);
    const features = units.flatMap((u) => unitFeatures(u, shapes));
    if (features.length === 0) throw new DataError('agency-aors/', 'no unit has a drawable member');
    const drawnUnits = new Set(features.map((f) => `${f.properties.agency}|${f.properties.unit}`));
    const undrawn = units.filter((u) => !drawnUnits.has(`${u.agency.id}|${u.unit}`));
    const notes = methodNotes(tables.members, units, undrawn.length, mxStateNames(ctx));
    return {
      id: 'aors',
      title: 'Areas of responsibility of security agencies (U.S. and Mexico)',
      titleEs: 'Áreas de responsabilidad de agencias de seguridad (EE. UU. y México)',
      geometryType: 'MultiPolygon',
      features,
      fields: FIELDS,
      years: [],
      partialYears: [],
      sources: [CITATIONS.agencyAors, CITATIONS.usAtlas, CITATIONS.inegiStates, CITATIONS.bts],
      method: notes.en,
      methodEs: notes.es,
      ledgers: tables.ledgers,
    };
  },
};

export function mxStateNames(ctx: BuildContext): Map<string, string> {
  const mx = builtFeatures(ctx, 'mx-states');
  return new Map(mx.map((f) => [String(f.properties.cve_ent), String(f.properties.name)]));
}

/** The method notes, with the gaps of the Mexican tables computed from the data. */
function methodNotes(
  members: readonly Member[],
  units: readonly AorUnit[],
  undrawn: number,
  mxStates: ReadonlyMap<string, string>,
): { en: string[]; es: string[] } {
  const span = yearSpan(members.map((m) => m.asOf));
  const years = span ? `${span[0]}–${span[1]}` : '(undated)';
  const mexico = mexicoNote(
    notInAny(members, 'sedena', mxStates),
    units.filter((u) => u.agency.id === 'sedena' && u.members.length === 0).map((u) => u.unit),
    notInAny(members, 'gn', mxStates),
  );
  return {
    en: [
      'Each area is the union of the member states and counties that agency pages, releases and news name for the unit (agency-aors tables; U.S. outlines from us-atlas, Mexican states from the mx-states layer). Members are dissolved by coverage: those a source says the unit covers entirely form a "whole" feature, those it covers in part or along a border segment a "part" feature; a unit can have both, and they can overlap (a whole county inside a part state).',
      'A "part" feature is drawn as the full area of its members, so it overstates the unit’s area: where a source says a unit covers part of a state without naming counties, the whole state is drawn, for each such unit.',
      `Members whose extent no source states (coverage "unknown") are not drawn; they are listed in members_unknown. ${undrawn} of ${units.length} units have no drawable member and no feature; the aor-units table lists every unit and member with its source.`,
      `CBP Office of Field Operations field offices run ports, not territory: each is drawn as a modeled area, the convex hull of its land ports (positions from the ports layer) buffered by ${PORT_BUFFER_KM} km; drawn_as says "${HULL_LABEL}". Ports without a code or position are listed in unplaced.`,
      `The statements date from ${years} (as_of per feature, and per member in aor-units); agencies redraw their areas, so the map is not a snapshot of one date.`,
      'basis_strength is the weakest source among the drawn members: official (agency page or release, archived copy, official document), news (including news quoting or citing officials), weak (third-party explainers and tables, and anything inferred rather than stated).',
      mexico.en,
      `Gaps under ${SLIVER_KM2} km² left between neighbouring state outlines by a union are filled (the Mexican outlines were simplified one by one); areas are then simplified with a ${SIMPLIFY_DEG}° tolerance (≈1 km) and rounded to 4 decimals.`,
    ],
    es: [
      'Cada área es la unión de los estados y condados miembros que las páginas, comunicados y notas de prensa atribuyen a la unidad (tablas agency-aors; contornos de EE. UU. de us-atlas, estados de México de la capa mx-states). Los miembros se agrupan por cobertura: los que la fuente dice cubiertos por entero forman un elemento "whole"; los cubiertos en parte o en un tramo de frontera, uno "part"; una unidad puede tener ambos y pueden superponerse (un condado entero dentro de un estado parcial).',
      'Un elemento "part" se dibuja con el área completa de sus miembros, así que exagera el área de la unidad: donde una fuente dice que una unidad cubre parte de un estado sin nombrar condados, se dibuja el estado entero, para cada unidad así.',
      `Los miembros cuya extensión ninguna fuente indica (cobertura "unknown") no se dibujan; se listan en members_unknown. ${undrawn} de ${units.length} unidades no tienen miembro dibujable ni elemento; la tabla aor-units lista cada unidad y miembro con su fuente.`,
      `Las oficinas de campo de la Oficina de Operaciones de Campo de CBP administran puertos, no territorio: cada una se dibuja como un área modelada, la envolvente convexa de sus puertos terrestres (ubicados en la capa de puertos) con un margen de ${PORT_BUFFER_KM} km; drawn_as dice "${HULL_LABEL}". Los puertos sin código o sin ubicación se listan en unplaced.`,
      `Las declaraciones son de ${years} (as_of por elemento, y por miembro en aor-units); las agencias redibujan sus áreas, así que el mapa no es una foto de una sola fecha.`,
      'basis_strength es la fuente más débil entre los miembros dibujados: official (página o comunicado de la agencia, copia archivada, documento oficial), news (incluidas notas que citan a funcionarios), weak (explicaciones y tablas de terceros, y todo lo inferido en vez de declarado).',
      mexico.es,
      `Los huecos de menos de ${SLIVER_KM2} km² que una unión deja entre contornos estatales vecinos se rellenan (los contornos de México se simplificaron uno por uno); luego las áreas se simplifican con una tolerancia de ${SIMPLIFY_DEG}° (≈1 km) y se redondean a 4 decimales.`,
    ],
  };
}

/** Which Mexican states no SEDENA region or Guardia Nacional coordination names, in words. */
function mexicoNote(
  sedena: readonly string[],
  emptyRegions: readonly string[],
  gn: readonly string[],
): { en: string; es: string } {
  const one = (xs: readonly string[]) => xs.length === 1;
  const en = [
    sedena.length
      ? `${one(sedena) ? `${sedena[0]} is` : `${sedena.length} states (${sedena.join(', ')}) are`} in no SEDENA military region`
      : 'every state is in a SEDENA military region',
    ...(emptyRegions.length
      ? [`${emptyRegions.join(', ')} ${one(emptyRegions) ? 'has' : 'have'} no member state`]
      : []),
    gn.length
      ? `${gn.join(', ')} ${one(gn) ? 'is' : 'are'} in no Guardia Nacional coordination`
      : 'every state is in a Guardia Nacional coordination',
  ];
  const es = [
    sedena.length
      ? `${one(sedena) ? `${sedena[0]} no está` : `${sedena.length} estados (${sedena.join(', ')}) no están`} en ninguna región militar de la SEDENA`
      : 'todos los estados están en alguna región militar de la SEDENA',
    ...(emptyRegions.length
      ? [`${emptyRegions.join(', ')} no ${one(emptyRegions) ? 'tiene' : 'tienen'} estados miembros`]
      : []),
    gn.length
      ? `${gn.join(', ')} no ${one(gn) ? 'está' : 'están'} en ninguna coordinación de la Guardia Nacional`
      : 'todos los estados están en alguna coordinación de la Guardia Nacional',
  ];
  return {
    en: `Mexico, in the sources (computed from the tables): ${en.join('; ')}.`,
    es: `México, según las fuentes (calculado de las tablas): ${es.join('; ')}.`,
  };
}
