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
