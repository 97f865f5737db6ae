// What a newsroom's editor adds to an embed: their own headline, description, notes, byline and
// credit line (plain text, never HTML), the theme, and which controls the reader gets. Pure: the
// URL code reads and writes these, the embed shows them.

/** Each text field and its length limit in characters (a headline, not an article). */
export const TEXT_LIMITS = { title: 120, desc: 300, notes: 800, byline: 120, credit: 200 } as const;
export type TextField = keyof typeof TEXT_LIMITS;
export const TEXT_FIELDS = Object.keys(TEXT_LIMITS) as TextField[];
export type Editorial = Partial<Record<TextField, string>>;

/** Fields that keep line breaks (paragraphs); the others are one line. */
const MULTILINE: readonly TextField[] = ['desc', 'notes'];

/**
 * Plain text as the editor wrote it, made safe to carry and show: control characters out (line
 * breaks kept where paragraphs make sense), spaces tidied, cut at the limit. Null when nothing
 * is left. Markup stays text: it is shown as written, never parsed.
 */
export function cleanText(field: TextField, value: string): string | null {
  const lines = MULTILINE.includes(field) ? value.split(/\r\n|\r|\n/) : [value];
  const text = lines
    .map((l) =>
      l
        .replace(/\p{Cc}|\p{Cf}/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  if (!text) return null;
  // Cut on a code point, never inside a surrogate pair.
  return [...text].slice(0, TEXT_LIMITS[field]).join('').trim();
}

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The controls an embed can offer: the year slider, the layer toggles, the legend. */
export const CONTROLS = ['year', 'layers', 'legend'] as const;
export type Control = (typeof CONTROLS)[number];
export const DEFAULT_CONTROLS: readonly Control[] = ['year', 'legend'];

/** `controls=year,legend` (empty: none). Unknown names are dropped and reported. */
export function parseControls(value: string): { controls: Control[]; unknown: string[] } {
  const names = value === '' ? [] : value.split(',');
  return {
    controls: CONTROLS.filter((c) => names.includes(c)),
    unknown: names.filter((n) => !(CONTROLS as readonly string[]).includes(n)),
  };
}

export const sameControls = (a: readonly Control[], b: readonly Control[]) =>
  CONTROLS.every((c) => a.includes(c) === b.includes(c));
