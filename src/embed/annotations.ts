// An editor's annotations: a short text pinned to a place, in English and/or Spanish, with an
// optional leader line (the label sits dx, dy px from the place). In the URL, one `ann` per
// annotation: `ann=<lon>,<lat>,<dx>,<dy>,<English>|<Spanish>`. Pure: parsing, writing, and
// which labels fit on the map without covering each other.
import { orOther } from '../i18n/strings';
import type { Lang } from '../lib/format';
import { cleanText } from './editorial';

export interface Annotation {
  lon: number;
  lat: number;
  /** Where the label sits from the place, in px (0, 0: on the place, no leader line). */
  dx: number;
  dy: number;
  en: string;
  es: string;
}

export const MAX_ANNOTATIONS = 12;
const TEXT_LIMIT = 80;

const text = (s: string) => (cleanText('byline', s.replace(/\|/g, ' ')) ?? '').slice(0, TEXT_LIMIT);

/** One `ann` value, or null (with why) when it is not an annotation. */
export function parseAnnotation(value: string): Annotation | string {
  const parts = value.split(',');
  if (parts.length < 5) return 'expected lon,lat,dx,dy,text';
  const [lon, lat, dx, dy] = parts.slice(0, 4).map(Number) as [number, number, number, number];
  if (![lon, lat, dx, dy].every(Number.isFinite)) return 'not numbers';
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85) return 'not a place on the map';
  if (Math.abs(dx) > 400 || Math.abs(dy) > 400) return 'label too far from its place';
  const [en = '', es = ''] = parts.slice(4).join(',').split('|');
  const a = { lon, lat, dx: Math.round(dx), dy: Math.round(dy), en: text(en), es: text(es) };
  return a.en || a.es ? a : 'no text';
}

export const annotationParam = (a: Annotation) =>
  `${a.lon.toFixed(4)},${a.lat.toFixed(4)},${a.dx},${a.dy},${a.en}${a.es ? `|${a.es}` : ''}`;

/** The text in the reader's language, or the other one when the editor wrote only that. */
export const annotationText = (a: Annotation, lang: Lang) =>
  orOther(lang, { en: a.en, es: a.es }).text;

export interface Placed {
  index: number;
  /** The place and the label's box on screen, px. */
  at: [number, number];
  box: { x: number; y: number; w: number; h: number };
  shown: boolean;
}

/**
 * Which labels can be shown: in order, a label goes where the editor put it, or mirrored to the
 * other side of its place when that does not fit (a place near the top edge gets its label
 * below), if its box lies inside the map and covers no label shown before it; the others are
 * hidden (and the embed says how many).
 */
export function placeLabels(
  items: { at: [number, number]; dx: number; dy: number; w: number; h: number }[],
  width: number,
  height: number,
): Placed[] {
  const shown: Placed['box'][] = [];
  const fits = (box: Placed['box'], at: [number, number]) =>
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.w <= width &&
    box.y + box.h <= height &&
    at[0] >= 0 &&
    at[1] >= 0 &&
    at[0] <= width &&
    at[1] <= height &&
    shown.every(
      (b) =>
        box.x + box.w <= b.x || b.x + b.w <= box.x || box.y + box.h <= b.y || b.y + b.h <= box.y,
    );
  return items.map((it, index) => {
    const boxAt = (dx: number, dy: number) => ({
      x: it.at[0] + dx - it.w / 2,
      y: it.at[1] + dy - it.h / 2,
      w: it.w,
      h: it.h,
    });
    const box = [boxAt(it.dx, it.dy), boxAt(-it.dx, -it.dy)].find((b) => fits(b, it.at));
    if (box) shown.push(box);
    return { index, at: it.at, box: box ?? boxAt(it.dx, it.dy), shown: box !== undefined };
  });
}
