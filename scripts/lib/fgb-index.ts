// The packed Hilbert R-tree FlatGeobuf puts between header and features, so GIS tools (GDAL,
// QGIS, flatgeobuf's own bbox reads) can read one area of a layer without scanning it all.
// flatgeobuf's JavaScript writer cannot write one; the layout follows the FlatGeobuf spec.
import {
  NODE_ITEM_BYTE_LEN,
  calcTreeSize,
  generateLevelBounds,
} from 'flatgeobuf/lib/mjs/packedrtree.js';

export type Box = [minX: number, minY: number, maxX: number, maxY: number];

const HILBERT_MAX = (1 << 16) - 1;

/** Position of (x, y) on a Hilbert curve over a 2^16 grid: nearby boxes get nearby values. */
export function hilbert(x: number, y: number): number {
  let d = 0;
  for (let s = 1 << 15; s > 0; s >>>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = HILBERT_MAX - x;
        y = HILBERT_MAX - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}

/** Order of the items along the Hilbert curve of their box centres (stable for equal values). */
export function hilbertOrder(boxes: readonly Box[]): number[] {
  const ext: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    ext[0] = Math.min(ext[0], b[0]);
    ext[1] = Math.min(ext[1], b[1]);
    ext[2] = Math.max(ext[2], b[2]);
    ext[3] = Math.max(ext[3], b[3]);
  }
  const w = ext[2] - ext[0] || 1;
  const h = ext[3] - ext[1] || 1;
  const value = boxes.map((b) =>
    hilbert(
      Math.floor((HILBERT_MAX * ((b[0] + b[2]) / 2 - ext[0])) / w),
      Math.floor((HILBERT_MAX * ((b[1] + b[3]) / 2 - ext[1])) / h),
    ),
  );
  return boxes.map((_, i) => i).sort((a, b) => value[a]! - value[b]! || a - b);
}

/**
 * The tree's bytes for items already in Hilbert order: `offsets` are each feature's byte offset
 * from the start of the feature data. Leaves are the last level; a parent's offset is the index
 * of its first child node.
 */
export function packedTree(
  boxes: readonly Box[],
  offsets: readonly number[],
  nodeSize: number,
): Uint8Array {
  const bounds = generateLevelBounds(boxes.length, nodeSize);
  const size = calcTreeSize(boxes.length, nodeSize);
  const nodes = size / NODE_ITEM_BYTE_LEN;
  const box = new Float64Array(nodes * 4);
  const off = new Array<number>(nodes).fill(0);
  const leaf0 = bounds[0]![0];
  boxes.forEach((b, i) => {
    box.set(b, (leaf0 + i) * 4);
    off[leaf0 + i] = offsets[i]!;
  });
  for (let level = 0; level < bounds.length - 1; level++) {
    let pos = bounds[level]![0];
    const end = bounds[level]![1];
    let parent = bounds[level + 1]![0];
    while (pos < end) {
      const p = parent * 4;
      box.set([Infinity, Infinity, -Infinity, -Infinity], p);
      off[parent] = pos;
      for (let j = 0; j < nodeSize && pos < end; j++, pos++) {
        const c = pos * 4;
        box[p] = Math.min(box[p]!, box[c]!);
        box[p + 1] = Math.min(box[p + 1]!, box[c + 1]!);
        box[p + 2] = Math.max(box[p + 2]!, box[c + 2]!);
        box[p + 3] = Math.max(box[p + 3]!, box[c + 3]!);
      }
      parent++;
    }
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  for (let n = 0; n < nodes; n++) {
    for (let k = 0; k < 4; k++)
      view.setFloat64(n * NODE_ITEM_BYTE_LEN + k * 8, box[n * 4 + k]!, true);
    view.setBigUint64(n * NODE_ITEM_BYTE_LEN + 32, BigInt(off[n]!), true);
  }
  return out;
}
