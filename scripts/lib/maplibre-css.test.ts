import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { dropUnusedMapLibreCss, onlyUnused } from './maplibre-css';

const FILE = '/x/node_modules/maplibre-gl/dist/maplibre-gl.css';
const CSS = `
.maplibregl-map { overflow: hidden }
.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon { background: url(a) }
.maplibregl-ctrl button.maplibregl-ctrl-geolocate .maplibregl-ctrl-icon { background: url(b) }
.maplibregl-popup, .maplibregl-ctrl-attrib { display: flex }
@media (prefers-color-scheme: dark) {
  .maplibregl-ctrl button.maplibregl-ctrl-fullscreen .maplibregl-ctrl-icon { background: url(c) }
}
@keyframes maplibregl-user-location-dot-pulse { 0% { opacity: 1 } }
`;
const run = (from: string) =>
  postcss([dropUnusedMapLibreCss()])
    .process(CSS, { from })
    .then((r) => r.css);

describe("MapLibre's stylesheet, trimmed", () => {
  it('drops the rules of parts the app never creates, and only those', async () => {
    const css = await run(FILE);
    expect(css).toContain('.maplibregl-map');
    expect(css).toContain('maplibregl-ctrl-zoom-in');
    // A rule shared with a used part stays whole.
    expect(css).toContain('.maplibregl-popup, .maplibregl-ctrl-attrib');
    expect(css).not.toContain('geolocate');
    expect(css).not.toContain('fullscreen');
    expect(css).not.toContain('@media');
    expect(css).not.toContain('@keyframes');
  });

  it('leaves every other stylesheet alone', async () => {
    expect(await run('/x/src/app.css')).toBe(CSS);
  });

  it('matches whole class names, not prefixes', () => {
    expect(onlyUnused(['.maplibregl-ctrl-attrib'])).toBe(false);
    expect(onlyUnused(['.maplibregl-marker-draggable'])).toBe(true);
    expect(onlyUnused(['.maplibregl-ctrl-group button:focus'])).toBe(false);
  });
});
