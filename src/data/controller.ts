// Loads what the visible layers need, once: their data file and, for the heat view, the
// aggregation layers. A failure stays on that layer; the others carry on.
import type { AppState } from '../state/app.svelte';
import { layer } from '../layers/registry';
import { loadAggregation } from '../map/deck';
import { fileUrl } from './files';
import { entry } from './manifest';
import { loadFeatures } from './load';
import { mark } from '../lib/marks';

export async function ensureLoaded(app: AppState, id: string): Promise<void> {
  if (app.status[id]) return;
  app.status[id] = { state: 'loading' };
  try {
    const features = await loadFeatures(fileUrl(entry(layer(id).manifestId ?? id).file));
    mark(`data:${id}`);
    app.data = { ...app.data, [id]: features };
    app.status[id] = { state: 'ready' };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    console.warn(`Southbound: layer ${id} could not be loaded: ${error}`);
    app.status[id] = { state: 'error', error };
  }
}

export async function ensureModules(app: AppState, id: string): Promise<void> {
  const needs = layer(id).needs?.(app.metrics[id] ?? '');
  if (needs === 'aggregation' && app.deck && !app.deck.aggregation) {
    app.deck = { ...app.deck, aggregation: await loadAggregation() };
  }
}
