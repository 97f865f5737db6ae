// deck.gl's code loads only for what draws with it: choropleths are MapLibre's.
import { describe, expect, it, vi } from 'vitest';
import { ensureDeck } from '../data/controller';
import { AppState } from './app.svelte';

// deck.gl's download fails (an offline reader whose copy lost its chunk, a CDN hiccup).
vi.mock('../map/deck', () => ({
  loadDeck: () => Promise.reject(new Error('chunk not found')),
  loadAggregation: () => Promise.reject(new Error('chunk not found')),
}));

describe('whether the map needs deck.gl', () => {
  it('not for choropleths, graduated points or corridors; for year-filtered points, the heat map, the lit chain and who covers', () => {
    const app = new AppState();
    app.visible = ['homicides', 'dealers', 'traces', 'displacement-states'];
    expect(app.needsDeck).toBe(false);
    expect(app.pending).not.toContain('deck');
    app.metrics = { ...app.metrics, dealers: 'heat' };
    expect(app.needsDeck).toBe(true);
    expect(app.pending).toContain('deck');
    app.metrics = { ...app.metrics, dealers: 'density' };
    // The default view (ports, corridors, homicides) is MapLibre's alone.
    app.visible = ['homicides', 'ports', 'corridors', 'encounters'];
    expect(app.needsDeck).toBe(false);
    app.visible = ['homicides', 'recoveries'];
    expect(app.needsDeck).toBe(true);
    app.visible = ['homicides'];
    app.cover = [-106, 31];
    expect(app.needsDeck).toBe(true);
    app.cover = null;
    app.chain = 'top';
    expect(app.needsDeck).toBe(false);
  });

  it('reports a failed download of deck.gl instead of waiting for it forever', async () => {
    const app = new AppState();
    app.visible = ['recoveries'];
    expect(app.pending).toContain('deck');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await ensureDeck(app);
    expect(app.status.deck).toEqual({ state: 'error', error: 'chunk not found' });
    expect(app.pending).not.toContain('deck');
  });
});
