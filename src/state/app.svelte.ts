// App state in one place (Svelte 5 runes). Components read and change it; the map, legends,
// tooltips and the data table all derive from it. Feature arrays stay out of deep proxies.
import { filterKey, NO_FILTER, type GunFilter } from '../layers/gun-filter';
import type { LayerFeature } from '../data/load';
import type { Lang } from '../lib/format';
import { LAYERS, layer } from '../layers/registry';
import type { Legend, Readout, RenderState } from '../layers/types';
import { featureKey, featureNotes, layerNote, yearOf } from '../data/incomplete';
import { sourceName, t } from '../i18n/strings';
import type { Briefing } from '../briefing/schema';
import type { Annotation } from '../embed/annotations';
import type { Control, Editorial, Theme } from '../embed/editorial';
import type { DeckModules } from '../map/deck';
import { entry, MANIFEST, type Manifest } from '../data/manifest';
import type { Table, TableId } from '../../scripts/lib/tables';
import type { Mode, View } from './url';
import { nodeParam, type ChainNode } from '../chain/node';
import { atParam } from '../coverage/at';

export type LoadState =
  { state: 'loading' } | { state: 'ready' } | { state: 'error'; error: string };

/** Every year some layer has data: the range of the year control. */
export function yearRange(m: Manifest): { min: number; max: number } {
  const ys = m.layers.flatMap((l) => (l.geometryType === 'basemap' ? [] : l.years));
  return { min: Math.min(...ys), max: Math.max(...ys) };
}

/**
 * The year the map opens on: the latest year in which every default layer has data (a partial
 * year counts, and is flagged in its legend), read from the manifest, so a new data year moves it.
 */
export function defaultYear(m: Manifest, layers: { manifestId?: string; id: string }[]): number {
  const last = layers
    .map((l) => m.layers.find((e) => e.id === (l.manifestId ?? l.id))?.years.at(-1))
    .filter((y): y is number => y !== undefined);
  return last.length ? Math.min(...last) : yearRange(m).max;
}

export const YEARS = yearRange(MANIFEST);
export const DEFAULT_LAYERS = LAYERS.filter((l) => l.defaultVisible).map((l) => l.id);
export const DEFAULT_YEAR = defaultYear(
  MANIFEST,
  LAYERS.filter((l) => l.defaultVisible),
);
export const DEFAULT_METRICS: Record<string, string> = Object.fromEntries(
  LAYERS.map((l) => [l.id, l.metrics[0]!.id]),
);

export class AppState {
  year = $state(DEFAULT_YEAR);
  lang = $state<Lang>('en');
  mode = $state<Mode>('full');
  /** The briefing scene shown in briefing mode (1-based). */
  scene = $state(1);
  /** High-contrast stage for projectors (briefing mode); starts from the system's preference. */
  contrast = $state(false);
  /** The firearms filter (class, calibre, case, purchase years) of the court-case layers. */
  gunFilter = $state.raw<GunFilter>(NO_FILTER);
  /** Compare mode: the base year the shown year is compared with, or null. */
  compare = $state<number | null>(null);
  /** Symbol size multiplier: set by the app while the briefing stage is shown (stage.ts). */
  symbolScale = $state(1);
  /**
   * A briefing someone made (from a link or the editor's Present), checked; null presents the
   * bundled one. Its link form (`b=` in the hash) is `briefingParam`, once encoded.
   */
  briefing = $state.raw<Briefing | null>(null);
  briefingParam = $state<string | null>(null);
  /** Why a linked briefing could not be shown, in words (shown instead of the scenes). */
  briefingErrors = $state.raw<string[]>([]);
  /** The briefing editor is open (full mode). */
  editing = $state(false);
  /** The map view, once the reader (or a link) moved it; null = the default framing. */
  view = $state.raw<View | null>(null);
  /** An area to frame (west, south, east, north), from a briefing scene; wins over `view`. */
  bounds = $state.raw<[number, number, number, number] | null>(null);
  /** Room to keep clear around `bounds` (the chain panel over the map), px per side. */
  boundsPadding = $state.raw<{ top: number; right: number; bottom: number; left: number } | null>(
    null,
  );
  /** The area a link asked to frame (`bbox=`): kept in the embed's link as the editor set it. */
  bbox = $state.raw<[number, number, number, number] | null>(null);
  /** An editor's headline, description, notes, byline and credit for an embed (plain text). */
  editorial = $state.raw<Editorial>({});
  /** The embed's theme: light, dark or the reader's setting. */
  theme = $state<Theme>('light');
  /** The controls an embed offers; null: the default ones. */
  controls = $state.raw<Control[] | null>(null);
  /** An editor's annotations on the embed's map. */
  annotations = $state.raw<Annotation[]>([]);
  /** The share dialog is waiting for a click on the map to place an annotation. */
  placing = $state(false);
  /** A selection asked for by a link, applied when its layer's data arrives. */
  pendingSelection = $state.raw<{ layer: string; key: string } | null>(null);
  visible = $state<string[]>(LAYERS.filter((l) => l.defaultVisible).map((l) => l.id));
  metrics = $state<Record<string, string>>(
    Object.fromEntries(LAYERS.map((l) => [l.id, l.metrics[0]!.id])),
  );
  status = $state<Record<string, LoadState>>({});
  playing = $state(false);
  /** Loaded features per layer: replaced, never mutated, so identity tells deck.gl what changed. */
  data = $state.raw<Record<string, LayerFeature[]>>({});
  /** Loaded table layers (data/controller.ts `ensureTable`), checked against their shape. */
  tables = $state.raw<{ [K in TableId]?: Table<K> }>({});
  deck = $state.raw<DeckModules | null>(null);
  selected = $state.raw<{ layer: string; feature: LayerFeature } | null>(null);
  /** A place's profile opened without a feature (a U.S. state, from one of its counties). */
  place = $state.raw<{ kind: 'us-state'; code: string } | null>(null);
  /** Follow the guns: the node the chain is lit from, or 'top' (the points of diversion). */
  chain = $state.raw<ChainNode | 'top' | null>(null);
  /** Who covers here: the point whose agencies' units are listed, or null. */
  cover = $state.raw<[number, number] | null>(null);
  /** Where the reader last clicked the map (lon, lat): "who covers here" starts from it. */
  clickedAt = $state.raw<[number, number] | null>(null);
  hover = $state.raw<{ layer: string; feature: LayerFeature; x: number; y: number } | null>(null);

  /** The visible layers whose data is in, in registry order (polygons under points and lines). */
  readonly shown = $derived(LAYERS.filter((l) => this.isVisible(l.id) && this.data[l.id]));

  /**
   * The shown layers that follow the firearms filter: the controls sit under the first, and
   * their choices (cases, calibres) are what any of them names.
   */
  readonly gunFilterLayers = $derived(this.shown.filter((l) => l.gunFilter));
  readonly gunFilterChoices = $derived(
    this.gunFilterLayers.flatMap((l) => l.gunFilter!(this.data[l.id]!)),
  );

  /**
   * Whether what the map shows draws with deck.gl (points, flows, heat, outlines, the lit chain):
   * its code loads only then. Choropleths are MapLibre's.
   */
  readonly needsDeck = $derived(
    this.visible.some((id) => {
      const l = layer(id);
      return !!l.render && (l.usesDeck?.(this.metrics[id] ?? l.metrics[0]!.id) ?? true);
    }) ||
      (this.chain !== null && this.chain !== 'top') ||
      this.cover !== null,
  );

  /** Visible layers still loading: the map is not ready while any is. */
  readonly pending = $derived([
    ...this.visible.filter((id) => this.status[id]?.state === 'loading' || !this.status[id]),
    // deck.gl's code, while a layer shown needs it (a failure is reported, not waited for).
    ...(this.needsDeck && !this.deck && this.status.deck?.state !== 'error' ? ['deck'] : []),
    // The lit chain is part of what the map is asked to draw.
    ...(this.chain && this.chain !== 'top'
      ? ['table:chain'].filter((k) => this.status[k]?.state === 'loading' || !this.status[k])
      : []),
  ]);

  /**
   * What the map is asked to draw, for the ready contract (`data-state` on #map): "year=2019;
   * lang=en;layers=[homicides:rate][ports:trucks]", with "cmp=2015;" after the year in compare
   * mode.
   */
  readonly stateKey = $derived(
    `year=${this.year};${this.compare !== null && this.mode !== 'briefing' ? `cmp=${this.compare};` : ''}lang=${this.lang};layers=${this.visible
      .slice()
      .sort()
      .map((id) => `[${id}:${this.metrics[id]}]`)
      .join(
        '',
      )}${filterKey(this.gunFilter) === filterKey(NO_FILTER) ? '' : `;guns=${filterKey(this.gunFilter)}`}${this.chain && this.chain !== 'top' ? `;chain=${nodeParam(this.chain)}` : ''}${this.cover ? `;cover=${atParam(this.cover)}` : ''}`,
  );

  /** "Sources: SESNSP; U.S. Department of Transportation": the publishers of what is shown. */
  readonly sourceLine = $derived.by(() => this.sources(this.lang));

  /** The source line in a language (an embed's picture may be in another than the page's). */
  sources(lang: Lang): string {
    const names = this.shown.flatMap((l) =>
      entry(l.manifestId ?? l.id).sources.map((s) => sourceName(lang, s)),
    );
    return `${t(lang, 'sourcesLine')}: ${names.filter((n, i) => names.indexOf(n) === i).join('; ')}`;
  }

  isVisible(id: string): boolean {
    return this.visible.includes(id);
  }

  toggle(id: string, on = !this.isVisible(id)): void {
    const others = this.visible.filter((v) => v !== id);
    this.visible = on ? [...others, id] : others;
    if (!on && this.selected?.layer === id) this.selected = null;
  }

  setYear(y: number): void {
    this.year = Math.min(YEARS.max, Math.max(YEARS.min, Math.round(y)));
  }

  step(delta: number): void {
    this.setYear(this.year + delta);
  }

  renderState(id: string): RenderState {
    return {
      year: this.year,
      metric: this.metrics[id] ?? layer(id).metrics[0]!.id,
      lang: this.lang,
      selected: this.selected?.layer === id ? this.selected.feature : null,
      symbolScale: this.symbolScale,
      // The briefing stage shows its scenes' years, never a comparison left on in the explorer.
      compare: this.mode === 'briefing' ? null : this.compare,
      gunFilter: this.mode === 'briefing' ? NO_FILTER : this.gunFilter,
    };
  }

  /**
   * What the tooltip and the details say about a feature, with notes where its figures lost
   * source rows (`withLayer`: also the layer's own losses, for the details).
   */
  readout(id: string, feature: LayerFeature, withLayer: boolean): Readout {
    const def = layer(id);
    const meta = entry(def.manifestId ?? def.id);
    const key = featureKey(meta, feature.properties);
    return {
      ...def.tooltip(feature, this.renderState(id)),
      notes: featureNotes(meta, key, yearOf(meta, this.year), this.lang, withLayer),
    };
  }

  /**
   * A layer's legend for the shown year, flagged where its figures are partial or lost source
   * rows: the one legend the panel, the embed, the briefing and the PNG all show.
   */
  legend(id: string, lang: Lang = this.lang): Legend {
    const def = layer(id);
    const meta = entry(def.manifestId ?? def.id);
    const partial = meta.partialYears.find((p) => p.year === this.year);
    const lost = layerNote(meta, yearOf(meta, this.year), lang);
    // A yearly layer with nothing for the shown year draws nothing: its legend says so (the
    // court-case layers showing every purchase year, or the undated ones, draw regardless).
    const everyYear = def.gunFilter !== undefined && this.gunFilter.when !== 'year';
    const empty = meta.years.length > 0 && !meta.years.includes(this.year) && !everyYear;
    return {
      ...def.legend(this.data[id] ?? [], { ...this.renderState(id), lang }),
      layer: t(lang, def.title),
      flags: [
        ...(empty ? [t(lang, 'noDataYear', { year: this.year })] : []),
        ...(partial
          ? [
              `${this.year}: ${t(lang, 'partial')} — ${t(lang, { en: partial.note, es: partial.noteEs })}`,
            ]
          : []),
        ...(lost ? [`${t(lang, 'incomplete')}: ${lost}`] : []),
      ],
    };
  }
}

export const app = new AppState();
