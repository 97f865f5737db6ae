// Compare two years: the change of a metric between a base year and the shown year, coloured on
// a diverging, colour-blind-safe scale (ColorBrewer PuOr: purple falls, orange rises). A change
// is drawn only between two whole years with a value in both; a partial or missing year makes
// the layer say why instead of drawing a misleading change.
import { schemePuOr } from 'd3-scale-chromatic';
import type { LayerEntry } from '../data/manifest';
import { t, type Text } from '../i18n/strings';
import { rgb, type RGB } from '../lib/colors';
import { formatNumber, type Lang } from '../lib/format';
import type { LegendEntry } from './types';

/** Class limits of the percentage change: 7 classes, the middle one "about the same". */
export const CHANGE_BREAKS = [-50, -25, -10, 10, 25, 50];
/** Falls in purple, rises in orange (d3's PuOr runs from purple to orange). */
export const CHANGE_COLORS: RGB[] = schemePuOr[7]!.map(rgb);

export interface Change {
  from: number;
  to: number;
  abs: number;
  /** Null when the base is zero (a change from nothing has no percentage). */
  pct: number | null;
}

export function change(from: number | null, to: number | null): Change | null {
  if (from === null || to === null) return null;
  return {
    from,
    to,
    abs: to - from,
    pct: from === 0 ? null : ((to - from) / Math.abs(from)) * 100,
  };
}

/**
 * The class of a percentage change. A limit belongs to the outer class on both sides, as the
 * legend says: −50 % is "−50 % or less", +10 % a rise, −10 % a fall.
 */
export function changeClass(pct: number): number {
  const mid = CHANGE_BREAKS.length / 2;
  if (pct < 0) {
    let i = mid;
    while (i > 0 && pct <= CHANGE_BREAKS[i - 1]!) i--;
    return i;
  }
  let i = mid;
  while (i < CHANGE_BREAKS.length && pct >= CHANGE_BREAKS[i]!) i++;
  return i;
}

export const changeColor = (c: Change | null): RGB | null =>
  c === null || c.pct === null ? null : CHANGE_COLORS[changeClass(c.pct)]!;

const TEXT = {
  partial: {
    en: 'No change drawn: {year} is a partial year ({note}).',
    es: 'No se dibuja el cambio: {year} es un año parcial ({note}).',
  },
  missing: {
    en: 'No change drawn: this layer has no data for {year}.',
    es: 'No se dibuja el cambio: esta capa no tiene datos de {year}.',
  },
  same: {
    en: 'Choose two different years to compare.',
    es: 'Elija dos años distintos para comparar.',
  },
  title: { en: 'Change in {metric}, {from} → {to}', es: 'Cambio en {metric}, {from} → {to}' },
  about: { en: 'about the same (under ±10 %)', es: 'casi igual (menos de ±10 %)' },
  below: { en: '{v} % or less', es: '{v} % o menos' },
  above: { en: '+{v} % or more', es: '+{v} % o más' },
  sizes: {
    en: 'Circle size: the larger of the two years.',
    es: 'Tamaño del círculo: el mayor de los dos años.',
  },
  none: {
    en: 'no value in one of the years, or 0 in {from}',
    es: 'sin valor en uno de los años, o 0 en {from}',
  },
} satisfies Record<string, Text>;

/** Why a layer cannot show the change between two years, or null when it can. */
export function notComparable(
  meta: Pick<LayerEntry, 'years' | 'partialYears'>,
  from: number,
  to: number,
  lang: Lang,
): string | null {
  if (from === to) return t(lang, TEXT.same);
  for (const y of [from, to]) {
    const p = meta.partialYears.find((x) => x.year === y);
    if (p) return t(lang, TEXT.partial, { year: y, note: t(lang, { en: p.note, es: p.noteEs }) });
    if (!meta.years.includes(y)) return t(lang, TEXT.missing, { year: y });
  }
  return null;
}

export const changeSizeNote = (lang: Lang) => t(lang, TEXT.sizes);

export const changeTitle = (metric: string, from: number, to: number, lang: Lang) =>
  t(lang, TEXT.title, { metric, from, to });

/** "+1,234 (+12.3 %)", "−56 (−4 %)", "+3 (from 0)". */
export function formatChange(c: Change | null, lang: Lang, digits = 0): string {
  if (c === null) return '—';
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');
  const abs = `${sign(c.abs)}${formatNumber(Math.abs(c.abs), lang, digits)}`;
  const pct = c.pct === null ? '—' : `${sign(c.pct)}${formatNumber(Math.abs(c.pct), lang, 1)} %`;
  return `${abs} (${pct})`;
}

/** The legend of a change map: the seven classes, then "no value". */
export function changeLegend(from: number, lang: Lang, noData: RGB): LegendEntry[] {
  const labels = [
    t(lang, TEXT.below, { v: `−${Math.abs(CHANGE_BREAKS[0]!)}` }),
    `−${Math.abs(CHANGE_BREAKS[0]!)} … −${Math.abs(CHANGE_BREAKS[1]!)} %`,
    `−${Math.abs(CHANGE_BREAKS[1]!)} … −${Math.abs(CHANGE_BREAKS[2]!)} %`,
    t(lang, TEXT.about),
    `+${CHANGE_BREAKS[3]} … +${CHANGE_BREAKS[4]} %`,
    `+${CHANGE_BREAKS[4]} … +${CHANGE_BREAKS[5]} %`,
    t(lang, TEXT.above, { v: CHANGE_BREAKS[5]! }),
  ];
  return [
    ...labels.map((label, i) => ({ color: CHANGE_COLORS[i]!, label, shape: 'fill' as const })),
    // The map fills these in plain grey (NO_DATA), so the swatch is a plain grey fill too.
    { color: noData, label: t(lang, TEXT.none, { from }), shape: 'fill' as const },
  ];
}
