// Keeps the URL hash and the app state in step: read at start and on hashchange, written (with
// replaceState, so the back button is not flooded) whenever the state changes.
import type { Lang } from '../lib/format';
import { layer, LAYERS } from '../layers/registry';
import {
  app,
  DEFAULT_LAYERS,
  DEFAULT_METRICS,
  DEFAULT_YEAR,
  YEARS,
  type AppState,
} from './app.svelte';
import { parseUrlState, serializeUrlState, type UrlRules } from './url';
import { caseNames, NO_FILTER } from '../layers/gun-filter';
import { CALIBRE_GROUPS } from '../../scripts/lib/calibre-groups';
import { CLASSES } from '../layers/gun-classes';
import { usStateName } from '../lib/us-states';
import { exists } from '../chain/node';

export const RULES: UrlRules = {
  years: YEARS,
  layers: Object.fromEntries(LAYERS.map((l) => [l.id, l.metrics.map((m) => m.id)])),
  zoom: { min: 1.5, max: 12 },
};

/** The browser's language decides when the link does not. */
export function browserLang(languages: readonly string[]): Lang {
  // The first of the user's languages we have, else English.
  const first = languages.find((l) => /^(en|es)\b/i.test(l));
  return (first?.slice(0, 2).toLowerCase() as Lang | undefined) ?? 'en';
}

export function applyHash(a: AppState, hash: string): void {
  const { state, warnings } = parseUrlState(hash, RULES);
  for (const w of warnings) console.warn(`Southbound: ${w}`);
  // In a briefing the scene sets the map: a link changes it only where it says so explicitly
  // (and the briefing then shows that the map left the scene).
  const scene = state.mode === 'briefing' || state.mode === 'presenter';
  if (!scene || state.year !== undefined) a.year = state.year ?? DEFAULT_YEAR;
  a.compare = scene ? null : (state.cmp ?? null);
  const wc = state.guns?.weaponClass;
  if (wc && !CLASSES.some((c) => c.id === wc))
    console.warn(`Southbound: ignoring g.class=${JSON.stringify(wc)}: not a weapon class`);
  const cal = state.guns?.calibre;
  const calOk = typeof cal === 'string' && (CALIBRE_GROUPS as readonly string[]).includes(cal);
  if (typeof cal === 'string' && !calOk)
    console.warn(`Southbound: ignoring g.cal=${JSON.stringify(cal)}: not a calibre group`);
  a.gunFilter = scene
    ? NO_FILTER
    : {
        ...NO_FILTER,
        ...state.guns,
        weaponClass: wc && CLASSES.some((c) => c.id === wc) ? wc : null,
        calibre: calOk ? cal : null,
      };
  if (!scene || state.layers) a.visible = state.layers ?? [...DEFAULT_LAYERS];
  if (!scene || Object.keys(state.metrics).length)
    a.metrics = { ...DEFAULT_METRICS, ...state.metrics };
  if (!scene || state.view || state.bbox) {
    a.view = state.bbox ? null : (state.view ?? null);
    a.bounds = state.bbox ?? null;
    a.bbox = state.bbox ?? null;
    a.boundsPadding = null;
  }
  a.editorial = state.editorial ?? {};
  a.theme = state.theme ?? 'light';
  a.controls = state.controls ?? null;
  a.annotations = state.annotations ?? [];
  a.lang = state.lang ?? browserLang(navigator.languages ?? [navigator.language]);
  a.mode = state.mode ?? 'full';
  a.scene = state.scene ?? 1;
  applyBriefingParam(a, state.b ?? null);
  a.selected = null;
  a.pendingSelection = state.sel ?? null;
  const placeOk = state.place && usStateName(state.place.code);
  if (state.place && !placeOk)
    console.warn(`Southbound: ignoring place=us-state:${state.place.code}: not a U.S. state`);
  a.place = !state.sel && placeOk ? state.place! : null;
  // Checked against the chain table when it arrives (below). A scene sets its own.
  if (!scene || state.chain !== undefined) a.chain = state.chain ?? null;
  if (!scene || state.cover !== undefined) a.cover = state.cover ?? null;
  if (state.sel && !a.visible.includes(state.sel.layer))
    a.visible = [...a.visible, state.sel.layer];
}

/**
 * A briefing someone made travels in the link (`b=`): decoded and checked off the main path
 * (the checker loads only then); the bundled briefing when the link has none.
 */
function applyBriefingParam(a: AppState, param: string | null): void {
  if (param === a.briefingParam) return;
  a.briefingParam = param;
  a.briefingErrors = [];
  if (param === null) {
    a.briefing = null;
    return;
  }
  void import('../briefing/from-link').then(async ({ briefingFromLink }) => {
    const checked = await briefingFromLink(param);
    if (a.briefingParam !== param) return; // a newer link came in meanwhile
    if ('errors' in checked) a.briefingErrors = checked.errors;
    else a.briefing = checked.briefing;
  });
}

/**
 * The hash for the app's state, optionally in another mode (the share dialog's links). The
 * share dialog also gives the area on screen (`bbox`: the same area at any width) and asks for
 * the language always, so an article shows the map in its own language to every reader.
 */
export function currentHash(
  a: AppState,
  mode = a.mode,
  opts: { bbox?: [number, number, number, number]; pinLang?: boolean; lang?: Lang } = {},
): string {
  const defaults = {
    year: DEFAULT_YEAR,
    layers: DEFAULT_LAYERS,
    metrics: DEFAULT_METRICS,
    lang: opts.pinLang ? ('' as Lang) : browserLang(navigator.languages ?? [navigator.language]),
  };
  // A briefing link names the scene; the scene decides the rest.
  if (mode === 'briefing' || mode === 'presenter')
    return serializeUrlState(
      { mode, scene: a.scene, lang: a.lang, metrics: {}, b: a.briefingParam ?? undefined },
      defaults,
    );
  const sel = a.selected
    ? { layer: a.selected.layer, key: layer(a.selected.layer).key?.(a.selected.feature) }
    : null;
  return serializeUrlState(
    {
      year: a.year,
      cmp: a.compare ?? undefined,
      guns: a.gunFilter,
      layers: a.visible,
      metrics: a.metrics,
      view: a.view ?? undefined,
      bbox: opts.bbox ?? a.bbox ?? undefined,
      // The editor's texts and the embed's look belong to the embed.
      ...(mode === 'embed'
        ? {
            editorial: a.editorial,
            theme: a.theme,
            controls: a.controls ?? undefined,
            // An annotation with no text yet is still being written.
            annotations: a.annotations.filter((x) => x.en.trim() || x.es.trim()),
          }
        : {}),
      lang: opts.lang ?? a.lang,
      sel: sel?.key ? { layer: sel.layer, key: sel.key } : (a.pendingSelection ?? undefined),
      place: a.place ?? undefined,
      chain: a.chain ?? undefined,
      cover: a.cover ?? undefined,
      mode,
    },
    defaults,
  );
}

/** Starts the two-way sync; call once from the root component. */
export function syncUrl(): void {
  applyHash(app, location.hash);
  let written = location.hash;
  addEventListener('hashchange', () => {
    if (location.hash !== written) applyHash(app, location.hash);
  });
  $effect(() => {
    const hash = currentHash(app);
    if (hash !== written && hash !== location.hash) {
      written = hash;
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    }
  });
  // A briefing made here (the editor's Present) gets its link form, for the hash and sharing.
  $effect(() => {
    const b = app.briefing;
    if (!b) return;
    void import('../briefing/link').then(async ({ encodeBriefing }) => {
      const param = await encodeBriefing(b);
      if (app.briefing === b) app.briefingParam = param;
    });
  });
  // A case from a link must be one the data names; checked once every visible layer that
  // follows the firearms filter has its data (a case may be named only by recoveries).
  $effect(() => {
    const name = app.gunFilter.caseName;
    const defs = app.visible.map(layer).filter((d) => d.gunFilter);
    if (name === null || defs.length === 0) return;
    const counted = defs.map((d) => (app.data[d.id] ? d.gunFilter!(app.data[d.id]!) : null));
    if (counted.some((c) => c === null)) return;
    if (counted.some((c) => caseNames(c!).includes(name))) return;
    console.warn(`Southbound: ignoring g.case=${JSON.stringify(name)}: no such case`);
    app.gunFilter = { ...app.gunFilter, caseName: null };
  });
  // A chain node from a link must be one some firearm passes through (a briefing scene's is
  // the scene's: the stage says when none passes there).
  $effect(() => {
    const node = app.chain;
    const table = app.tables.chain;
    if (!node || node === 'top' || !table || exists(table, node) || app.mode === 'briefing') return;
    console.warn(`Southbound: ignoring chain=${node.kind}:${node.key}: no firearm passes there`);
    app.chain = null;
  });
  // A selection from a link is applied when its layer's data arrives.
  $effect(() => {
    const want = app.pendingSelection;
    const data = want ? app.data[want.layer] : undefined;
    if (!want || !data) return;
    const def = layer(want.layer);
    const feature = data.find((f) => def.key?.(f) === want.key);
    if (!feature)
      console.warn(`Southbound: ignoring sel=${want.layer}:${want.key}: no such feature`);
    app.selected = feature ? { layer: want.layer, feature } : null;
    app.pendingSelection = null;
  });
}
