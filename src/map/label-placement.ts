// Label placement, computed once when the basemap loads: for each label, the lowest zoom at which
// it fits without overlapping a more important one. The map then shows labels with a GPU filter
// on that zoom (DataFilterExtension), so nothing is recomputed while the map moves.
import type { BasemapLabel } from './basemap-style';

/** Zoom levels tried, in half steps; a label that never fits gets MAX_ZOOM (shown at the end). */
export const PLACEMENT_ZOOMS = Array.from({ length: 17 }, (_, i) => 2 + i / 2);
export const MAX_ZOOM = 24;

export interface LabelMetrics {
  /** Font size in px. */
  size: number;
  /** Box relative to the anchor point, in px: [left, top, right, bottom]. */
  box(label: BasemapLabel): [number, number, number, number];
}

/** Web Mercator pixel position at zoom z with MapLibre's 512 px tiles. */
export function mercatorPx([lon, lat]: [number, number], z: number): [number, number] {
  const scale = 512 * 2 ** z;
  const phi = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * scale,
    ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * scale,
  ];
}

/** Importance order: lower rank first; at equal rank, cities before states (they are rarer). */
export function byImportance(a: BasemapLabel, b: BasemapLabel): number {
  return (
    a.rank - b.rank ||
    Number(a.kind !== 'city') - Number(b.kind !== 'city') ||
    a.name.localeCompare(b.name)
  );
}

/** Returns, for each label (same order as given), the lowest zoom at which it is shown. */
export function placeLabels(labels: BasemapLabel[], metrics: LabelMetrics['box']): number[] {
  const order = labels.map((_, i) => i).sort((i, j) => byImportance(labels[i]!, labels[j]!));
  const minZoom = labels.map(() => MAX_ZOOM);
  for (const z of PLACEMENT_ZOOMS) {
    const placed: [number, number, number, number][] = [];
    // Labels already shown go first: they never overlap each other (distances only grow with z),
    // so they stay shown and newcomers fit around them.
    const shownFirst = [
      ...order.filter((i) => minZoom[i]! < z),
      ...order.filter((i) => minZoom[i]! >= z),
    ];
    for (const i of shownFirst) {
      const l = labels[i]!;
      const [x, y] = mercatorPx(l.position, z);
      const [a, b, c, d] = metrics(l);
      const box: [number, number, number, number] = [x + a, y + b, x + c, y + d];
      if (placed.every((p) => box[2] < p[0] || box[0] > p[2] || box[3] < p[1] || box[1] > p[3])) {
        placed.push(box);
        minZoom[i] = Math.min(minZoom[i]!, z);
      }
    }
  }
  return minZoom;
}
