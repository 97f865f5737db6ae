// The floor of our stack for the benchmark: MapLibre with the same offline basemap, no deck.gl,
// no app. It sets the same ready flag when the map is first idle and its frame is on the GPU.
import { gpuDone } from '../../../src/map/gpu-done';
import { basemapMap } from './basemap-map';

const el = document.getElementById('map')!;
void (async () => {
  const map = await basemapMap(el);
  // Ready as in the app: idle, and the GPU has finished the frame.
  map.once('idle', () => {
    void gpuDone(map.getCanvas().getContext('webgl2')!).then(() =>
      el.setAttribute('data-ready', 'true'),
    );
  });
})();
