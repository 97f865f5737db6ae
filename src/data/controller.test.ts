// The controller loads each layer and table once, records its status, and keeps a failure on the
// thing that failed. fetch is served from geodata/ on disk (or made to fail).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../state/app.svelte';
import { ensureLoaded, ensureTable } from './controller';
import { entry } from './manifest';

const ROOT = new URL('../..', import.meta.url).pathname;
let requested: string[] = [];

/** fetch over the built files; a URL naming `broken` answers 500, a table `garbled` bad JSON. */
function serve(broken: string[] = [], garbled: string[] = []) {
  requested = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const file = url.split('/').pop()!.split('?')[0]!;
    if (broken.some((b) => file.startsWith(b))) return new Response('', { status: 500 });
    if (garbled.some((g) => file.startsWith(g))) return Response.json({ rows: 'not rows' });
    return new Response(readFileSync(`${ROOT}geodata/${file}`));
  });
}
afterEach(() => vi.unstubAllGlobals());

describe('ensureLoaded', () => {
  it('loads a layer once and marks it ready', async () => {
    serve();
    const app = new AppState();
    await Promise.all([ensureLoaded(app, 'ports'), ensureLoaded(app, 'ports')]);
    expect(app.status.ports).toEqual({ state: 'ready' });
    expect(app.data.ports).toHaveLength(entry('ports').featureCount);
    expect(requested.filter((u) => u.includes('ports'))).toHaveLength(1);
  });

  it('keeps a failure on its layer; the others load', async () => {
    serve(['encounters']);
    const app = new AppState();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await Promise.all([ensureLoaded(app, 'encounters'), ensureLoaded(app, 'homicides')]);
    expect(app.status.encounters).toEqual({
      state: 'error',
      error: expect.stringContaining('HTTP 500'),
    });
    expect(app.status.homicides).toEqual({ state: 'ready' });
    expect(app.data.encounters).toBeUndefined();
    // Asked again (every render asks): the failure stands, no request storm.
    await ensureLoaded(app, 'encounters');
    expect(requested.filter((u) => u.includes('encounters'))).toHaveLength(1);
  });
});

describe('ensureTable', () => {
  it('loads a table into app.tables under its own status key', async () => {
    serve();
    const app = new AppState();
    await ensureTable(app, 'displacement');
    expect(app.status['table:displacement']).toEqual({ state: 'ready' });
    expect(app.tables.displacement!.national.length).toBeGreaterThan(5);
  });

  it('rejects a table that is not the declared shape, and says so', async () => {
    serve([], ['seizure-figures']);
    const app = new AppState();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await ensureTable(app, 'seizure-figures');
    expect(app.status['table:seizure-figures']?.state).toBe('error');
    expect(app.tables['seizure-figures']).toBeUndefined();
  });
});
