// Loads a layer file once: FlatGeobuf streamed whole into plain feature objects, or JSON.
// Results are cached by URL, so changing the year or toggling a layer never refetches.
import type { Feature, Geometry } from 'geojson';
// The whole-file reader only: the HTTP range and stream readers (and their libraries) stay out.
import { deserialize } from 'flatgeobuf/lib/mjs/geojson/featurecollection.js';

export type Props = Record<string, string | number | boolean | null | undefined>;
export type LayerFeature = Feature<Geometry, Props>;

const cache = new Map<string, Promise<unknown>>();

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res;
}

export function loadFeatures(url: string): Promise<LayerFeature[]> {
  let p = cache.get(url) as Promise<LayerFeature[]> | undefined;
  if (!p) {
    p = (async () => {
      const bytes = new Uint8Array(await (await fetchOk(url)).arrayBuffer());
      const out: LayerFeature[] = [];
      try {
        for await (const f of deserialize(bytes)) out.push(f as LayerFeature);
      } catch (e) {
        throw new Error(`not a readable FlatGeobuf file (${(e as Error).message})`);
      }
      return out;
    })();
    // A failed load may be retried later (a flaky connection), so it is not cached.
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

export function loadJson<T>(url: string): Promise<T> {
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetchOk(url).then((r) => r.json() as Promise<T>);
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
