// Who covers here: at a point, every agency of that country with the units whose drawn area
// holds it (whole members, part of a member — "may cover", or a modeled hull of ports), and
// "unknown" where no unit is known to cover it (units whose membership no source gives, or a
// state no source names). Pure: the panel (ui/CoverPanel.svelte) loads the layers it reads.
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Table } from '../../scripts/lib/tables';
import type { LayerFeature } from '../data/load';
import { t } from '../i18n/strings';
import { formatNumber, type Lang } from '../lib/format';
import { TEXT } from './text';

export type Country = 'US' | 'MX';

/** Each agency's country, in the order the panel lists them. */
export const AGENCY_COUNTRY: Record<string, Country> = {
  usbp: 'US',
  ofo: 'US',
  atf: 'US',
  dea: 'US',
  sedena: 'MX',
  gn: 'MX',
  fgr: 'MX',
};

export interface UnitCover {
  unit: string;
  /** whole: a whole member holds the point; part: a member the unit covers only part of; ports: a modeled hull. */
  coverage: string;
  drawnAs: string;
  basis: string;
  strength: string;
  members: string;
  asOf: string;
  source: string | null;
}

export interface AgencyCover {
  agency: string;
  units: UnitCover[];
  /** Units of the agency whose area no source gives (they may cover the point). */
  unknownUnits: string[];
  /** No source names a unit of the agency for this state (SEDENA, Guardia Nacional). */
  stateUnnamed: boolean;
}

export interface Coverage {
  country: Country | null;
  /** The state holding the point (FIPS or INEGI code, and its name). */
  state: { code: string; name: string } | null;
  agencies: AgencyCover[];
}

const holds = (f: LayerFeature, at: [number, number]) =>
  (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') &&
  booleanPointInPolygon(point(at), f as never);

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function whoCovers(
  at: [number, number],
  layers: {
    aors: readonly LayerFeature[];
    /** U.S. and Mexican states as polygons with `code` (FIPS / INEGI) and `name` (the basemap's). */
    usStates: readonly LayerFeature[];
    mxStates: readonly LayerFeature[];
    units: Table<'aor-units'>;
  },
  /** The country when it is known (a city chosen by name): outlines near the border overlap. */
  known?: Country,
): Coverage {
  const mx = known === 'US' ? undefined : layers.mxStates.find((f) => holds(f, at));
  const us = mx || known === 'MX' ? undefined : layers.usStates.find((f) => holds(f, at));
  const country: Country | null = known ?? (mx ? 'MX' : us ? 'US' : null);
  const hit = mx ?? us;
  const state = hit ? { code: str(hit.properties.code), name: str(hit.properties.name) } : null;
  if (!country) return { country, state, agencies: [] };
  const agencies = Object.entries(AGENCY_COUNTRY)
    .filter(([, c]) => c === country)
    .map(([agency]): AgencyCover => {
      const units = layers.aors
        .filter((f) => f.properties.agency === agency && holds(f, at))
        .map((f) => ({
          unit: str(f.properties.unit),
          coverage: str(f.properties.coverage),
          drawnAs: str(f.properties.drawn_as),
          basis: str(f.properties.basis),
          strength: str(f.properties.basis_strength),
          members: str(f.properties.members),
          asOf: str(f.properties.as_of),
          source: str(f.properties.source_urls).split(' ; ')[0] || null,
        }))
        // Whole before part before hull; then by name; a unit once, with its strongest cover.
        .sort((a, b) => rank(a.coverage) - rank(b.coverage) || a.unit.localeCompare(b.unit))
        .filter((u, i, all) => all.findIndex((x) => x.unit === u.unit) === i);
      const entry = layers.units.agencies.find((a) => a.id === agency);
      const unnamed = (layers.units.not_in_any as Record<string, string[]>)[agency] ?? [];
      return {
        agency,
        units,
        unknownUnits: (entry?.units ?? []).filter((u) => u.status === 'unknown').map((u) => u.unit),
        stateUnnamed: state !== null && unnamed.includes(state.name),
      };
    });
  return { country, state, agencies };
}

const rank = (c: string) => (c === 'whole' ? 0 : c === 'ports' ? 2 : 1);

/**
 * Who covers a point, read from the loaded places: Mexico's detailed state outlines when the map
 * has them (the basemap's are simplified and overlap the border), and a city chosen by name
 * brings its country.
 */
export function coverageAt(
  at: [number, number],
  aors: readonly LayerFeature[],
  units: Table<'aor-units'>,
  places: {
    usStates: readonly LayerFeature[];
    mxStates: readonly LayerFeature[];
    cities: readonly { at: [number, number]; country: string }[];
  },
  detailedMx?: readonly LayerFeature[],
): Coverage {
  const mxStates =
    detailedMx?.map((f) => ({
      ...f,
      properties: { code: f.properties.cve_ent, name: f.properties.name },
    })) ?? places.mxStates;
  const city = places.cities.find((c) => c.at[0] === at[0] && c.at[1] === at[1]);
  const known = city?.country === 'US' || city?.country === 'MX' ? city.country : undefined;
  return whoCovers(at, { aors, usStates: places.usStates, mxStates, units }, known);
}

/** "At -106.45, 31.69 — Chihuahua", or that the point is in neither country. */
export function whereText(c: Coverage, at: [number, number], lang: Lang): string {
  return c.country
    ? t(lang, TEXT.at, {
        lon: formatNumber(at[0], lang, 3),
        lat: formatNumber(at[1], lang, 3),
        state: c.state?.name ?? '',
      })
    : t(lang, TEXT.outside);
}
