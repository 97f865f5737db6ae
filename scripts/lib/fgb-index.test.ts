import type { Feature, Point } from 'geojson';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { describe, expect, it, vi } from 'vitest';
import { hilbert, hilbertOrder } from './fgb-index';
import { toFlatGeobuf } from './fgb';

/** 700 points on a jittered grid over the border region, each with its own id. */
const points: Feature<Point, Record<string, unknown>>[] = Array.from({ length: 700 }, (_, i) => ({
  type: 'Feature',
  geometry: {
    type: 'Point',
    coordinates: [-118 + (i % 35) * 0.7 + (i % 7) * 0.01, 20 + Math.floor(i / 35) * 0.6],
  },
  properties: { id: i },
}));
const write = (index: boolean) =>
  toFlatGeobuf(points, [{ name: 'id', type: 'int', description: 'id' }], 'Point', {
    name: 'pts',
    title: 'Points',
    description: 'test points',
    index,
  });

async function ids(
  bytes: Uint8Array,
  rect?: { minX: number; minY: number; maxX: number; maxY: number },
) {
  const out: number[] = [];
  // flatgeobuf's bbox search logs every step at debug level.
  const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
  for await (const f of deserialize(bytes, rect ? { rect } : undefined))
    out.push(f.properties!.id as number);
  debug.mockRestore();
  return out.sort((a, b) => a - b);
}

describe('the packed Hilbert R-tree', () => {
  it('walks a Hilbert curve: each step moves to a neighbouring cell', () => {
    // On the full 2^16 grid, the first 4^k values fill the 2^k × 2^k corner square cell by cell.
    const cells = new Map<number, [number, number]>();
    for (let x = 0; x < 8; x++) for (let y = 0; y < 8; y++) cells.set(hilbert(x, y), [x, y]);
    expect([...cells.keys()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 64 }, (_, i) => i),
    );
    for (let d = 1; d < 64; d++) {
      const [a, b] = [cells.get(d - 1)!, cells.get(d)!];
      expect(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])).toBe(1);
    }
  });

  it('orders nearby boxes together', () => {
    const order = hilbertOrder([
      [0, 0, 0, 0],
      [10, 10, 10, 10],
      [0.1, 0.1, 0.1, 0.1],
      [9.9, 9.9, 9.9, 9.9],
    ]);
    expect(Math.abs(order.indexOf(0) - order.indexOf(2))).toBe(1);
    expect(Math.abs(order.indexOf(1) - order.indexOf(3))).toBe(1);
  });

  it('answers a bbox read with exactly the features a full scan finds', async () => {
    const indexed = write(true);
    const plain = write(false);
    expect(await ids(indexed)).toEqual(await ids(plain));
    for (const rect of [
      { minX: -110, minY: 24, maxX: -105, maxY: 27 },
      { minX: -118.5, minY: 19.5, maxX: -117.9, maxY: 20.1 },
      { minX: -90, minY: 40, maxX: -80, maxY: 45 },
    ]) {
      const expected = points
        .filter(
          ({
            geometry: {
              coordinates: [x, y],
            },
          }) => x! >= rect.minX && x! <= rect.maxX && y! >= rect.minY && y! <= rect.maxY,
        )
        .map((p) => p.properties.id as number);
      expect(await ids(indexed, rect), JSON.stringify(rect)).toEqual(expected);
    }
  });

  it('names the layer and carries its title and description in the header', async () => {
    let meta:
      { title: string | null; description: string | null; indexNodeSize: number } | undefined;
    for await (const _ of deserialize(write(true), { headerMetaFn: (h) => (meta = h) })) break;
    expect(meta).toMatchObject({ title: 'Points', description: 'test points', indexNodeSize: 16 });
  });
});
