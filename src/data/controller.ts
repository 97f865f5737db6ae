// Loads what the visible layers need, once: their data file and, for the heat view, the
// aggregation layers. A failure stays on that layer; the others carry on.
import type { AppState } from '../state/app.svelte';
import { layer } from '../layers/registry';
import { loadAggregation } from '../map/deck';
import { fileUrl } from './files';
import { entry } from './manifest';
import type { TableId } from '../../scripts/lib/tables';
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

/** Loads a table layer once into `app.tables`; its status is `app.status['table:<id>']`. */
export async function ensureTable(app: AppState, id: TableId): Promise<void> {
  const key = `table:${id}`;
  if (app.status[key]) return;
  app.status[key] = { state: 'loading' };
  try {
    const { loadTable } = await import('./load-table');
    const table = await loadTable(id, fileUrl(entry(id).file));
    app.tables = { ...app.tables, [id]: table };
    app.status[key] = { state: 'ready' };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    console.warn(`Southbound: table ${id} could not be loaded: ${error}`);
    app.status[key] = { state: 'error', error };
  }
}

export async function ensureModules(app: AppState, id: string): Promise<void> {
  const needs = layer(id).needs?.(app.metrics[id] ?? '');
  if (needs === 'aggregation' && app.deck && !app.deck.aggregation) {
    app.deck = { ...app.deck, aggregation: await loadAggregation() };
  }
}
