// Median, min and max of repeated measurements: the form every benchmark figure takes.
export interface Stat {
  median: number;
  min: number;
  max: number;
}

export function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s.at(-1)! };
}

export const fmt = (s: Stat, unit = 'ms', digits = 0): string =>
  `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

export async function times(n: number, f: () => Promise<number> | number): Promise<Stat> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(await f());
  return stat(xs);
}
