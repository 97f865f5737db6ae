// deck.gl modules, loaded the first time a shown layer draws with deck.gl (data/controller.ts).
import type * as Aggregation from '@deck.gl/aggregation-layers';

export async function loadDeck() {
  const [layers, extensions] = await Promise.all([
    import('@deck.gl/layers'),
    import('@deck.gl/extensions'),
  ]);
  return { layers, extensions, aggregation: null as typeof Aggregation | null };
}

export type DeckModules = Awaited<ReturnType<typeof loadDeck>>;

/** The heatmap (aggregation layers) is large and only the dealers' heat view needs it. */
export const loadAggregation = () => import('@deck.gl/aggregation-layers');
