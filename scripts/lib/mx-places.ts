// Matches free-text Mexican places ("Ciudad Juarez", "Guadalajara, Jalisco", "Sonora, Mexico")
// to a municipio or a state, accent- and case-insensitively. Anything ambiguous or unknown is
// left unmatched with a reason: a wrong place is worse than a missing one.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { centerOfMass } from '@turf/turf';
import { DataError } from './errors';
import { fold, loadMunicipios, type Municipio, type Place } from './gazetteer';
import { builtFeatures, type BuildContext } from './layer';

export interface MxState extends Place {
  code: string;
  name: string;
}

export type Match =
  | { precision: 'municipio'; id: string; name: string; stateCode: string; place: Place }
  | { precision: 'state'; id: string; name: string; stateCode: string; place: Place }
  | { precision: null; reason: string };

const ALIASES_FILE = new URL('../reference/mx-place-aliases.csv', import.meta.url);
const ALIASES_PATH = 'scripts/reference/mx-place-aliases.csv';
const COUNTRY = new Set(['mexico', 'mx', 'mex']);

/** Short forms people write for the states whose INEGI names are long. */
function stateKeys(s: MxState): string[] {
  const n = fold(s.name);
  const keys = [n, n.split(' de ')[0]!];
  if (s.code === '15') keys.push('estado de mexico', 'edomex');
  if (s.code === '09') keys.push('cdmx', 'mexico city', 'distrito federal');
  return keys.filter((k) => k !== 'mexico');
}

export class MxPlaceMatcher {
  private readonly states = new Map<string, MxState>();
  private readonly munByName = new Map<string, Municipio[]>();
  private readonly aliases: Map<string, string>;

  constructor(
    states: MxState[],
    private readonly municipios: Map<string, Municipio>,
  ) {
    for (const s of states) for (const k of stateKeys(s)) this.states.set(k, s);
    for (const m of municipios.values()) {
      const k = fold(m.name);
      this.munByName.set(k, [...(this.munByName.get(k) ?? []), m]);
    }
    const rows = parse(readFileSync(ALIASES_FILE), { columns: true }) as {
      name: string;
      cvegeo: string;
    }[];
    this.aliases = new Map(rows.map((r) => [fold(r.name), r.cvegeo]));
    // Our own reference table: an alias named twice would silently drop one meaning.
    rows.forEach((r, i) => {
      const row = i + 2;
      if (rows.findIndex((x) => fold(x.name) === fold(r.name)) !== i)
        throw new DataError(ALIASES_PATH, `alias "${r.name}" is listed twice`, row, 'name');
    });
  }

  /** Aliases pointing at a municipio this matcher's gazetteer lacks, with their row. */
  unknownAliases(): { row: number; cvegeo: string }[] {
    return [...this.aliases.values()]
      .map((cvegeo, i) => ({ row: i + 2, cvegeo }))
      .filter((a) => !this.municipios.has(a.cvegeo));
  }

  match(text: string): Match {
    const tokens = text
      .split(',')
      .map(fold)
      .filter((t) => t && !COUNTRY.has(t));
    if (tokens.length === 0) return { precision: null, reason: 'no place named' };
    let state: MxState | undefined;
    for (let i = tokens.length - 1; i >= 0 && !state; i--) {
      state = this.states.get(tokens[i]!);
      if (state) tokens.splice(i, 1);
    }
    for (const t of tokens) {
      const m = this.municipio(t, state);
      if (m)
        return {
          precision: 'municipio',
          id: m.cvegeo,
          name: m.name,
          stateCode: m.stateCode,
          place: m,
        };
    }
    if (state)
      return {
        precision: 'state',
        id: state.code,
        name: state.name,
        stateCode: state.code,
        place: state,
      };
    return {
      precision: null,
      reason: tokens.some((t) => (this.munByName.get(t)?.length ?? 0) > 1)
        ? 'municipio name is ambiguous without a state'
        : 'place not found in the municipio or state lists',
    };
  }

  private municipio(t: string, state: MxState | undefined): Municipio | undefined {
    const alias = this.aliases.get(t);
    if (alias) {
      const m = this.municipios.get(alias);
      if (m && (!state || m.stateCode === state.code)) return m;
    }
    for (const name of [t, t.replace(/^(ciudad|cd) /, '')]) {
      const found = (this.munByName.get(name) ?? []).filter(
        (m) => !state || m.stateCode === state.code,
      );
      if (found.length === 1) return found[0];
    }
    return undefined;
  }
}

/** A matcher over the mx-states layer built in this run and the municipio gazetteer. */
export async function matcherFor(ctx: BuildContext): Promise<MxPlaceMatcher> {
  const states = builtFeatures(ctx, 'mx-states').map((f) => {
    const [lon, lat] = centerOfMass(f).geometry.coordinates as [number, number];
    return { code: String(f.properties.cve_ent), name: String(f.properties.name), lon, lat };
  });
  const matcher = new MxPlaceMatcher(states, await loadMunicipios(ctx.raw));
  // An alias to a municipio the gazetteer lacks would match nothing, silently.
  const bad = matcher.unknownAliases()[0];
  if (bad)
    throw new DataError(
      ALIASES_PATH,
      `no municipio ${bad.cvegeo} in the gazetteer`,
      bad.row,
      'cvegeo',
    );
  return matcher;
}
