// The bench pages' map: MapLibre with the app's offline basemap at the default framing.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from '../../../geodata/basemap.topo.json?url';
import { DEFAULT_BOUNDS } from '../../../src/config';
import { buildBasemap } from '../../../src/map/basemap-style';

export async function basemapMap(container: HTMLElement): Promise<maplibregl.Map> {
  maplibregl.setWorkerUrl(workerUrl);
  const basemap = buildBasemap(await (await fetch(basemapUrl)).json());
  return new maplibregl.Map({
    container,
    style: basemap.style,
    bounds: DEFAULT_BOUNDS,
    fitBoundsOptions: { padding: 8 },
  });
}
