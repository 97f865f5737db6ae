// What the explorer shows right now, for "Add this view as a scene" (capture.ts makes the scene).
import { nodeParam } from '../chain/node';
import { layer } from '../layers/registry';
import type { MapHandle } from '../map/create-map';
import type { AppState } from '../state/app.svelte';
import type { ViewNow } from './capture';

/** The area the default framing shows, for a map that could not start (no WebGL). */
const FALLBACK: ViewNow['bounds'] = [-118, 14, -86, 33];

export function viewNow(app: AppState, handle: MapHandle | null): ViewNow {
  const shown = app.shown.map((l) => l.id);
  const legendTitle = (id: string, lang: 'en' | 'es') =>
    layer(id).legend(app.data[id] ?? [], { ...app.renderState(id), lang }).title;
  const map = handle?.map;
  const b = map?.getBounds();
  const c = map?.getCenter();
  return {
    year: app.year,
    layers: shown,
    metrics: Object.fromEntries(shown.map((id) => [id, app.renderState(id).metric])),
    view: c
      ? { lon: c.lng, lat: c.lat, zoom: map!.getZoom() }
      : (app.view ?? { lon: -102, lat: 24, zoom: 4 }),
    bounds: b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : FALLBACK,
    selected: (() => {
      const sel = app.selected;
      const key = sel ? layer(sel.layer).key?.(sel.feature) : undefined;
      return sel && key ? { layer: sel.layer, key } : null;
    })(),
    chain: app.chain === 'top' ? 'top' : app.chain ? nodeParam(app.chain) : null,
    cover: app.cover,
    titles: shown.map((id) => layer(id).title),
    legends: shown.map((id) => ({ en: legendTitle(id, 'en'), es: legendTitle(id, 'es') })),
  };
}
