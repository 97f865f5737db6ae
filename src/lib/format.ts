// Numbers and years for display, through Intl so each language gets its own separators.
export type Lang = 'en' | 'es';

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };
const locale = (lang: Lang) => LOCALES[lang];

export function formatNumber(v: number | null | undefined, lang: Lang, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(locale(lang), {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(v);
}

/** Compact form for legends and axes: 12,300 → 12.3K (en) / 12.3 k (es-MX). */
export function formatCompact(v: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(v);
}
