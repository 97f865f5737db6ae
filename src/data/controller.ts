// Loads what the visible layers need, once: their data file, deck.gl's code when a layer draws
// with it, and the aggregation layers for the heat view. A failure stays on what failed.
import type { AppState } from '../state/app.svelte';
import { layer } from '../layers/registry';
import { loadAggregation, loadDeck } from '../map/deck';
import { fileUrl } from './files';
import { entry } from './manifest';
import type { TableId } from '../../scripts/lib/tables';
import { loadFeatures } from './load';
import { mark } from '../lib/marks';

/**
 * Runs `load` once per status key, recording loading → ready or error in `app.status` (what the
 * ready signal and the error messages read). A failure is reported, never thrown.
 */
async function once(
  app: AppState,
  key: string,
  what: string,
  load: () => Promise<void>,
): Promise<void> {
  if (app.status[key]) return;
  app.status[key] = { state: 'loading' };
  try {
    await load();
    app.status[key] = { state: 'ready' };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    console.warn(`Southbound: ${what} could not be loaded: ${error}`);
    app.status[key] = { state: 'error', error };
  }
}

/** Loads a layer's features once into `app.data`; its status is `app.status[<id>]`. */
export function ensureLoaded(app: AppState, id: string): Promise<void> {
  return once(app, id, `layer ${id}`, async () => {
    const features = await loadFeatures(fileUrl(entry(layer(id).manifestId ?? id).file));
    mark(`data:${id}`);
    app.data = { ...app.data, [id]: features };
  });
}

/** Loads a table layer once into `app.tables`; its status is `app.status['table:<id>']`. */
export function ensureTable(app: AppState, id: TableId): Promise<void> {
  return once(app, `table:${id}`, `table ${id}`, async () => {
    const { loadTable } = await import('./load-table');
    const table = await loadTable(id, fileUrl(entry(id).file));
    app.tables = { ...app.tables, [id]: table };
  });
}

export async function ensureModules(app: AppState, id: string): Promise<void> {
  const needs = layer(id).needs?.(app.metrics[id] ?? '');
  if (needs === 'aggregation' && app.deck && !app.deck.aggregation) {
    app.deck = { ...app.deck, aggregation: await loadAggregation() };
  }
}

/**
 * Loads deck.gl's code once, the first time a layer shown draws with it (`app.needsDeck`); its
 * status is `app.status.deck` (a failure is reported like a layer's, never left waiting).
 */
export function ensureDeck(app: AppState): Promise<void> {
  return once(app, 'deck', 'deck.gl', async () => {
    app.deck = await loadDeck();
    mark('deck:modules');
  });
}
