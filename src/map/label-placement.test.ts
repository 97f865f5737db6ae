import { describe, expect, it } from 'vitest';
import type { BasemapLabel } from './basemap-style';
import { MAX_ZOOM, PLACEMENT_ZOOMS, mercatorPx, placeLabels } from './label-placement';

const label = (
  name: string,
  lon: number,
  lat: number,
  rank = 1,
  kind: BasemapLabel['kind'] = 'city',
): BasemapLabel => ({
  name,
  kind,
  rank,
  country: 'MX',
  position: [lon, lat],
});
// 10 px per character, 12 px high, centred.
const box = (l: BasemapLabel): [number, number, number, number] => [
  -5 * l.name.length,
  -6,
  5 * l.name.length,
  6,
];

describe('mercatorPx', () => {
  it('puts 0,0 at the centre of the world and doubles with each zoom', () => {
    expect(mercatorPx([0, 0], 0)).toEqual([256, 256]);
    const [x1] = mercatorPx([10, 0], 1);
    const [x2] = mercatorPx([10, 0], 2);
    expect(x2 - 1024).toBeCloseTo(2 * (x1 - 512));
  });
});

describe('placeLabels', () => {
  it('shows far-apart labels from the lowest zoom', () => {
    expect(
      placeLabels([label('Tijuana', -117, 32.5), label('Matamoros', -97.5, 25.9)], box),
    ).toEqual([2, 2]);
  });

  it('delays the less important of two overlapping labels until they separate', () => {
    const [ep, cj] = placeLabels(
      [label('El Paso', -106.49, 31.76, 2), label('Ciudad Juárez', -106.45, 31.69, 1)],
      box,
    );
    expect(cj).toBe(2);
    expect(ep).toBeGreaterThan(2);
    expect(ep).toBeLessThan(MAX_ZOOM);
  });

  it('never shows two overlapping labels, and never hides a label once shown', () => {
    // A crowded line of labels with mixed importance.
    const labels = Array.from({ length: 30 }, (_, i) =>
      label(`Place ${i}`, -105 + i * 0.4, 30 + (i % 3) * 0.2, 1 + (i % 3)),
    );
    const z = placeLabels(labels, box);
    for (const zoom of PLACEMENT_ZOOMS) {
      const shown = labels
        .filter((_, i) => z[i]! <= zoom)
        .map((l): [number, number, number, number] => {
          const [x, y] = mercatorPx(l.position, zoom);
          const [a, b, c, d] = box(l);
          return [x + a, y + b, x + c, y + d];
        });
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++) {
          const p = shown[i]!;
          const q = shown[j]!;
          expect(
            p[2] < q[0] || p[0] > q[2] || p[3] < q[1] || p[1] > q[3],
            `zoom ${zoom}: ${i} and ${j} overlap`,
          ).toBe(true);
        }
    }
    expect(z.filter((v) => v === 2).length).toBeGreaterThan(0);
    expect(z.filter((v) => v > 2).length).toBeGreaterThan(0);
  });
});
