// For tests: a stand-in for the deck.gl modules that records what a layer module asks for (the
// layer class and its props) without WebGL, so a layer's colours, radii, filters and update
// triggers can be read back and checked.
import type { Layer } from '@deck.gl/core';
import type { DeckModules } from '../map/deck';

/** A recorded layer or extension: which deck.gl class, with which props. */
export interface Recorded {
  kind: string;
  props: Record<string, unknown>;
}

const recorder = (kind: string) =>
  class {
    readonly kind = kind;
    constructor(readonly props: Record<string, unknown> = {}) {}
  };

const group = (names: string[]) => Object.fromEntries(names.map((n) => [n, recorder(n)]));

/** A fake of the deck.gl modules a layer module renders with. */
export function fakeDeck(): DeckModules {
  const fake = {
    layers: group(['GeoJsonLayer', 'ScatterplotLayer', 'PathLayer', 'TextLayer', 'ArcLayer']),
    extensions: group(['DataFilterExtension', 'PathStyleExtension', 'CollisionFilterExtension']),
    aggregation: group(['HeatmapLayer']),
  };
  // The fake has the classes a layer module constructs, not deck.gl's whole API: one cast, here.
  return fake as unknown as DeckModules;
}

/** What a layer module returned, as recorded by the fake. */
export const recorded = (layers: Layer[]): Recorded[] => layers as unknown as Recorded[];

/** Calls a recorded accessor prop (getFillColor, getRadius…) on a feature. */
export function accessor<T>(r: Recorded, name: string): (d: unknown) => T {
  const a = r.props[name];
  if (typeof a !== 'function') throw new Error(`${r.kind} has no accessor ${name}`);
  return a as (d: unknown) => T;
}
