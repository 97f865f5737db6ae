// aor-units: every unit of the agency-aors tables with its members and their sources, including
// the units the aors map cannot draw (no member, or only members of unknown extent).
import { CITATIONS } from '../reference/citations';
import { coverageClasses, groupUnits, notInAny, unitStatus, type AorUnit } from '../lib/aor-groups';
import { AGENCIES, AOR_INPUTS, readAors } from '../lib/aors';
import { stringField } from '../lib/fields';
import type { BuiltLayer, SourceModule } from '../lib/layer';
import type { Table, UnitEntryRow } from '../lib/tables';
import { mxStateNames } from './aors';

export type UnitEntry = UnitEntryRow;

export type AorUnitsTable = Table<'aor-units'>;

export function unitEntry(u: AorUnit): UnitEntry {
  return {
    unit: u.unit,
    unit_code: u.unitCode,
    hq_city: u.hqCity,
    hq_state: u.hqState,
    status: unitStatus(u),
    coverage_classes: coverageClasses(u),
    members: u.members.map((m) => ({
      code: m.code,
      name: m.name,
      coverage: m.coverage,
      basis: m.basis,
      basis_strength: m.strength,
      as_of: m.asOf,
      source_url: m.sourceUrl,
      source_locator: m.locator,
    })),
    stated_extent: u.statedExtent,
    notes: u.notes,
  };
}

export const aorUnits: SourceModule = {
  id: 'aor-units',
  inputs: AOR_INPUTS,
  dependsOn: ['mx-states'],
  async build(ctx): Promise<BuiltLayer> {
    const tables = await readAors(ctx.raw);
    const units = groupUnits(tables);
    const states = mxStateNames(ctx);
    const json: AorUnitsTable = {
      agencies: AGENCIES.map((a) => ({
        id: a.id,
        name: a.name,
        units: units.filter((u) => u.agency.id === a.id).map(unitEntry),
      })),
      not_in_any: {
        sedena: notInAny(tables.members, 'sedena', states),
        gn: notInAny(tables.members, 'gn', states),
      },
    };
    const unknown = units.filter((u) => unitStatus(u) === 'unknown').length;
    return {
      id: 'aor-units',
      title: 'Units of security agencies and the places they cover (table)',
      titleEs: 'Unidades de agencias de seguridad y los lugares que cubren (tabla)',
      geometryType: 'table',
      json,
      fields: [
        stringField('agencies', 'Agencies in order: id, name and units'),
        stringField(
          'agencies[].units',
          'Every unit of the agency, from units.csv and the membership tables',
        ),
        stringField('unit', 'Unit name; unit_code where known'),
        stringField(
          'hq_city',
          'Headquarters city and hq_state where a source states them; else empty',
        ),
        stringField(
          'status',
          'drawn (every member drawn), partly drawn (some members of unknown extent or unplaced), unknown (nothing drawable: no feature on the map)',
        ),
        stringField('coverage_classes', 'Classes the unit is drawn in: whole, part, ports'),
        stringField(
          'members',
          'Member states, counties or ports: code, name, coverage, basis (verbatim), basis_strength, as_of, source_url, source_locator',
        ),
        stringField(
          'stated_extent',
          'Size of the area as a source states it; notes: caveats from units.csv',
        ),
        stringField(
          'not_in_any',
          'Mexican states no SEDENA region (sedena) or Guardia Nacional coordination (gn) names',
        ),
      ],
      years: [],
      partialYears: [],
      sources: [CITATIONS.agencyAors, CITATIONS.inegiStates],
      method: [
        'Every unit named in agency-aors/units.csv or in a membership table (FGR delegations appear only in theirs), with each member as transcribed and the page it comes from. Headquarters come from units.csv, else from the membership rows.',
        `status says what the aors map can show: ${unknown} of ${units.length} units have no drawable member (no member rows, or only members whose extent no source states) and have no shape on the map.`,
        'basis_strength grades each member’s source: official, news, or weak (third party or inferred).',
      ],
      methodEs: [
        'Cada unidad nombrada en agency-aors/units.csv o en una tabla de miembros (las delegaciones de la FGR solo aparecen en la suya), con cada miembro tal como se transcribió y la página de donde viene. Las sedes vienen de units.csv o, si no, de las filas de miembros.',
        `status indica qué puede mostrar el mapa aors: ${unknown} de ${units.length} unidades no tienen miembro dibujable (sin filas de miembros, o solo miembros cuya extensión ninguna fuente indica) y no tienen forma en el mapa.`,
        'basis_strength califica la fuente de cada miembro: official (oficial), news (prensa) o weak (terceros o inferido).',
      ],
      ledgers: tables.ledgers,
    };
  },
};
