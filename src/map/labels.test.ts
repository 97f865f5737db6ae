import { describe, expect, it } from 'vitest';
import type { BasemapLabel } from './basemap-style';
import { FIRST_LABEL_LAYER, LABEL_FONT, labelData, labelFilter, labelLayers } from './labels';

const label = (
  name: string,
  kind: BasemapLabel['kind'],
  country: BasemapLabel['country'],
  position: [number, number],
  rank = 1,
): BasemapLabel => ({ name, kind, country, rank, position });
const labels = [
  label('El Paso', 'city', 'US', [-106.44, 31.76]),
  label('Ciudad Juárez', 'city', 'MX', [-106.42, 31.69]),
  label('Nuevo León', 'mx-state', 'MX', [-99.9, 25.6], 2),
];

describe('basemap labels for MapLibre', () => {
  it('names U.S. cities above their dot, Mexican ones below, states in capitals', () => {
    const fs = labelData(labels).features.map((f) => f.properties);
    expect(fs.map((p) => [p.text, p.anchor, p.city])).toEqual([
      ['El Paso', 'bottom', true],
      ['Ciudad Juárez', 'top', true],
      ['NUEVO LEÓN', 'center', false],
    ]);
    expect(fs.every((p) => p.minZoom >= 0)).toBe(true);
  });

  it('names a U.S. state in Spanish on the Spanish map, and places the longer name anew', () => {
    const nm: BasemapLabel = {
      ...label('New Mexico', 'us-state', 'US', [-106.1, 34.4]),
      name_es: 'Nuevo México',
    };
    const tx = label('Texas', 'us-state', 'US', [-104.6, 34.4]);
    const en = labelData([nm, tx]).features.map((f) => f.properties);
    const es = labelData([nm, tx], 1, 'es').features.map((f) => f.properties);
    expect(en.map((p) => p.text)).toEqual(['NEW MEXICO', 'TEXAS']);
    expect(es.map((p) => p.text)).toEqual(['NUEVO MÉXICO', 'TEXAS']);
    // Mexican places keep their one name in both languages.
    expect(labelData(labels, 1, 'es').features.map((f) => f.properties.text)).toEqual(
      labelData(labels).features.map((f) => f.properties.text),
    );
    // The longer Spanish name needs as much zoom or more before both fit.
    expect(es[1]!.minZoom).toBeGreaterThanOrEqual(en[1]!.minZoom);
  });

  it('scales the text for a briefing, and larger labels need more zoom to fit', () => {
    const big = labelData(labels, 2.5).features.map((f) => f.properties);
    const small = labelData(labels).features.map((f) => f.properties);
    expect(big[0]!.size).toBe(small[0]!.size * 2.5);
    big.forEach((p, i) => expect(p.minZoom).toBeGreaterThanOrEqual(small[i]!.minZoom));
  });

  it('shows a label from its zoom on, in the shipped font, always drawn once placed', () => {
    const [dots, text] = labelLayers(5);
    expect(dots.id).toBe(FIRST_LABEL_LAYER);
    expect(text.layout!['text-font']).toEqual([LABEL_FONT]);
    expect(text.layout!['text-allow-overlap']).toBe(true);
    expect(text.filter).toEqual(labelFilter(5));
    expect(labelFilter(5)).toEqual(['<=', ['get', 'minZoom'], 5.01]);
  });
});
