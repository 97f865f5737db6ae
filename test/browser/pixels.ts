import { PNG } from 'pngjs';

export type RGB = [number, number, number];

export function hex(c: string): RGB {
  const n = parseInt(c.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function decode(png: Buffer): PNG {
  return PNG.sync.read(png);
}

/** Pixels in the square of side 2·half around (x, y), as RGB triples. */
export function box(img: PNG, x: number, y: number, half: number): RGB[] {
  const out: RGB[] = [];
  for (let j = Math.max(0, Math.round(y - half)); j < Math.min(img.height, y + half); j++) {
    for (let i = Math.max(0, Math.round(x - half)); i < Math.min(img.width, x + half); i++) {
      const k = (j * img.width + i) * 4;
      out.push([img.data[k]!, img.data[k + 1]!, img.data[k + 2]!]);
    }
  }
  return out;
}

export const near = (a: RGB, b: RGB, tol = 6) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

export function share(px: RGB[], pred: (p: RGB) => boolean): number {
  return px.filter(pred).length / Math.max(1, px.length);
}

/** How many pixels differ (by more than `tol` in any channel) between two images, within a box. */
export function diffCount(
  a: PNG,
  b: PNG,
  box: { x0: number; y0: number; x1: number; y1: number },
  tol = 8,
): number {
  let n = 0;
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(a.width, Math.ceil(box.x1));
  const y1 = Math.min(a.height, Math.ceil(box.y1));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const k = (y * a.width + x) * 4;
      if (
        Math.abs(a.data[k]! - b.data[k]!) > tol ||
        Math.abs(a.data[k + 1]! - b.data[k + 1]!) > tol ||
        Math.abs(a.data[k + 2]! - b.data[k + 2]!) > tol
      )
        n++;
    }
  }
  return n;
}

/** The most common colour in a box: the fill under labels and borders. */
export function modeColor(img: PNG, x: number, y: number, half: number): RGB {
  const counts = new Map<string, number>();
  for (const p of box(img, x, y, half)) counts.set(p.join(','), (counts.get(p.join(',')) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return best.split(',').map(Number) as RGB;
}
