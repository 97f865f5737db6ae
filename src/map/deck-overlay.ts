// deck.gl on the map, loaded when a deck.gl layer is first shown: a map of choropleths only never
// downloads or compiles it. The overlay is interleaved (drawn into MapLibre's own frame), so
// deck.gl's layers sit above MapLibre's data layers and under the basemap labels: one ordering rule
// for both renderers. MapLibre 6.9.1 fixed the uniform bindings that broke labels drawn after a
// custom layer (deck.gl #10700).
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { mark } from '../lib/marks';

const groupOf = (beforeId: string) => `deck-maplibre-layer-group-before:${beforeId}`;

export class DeckOverlay {
  private overlay: MapLibreOverlay | null = null;
  private loading: Promise<void> | null = null;
  private layers: Layer[] = [];

  constructor(
    private readonly map: MapLibreMap,
    /** The layer deck.gl's layers are drawn under (the first label layer), if any. */
    private readonly beforeId: string | undefined,
    /** Resolves once the basemap's style has loaded (deck.gl is added after it). */
    private readonly loaded: Promise<void>,
    private readonly hooks: {
      onAfterRender: (gl: WebGL2RenderingContext) => void;
      onError: (e: Error) => void;
    },
  ) {
    // deck.gl adds its layer group to MapLibre's style only while the style counts as loaded;
    // a group skipped while a fill's source was loading is added at the next idle.
    map.on('idle', () => {
      if (
        this.overlay &&
        this.layers.length &&
        this.beforeId &&
        !map.getLayer(groupOf(this.beforeId))
      )
        this.overlay.setProps({ layers: [...this.layers] });
    });
  }

  /**
   * Shows `layers` (loading deck.gl the first time any are shown); returns the layers as drawn
   * (placed under the labels), which are what deck.gl reports drawing.
   */
  set(layers: Layer[]): Layer[] {
    this.layers = this.beforeId
      ? layers.map((l) => l.clone({ beforeId: this.beforeId } as never))
      : layers;
    if (this.overlay) this.overlay.setProps({ layers: this.layers });
    else if (layers.length) void this.start();
    return this.layers;
  }

  /** The deck.gl feature under a point of the map, if deck.gl is loaded. */
  pick(x: number, y: number): PickingInfo | null {
    if (!this.overlay || !this.layers.length) return null;
    return this.overlay.pickObject({ x, y, radius: 2 });
  }

  /**
   * Tells deck.gl the size MapLibre's canvas now has (after `map.setPixelRatio`, for a 2× picture):
   * interleaved, deck.gl draws into that canvas but learns its size only from resize events, which
   * a new pixel ratio does not send, and would draw its layers at half their positions.
   */
  syncDrawingBuffer(): void {
    type Deck = { device?: { getDefaultCanvasContext(): CanvasSize } };
    type CanvasSize = { setDrawingBufferSize(w: number, h: number): void };
    const deck = (this.overlay as unknown as { _deck?: Deck } | null)?._deck;
    const c = this.map.getCanvas();
    deck?.device?.getDefaultCanvasContext().setDrawingBufferSize(c.width, c.height);
  }

  private start(): Promise<void> {
    this.loading ??= (async () => {
      const { MapLibreOverlay } = await import('@deck.gl/maplibre');
      mark('deck:loaded');
      await this.loaded;
      this.overlay = new MapLibreOverlay({
        interleaved: true,
        layers: this.layers,
        onAfterRender: ({ gl }) => this.hooks.onAfterRender(gl as WebGL2RenderingContext),
        onError: (e: Error) => this.hooks.onError(e),
      });
      this.map.addControl(this.overlay);
    })();
    return this.loading;
  }
}
