// Which chain node a feature on the map is, so any place, dealer or port a reader clicks can be
// followed: a layer's profile place (Mexican state, U.S. state or county, port), a recovery
// place, a purchase place of the guns, a penalized dealer the filings name, a corridor's port.
// Pure; null when the feature is no node any firearm passes through.
import type { LayerFeature } from '../data/load';
import { exists, type ChainKind, type ChainNode, type ChainTable } from './node';

/** The profile place kinds are chain kinds under the same name. */
const PROFILE_KINDS: readonly string[] = ['mx-state', 'us-state', 'us-county', 'port'];

export function nodeOfFeature(
  table: ChainTable,
  layerId: string,
  profile: { kind: string; code: string } | null,
  f: LayerFeature | null,
): ChainNode | null {
  const p = f?.properties ?? {};
  let node: ChainNode | null = null;
  if (profile && PROFILE_KINDS.includes(profile.kind))
    node = { kind: profile.kind as ChainKind, key: profile.code };
  else if (layerId === 'recoveries' && typeof p.place_id === 'string')
    node = { kind: p.precision === 'state' ? 'mx-state' : 'mx-mun', key: p.place_id };
  else if (layerId === 'guns' && typeof p.place === 'string') {
    // A circle placed at a state centre is the state, whatever city text it carries; a city
    // is the chain's spelling of it (filings write "TUCSON" and "Tucson").
    const m = /^(.+), ([A-Z]{2})$/.exec(p.place);
    const state = m ? m[2]! : p.place;
    const fold = (x: string) => x.toLowerCase().replace(/\s+/g, ' ').trim();
    const city =
      m && p.geocode_precision !== 'state'
        ? table.paths.find(
            (x) =>
              x.purchase_state === state &&
              x.purchase_city &&
              fold(x.purchase_city) === fold(m[1]!),
          )?.purchase_city
        : undefined;
    node = city ? { kind: 'us-city', key: `${state}:${city}` } : { kind: 'us-state', key: state };
  } else if (layerId === 'corridors' && p.port_code !== undefined && p.port_code !== null)
    node = { kind: 'port', key: String(p.port_code) };
  else if (layerId === 'penalized-dealers' && typeof p.inspection_id === 'string') {
    const d = table.dealers.find((x) =>
      x.match?.inspections.some((i) => i.inspection_id === p.inspection_id),
    );
    node = d ? { kind: 'dealer', key: d.id } : null;
  }
  return node && exists(table, node) ? node : null;
}

/** The court cases of a circle of guns that can be followed, by name (none for other layers). */
export function casesOfFeature(
  table: ChainTable,
  layerId: string,
  f: LayerFeature | null,
): ChainNode[] {
  const cases = f?.properties.cases;
  if (layerId !== 'guns' || typeof cases !== 'string') return [];
  return cases
    .split('\n')
    .map((key): ChainNode => ({ kind: 'case', key }))
    .filter((n) => n.key && exists(table, n));
}
