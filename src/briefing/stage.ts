// The briefing stage is designed for a projector at 1920×1080, where no text is smaller than
// 24 px (captions, legends, chart labels, map labels); a smaller screen of the same shape scales
// everything down with it, so each scene fits 1280×720 as it fits 1920×1080.
import { SMALLEST_LABEL } from '../map/labels';

export const STAGE = { width: 1920, height: 1080, minText: 24, symbolGrowth: 1.75 };

/** How much of the 1920×1080 design fits the window (1 at 1920×1080, ⅔ at 1280×720). */
export const stageFactor = (width: number, height: number) =>
  Math.min(width / STAGE.width, height / STAGE.height);

/** Basemap label multiplier: the smallest label is the stage's minimum text size, scaled. */
export const labelScale = (width: number, height: number) =>
  Math.max(1, (STAGE.minText / SMALLEST_LABEL) * stageFactor(width, height));

/**
 * Multiplier for map symbols (graduated circles): they grow with the stage, but by less than the
 * text does (×1.75 at 1920×1080, not ×2.4), since circles sized by area would cover the map.
 */
export const symbolScale = (width: number, height: number) =>
  Math.max(1, STAGE.symbolGrowth * stageFactor(width, height));

/** The stage's smallest text in px for a window: 24 at 1920×1080, 16 at 1280×720. */
export const stageText = (width: number, height: number) =>
  Math.round(STAGE.minText * stageFactor(width, height) * 10) / 10;
