// Colour-blind-safe palettes: ColorBrewer sequential schemes (via d3-scale-chromatic) for
// choropleths, and the Okabe–Ito qualitative palette for categories.
import { schemeOrRd, schemePuBu, schemeYlGnBu } from 'd3-scale-chromatic';

export type RGB = [number, number, number];

export function rgb(hex: string): RGB {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const css = ([r, g, b]: RGB) => `rgb(${r}, ${g}, ${b})`;

/** Sequential ramps with `n` classes (3–9). */
export const SEQUENTIAL = {
  orangeRed: (n: number) => schemeOrRd[n]!.map(rgb),
  purpleBlue: (n: number) => schemePuBu[n]!.map(rgb),
  yellowGreenBlue: (n: number) => schemeYlGnBu[n]!.map(rgb),
};

/** Okabe & Ito (2008), distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  orange: rgb('#E69F00'),
  skyBlue: rgb('#56B4E9'),
  green: rgb('#009E73'),
  yellow: rgb('#F0E442'),
  blue: rgb('#0072B2'),
  vermillion: rgb('#D55E00'),
  purple: rgb('#CC79A7'),
  black: rgb('#000000'),
  grey: rgb('#999999'),
} as const;

/** Drawn for "no data": a neutral grey, never a colour of the scale. */
export const NO_DATA: RGB = [205, 205, 205];
