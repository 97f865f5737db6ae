// recoveries: places in Mexico where firearms from the court cases were recovered, matched to a
// municipio or state centroid, with the number of firearms recovered there.
import { CITATIONS } from '../reference/citations';
import { COMPOSITION_DESCRIPTION, encodeComposition, type Traits } from '../lib/composition';
import { firearmTraits } from '../lib/firearm-traits';
import { FIREARMS_FILE, loadFirearms, parseLooseDate } from '../lib/court-cases';
import { MUN_INPUTS } from '../lib/gazetteer';
import { roundTo } from '../lib/geo';
import type { BuiltLayer, LayerFeature, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { matcherFor } from '../lib/mx-places';
import { COURT_INPUTS } from './guns';

interface Recovery {
  id: string;
  name: string;
  stateCode: string;
  precision: 'municipio' | 'state';
  lon: number;
  lat: number;
  firearms: number;
  years: Set<number>;
  cases: Set<string>;
  texts: Set<string>;
  traits: Traits[];
}

export const recoveries: SourceModule = {
  id: 'recoveries',
  dependsOn: ['mx-states'],
  inputs: [COURT_INPUTS[0]!, ...MUN_INPUTS],
  async build(ctx): Promise<BuiltLayer> {
    const matcher = await matcherFor(ctx);
    const ledger = new Ledger(FIREARMS_FILE);
    const rows = await loadFirearms(ctx.raw(FIREARMS_FILE), ledger, (v) =>
      v['Mex Recovery area'].trim() ? null : 'no Mexican recovery place given',
    );
    const places = new Map<string, Recovery>();
    for (const { line, values: v } of rows) {
      const text = v['Mex Recovery area'].trim();
      const m = matcher.match(text);
      if (m.precision === null) {
        ledger.reject(line, 'Mex Recovery area', text, m.reason);
        continue;
      }
      ledger.keep();
      const key = `${m.precision}:${m.id}`;
      const r = places.get(key) ?? {
        id: m.id,
        name: m.name,
        stateCode: m.stateCode,
        precision: m.precision,
        lon: m.place.lon,
        lat: m.place.lat,
        firearms: 0,
        years: new Set<number>(),
        cases: new Set<string>(),
        texts: new Set<string>(),
        traits: [],
      };
      r.firearms++;
      const y = parseLooseDate(v['Mex Recovery date'])?.year;
      if (y) r.years.add(y);
      if (v['Reference case'].trim()) r.cases.add(v['Reference case'].trim());
      r.texts.add(text);
      r.traits.push(firearmTraits(v));
      places.set(key, r);
    }
    const features: LayerFeature[] = [...places.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => {
        const years = [...r.years].sort();
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [roundTo(r.lon, 4), roundTo(r.lat, 4)] },
          properties: {
            place_id: r.id,
            name: r.name,
            cve_ent: r.stateCode,
            precision: r.precision,
            firearms: r.firearms,
            first_year: years[0] ?? null,
            last_year: years.at(-1) ?? null,
            cases: [...r.cases].sort().join('; '),
            place_texts: [...r.texts].sort().join('; '),
            composition: encodeComposition(r.traits),
          },
        };
      });
    return {
      id: 'recoveries',
      title: 'Where trafficked firearms were recovered in Mexico',
      geometryType: 'Point',
      features,
      fields: [
        {
          name: 'place_id',
          type: 'string',
          description: 'INEGI code: 5-digit municipio (CVEGEO) or 2-digit state',
        },
        { name: 'name', type: 'string', description: 'Municipio or state name (INEGI)' },
        { name: 'cve_ent', type: 'string', description: 'INEGI state code' },
        {
          name: 'precision',
          type: 'string',
          description:
            'municipio (municipio centroid) or state (state centre): how precisely the recovery place is known',
        },
        {
          name: 'firearms',
          type: 'int',
          unit: 'firearms',
          description: 'Firearms in the court cases recorded as recovered here',
        },
        { name: 'first_year', type: 'int', description: 'Earliest recovery year given' },
        { name: 'last_year', type: 'int', description: 'Latest recovery year given' },
        { name: 'cases', type: 'string', description: 'Court cases naming these firearms' },
        {
          name: 'place_texts',
          type: 'string',
          description: 'The recovery places as written in the dataset',
        },
        { name: 'composition', type: 'string', description: COMPOSITION_DESCRIPTION },
      ],
      checks: [{ kind: 'composition', field: 'composition', total: 'firearms' }],
      key: 'place_id',
      years: [],
      partialYears: [],
      sources: [CITATIONS.courtCases, CITATIONS.inegiMunicipios, CITATIONS.inegiStates],
      method: [
        'The free-text recovery area is matched, ignoring case and accents, to an INEGI municipio name (within the named state when one is given) or else to a state; four documented aliases cover localities (scripts/reference/mx-place-aliases.csv). Ambiguous or unknown places are rejected, never guessed.',
        'Points are municipio centroids or state centres of mass: the place of recovery, not its exact location.',
        'Only about 3 % of the firearms in the cases have a recorded Mexican recovery place.',
      ],
      methodEs: [
        'El lugar de recuperación (texto libre) se compara, sin distinguir mayúsculas ni acentos, con los nombres de municipio del INEGI (dentro del estado nombrado, si lo hay) o con un estado; cuatro alias documentados cubren localidades (scripts/reference/mx-place-aliases.csv). Lo ambiguo o desconocido se rechaza, nunca se adivina.',
        'Los puntos son centroides de municipio o centros de estado: el lugar de recuperación, no su ubicación exacta.',
        'Solo cerca del 3 % de las armas de los casos tiene un lugar de recuperación en México.',
      ],
      ledgers: [ledger],
    };
  },
};
