// The place "who covers here" is asked about, marked on the map: a ring, so what lies under it
// stays visible.
import type { Layer } from '@deck.gl/core';
import type { DeckModules } from '../map/deck';

export const coverMarker = (deck: DeckModules, at: [number, number]): Layer =>
  new deck.layers.ScatterplotLayer<[number, number]>({
    id: 'cover-point',
    data: [at],
    getPosition: (d) => d,
    radiusUnits: 'pixels',
    getRadius: 9,
    stroked: true,
    filled: false,
    lineWidthUnits: 'pixels',
    getLineWidth: 3,
    getLineColor: [0, 0, 0, 255],
  });
