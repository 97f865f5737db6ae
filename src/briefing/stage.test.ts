import { describe, expect, it } from 'vitest';
import { SMALLEST_LABEL } from '../map/labels';
import { labelScale, STAGE, stageFactor, stageText, symbolScale } from './stage';

describe('the stage', () => {
  it('is designed at 1920×1080 and scales with the smaller side of the window', () => {
    expect(stageFactor(1920, 1080)).toBe(1);
    expect(stageFactor(1280, 720)).toBeCloseTo(2 / 3);
    // A wide, short window is limited by its height.
    expect(stageFactor(2560, 1080)).toBe(1);
  });

  it('makes the smallest map label the stage minimum at 1920×1080, never smaller than the map’s', () => {
    expect(SMALLEST_LABEL * labelScale(1920, 1080)).toBe(STAGE.minText);
    expect(SMALLEST_LABEL * labelScale(1280, 720)).toBeCloseTo(16);
    expect(labelScale(400, 300)).toBe(1);
  });

  it('sets the smallest text: 24 px at 1920×1080, 16 px at 1280×720', () => {
    expect(stageText(1920, 1080)).toBe(24);
    expect(stageText(1280, 720)).toBe(16);
  });

  it('grows map symbols on the stage by less than the text, and never shrinks them', () => {
    expect(symbolScale(1920, 1080)).toBe(1.75);
    expect(symbolScale(1280, 720)).toBeCloseTo(1.75 * (2 / 3));
    expect(symbolScale(1920, 1080)).toBeLessThan(labelScale(1920, 1080));
    expect(symbolScale(640, 360)).toBe(1);
  });
});
