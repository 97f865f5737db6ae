// The point "who covers here" asks about, as the URL writes it (kept apart from cover.ts so the
// URL code does not load the geometry library).
/**
 * `cover=<lon>,<lat>` in the URL: any point in the map's range (one in neither country is
 * answered as such); written with four decimals, about 10 m.
 */
export function parseAt(value: string): [number, number] | null {
  const parts = value.split(',').map(Number);
  if (parts.length !== 2 || !parts.every(Number.isFinite)) return null;
  const [lon, lat] = parts as [number, number];
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 85 ? [lon, lat] : null;
}
export const atParam = ([lon, lat]: [number, number]) => `${lon.toFixed(4)},${lat.toFixed(4)}`;

/** The first agency's layer: loading it loads the one areas-of-responsibility file. */
export const AOR_DATA = 'aor-usbp';
