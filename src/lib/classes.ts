// Class breaks for choropleths and graduated symbols. Breaks are computed once per metric over
// all years, so a colour means the same value in every year and the legend never jumps.

/** Rounds to two significant digits (1234 → 1200, 0.0456 → 0.046): breaks people can read. */
export function nice(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

/**
 * `classes - 1` ascending thresholds at the quantiles of the finite values, rounded with nice()
 * and de-duplicated (so fewer classes come back when the data is lumpy).
 */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0 || classes < 2) return [];
  const out: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = v[Math.min(v.length - 1, Math.floor((i / classes) * v.length))]!;
    const b = nice(q);
    if (b > (out.at(-1) ?? -Infinity) && b > v[0]!) out.push(b);
  }
  return out;
}

/** Index of the class a value falls in: 0 below the first break … breaks.length at or above the last. */
export function classIndex(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i++;
  return i;
}
