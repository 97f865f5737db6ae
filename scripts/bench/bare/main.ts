// The floor of our stack for the benchmark: MapLibre with the same offline basemap, no deck.gl,
// no app. It sets the same ready flag when the map is first idle and its frame is on the GPU.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import basemapUrl from '../../../geodata/basemap.topo.json?url';
import { DEFAULT_BOUNDS } from '../../../src/config';
import { buildBasemap } from '../../../src/map/basemap-style';
import { gpuDone } from '../../../src/map/gpu-done';

maplibregl.setWorkerUrl(workerUrl);
const el = document.getElementById('map')!;
void (async () => {
  const basemap = buildBasemap(await (await fetch(basemapUrl)).json());
  const map = new maplibregl.Map({
    container: el,
    style: basemap.style,
    bounds: DEFAULT_BOUNDS,
    fitBoundsOptions: { padding: 8 },
  });
  // Ready as in the app: idle, and the GPU has finished the frame.
  map.once('idle', () => {
    void gpuDone(map.getCanvas().getContext('webgl2')!).then(() =>
      el.setAttribute('data-ready', 'true'),
    );
  });
})();
