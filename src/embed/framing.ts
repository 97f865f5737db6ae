// Framing an embed by an area, not a centre and zoom: the map's height follows the area's shape
// (in the map's Web Mercator projection), so the same area fills the frame at any width.

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Height ÷ width of the area as the map draws it. */
export function mercatorAspect([w, s, e, n]: [number, number, number, number]): number {
  return (mercY(n) - mercY(s)) / (((e - w) * Math.PI) / 180);
}
