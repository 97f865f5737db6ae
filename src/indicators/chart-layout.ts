// Where an indicator chart puts its bars and labels, in the SVG's units (300 wide). In the
// explorer the text is small and the chart short; on the briefing stage the text is set so it
// reads at the stage's size, and the chart grows to keep bars and labels apart.

export interface ChartLayout {
  /** Room left of x = 0 for the first slanted period label. */
  left: number;
  /** Top of the tallest bar (the maximum's label sits above it). */
  top: number;
  /** Height of the bar area. */
  plot: number;
  /** Bottom of the bars: top + plot. */
  base: number;
  /** Whole height of the SVG. */
  height: number;
  /** Baseline of the maximum's label. */
  maxY: number;
  /** Baseline of the first and last year labels. */
  yearY: number;
  /** Where period labels hang from, and their slant in degrees. */
  periodY: number;
  angle: number;
  /** Period labels longer than this are cut with "…". */
  maxChars: number;
}

/** The charts' width in SVG units (the viewBox is `left` wider for period charts). */
export const CHART_WIDTH = 300;
const STAGE_ANGLE = -60;
const STAGE_MAX_CHARS = 12;
/** A label is about this many text sizes wide per character. */
const CHAR_WIDTH = 0.55;
const rad = (deg: number) => (Math.abs(deg) * Math.PI) / 180;

/**
 * The text size in SVG units that renders at `px` when the chart is `width` px wide. The viewBox
 * is CHART_WIDTH + left wide and, for periods, left grows with the text: solved for both.
 */
export function stageUnits(px: number, width: number, periods: boolean): number {
  const leftPerUnit = periods ? STAGE_MAX_CHARS * CHAR_WIDTH * Math.cos(rad(STAGE_ANGLE)) : 0;
  return (px * CHART_WIDTH) / (width - px * leftPerUnit);
}

/** `text` is the stage's text size in SVG units, or null for the explorer's chart. */
export function chartLayout(periods: boolean, text: number | null): ChartLayout {
  if (text === null) {
    return {
      left: periods ? 34 : 0,
      top: 10,
      plot: 66,
      base: 76,
      height: periods ? 130 : 96,
      maxY: 9,
      yearY: 90,
      periodY: 86,
      angle: -35,
      maxChars: 16,
    };
  }
  // Steeper on the stage: at -60° neighbouring labels of large text do not touch.
  const angle = STAGE_ANGLE;
  const maxChars = STAGE_MAX_CHARS;
  const top = text + 6;
  // Taller than the explorer's: the stage card has the height, and bars read from afar.
  const plot = 200;
  const base = top + plot;
  const labelLength = maxChars * CHAR_WIDTH * text;
  const drop = labelLength * Math.sin(rad(angle));
  return {
    left: periods ? labelLength * Math.cos(rad(angle)) : 0,
    top,
    plot,
    base,
    height: periods ? Math.ceil(base + 10 + drop + 6) : base + text + 11,
    maxY: top - 1,
    yearY: base + text + 5,
    periodY: base + 10,
    angle,
    maxChars,
  };
}
