// Figures that lost source rows, as the manifest records them (pipeline: scripts/lib/losses.ts).
// Wherever a number is shown — tooltip, details, table, legend, download, briefing, indicators —
// it asks here whether the number is incomplete and says so in the reader's language.
import { t } from '../i18n/strings';
import type { Lang } from '../lib/format';
import type { LayerEntry } from './manifest';

type Loss = LayerEntry['incomplete'][number];

/** The feature's key value as the manifest's losses name it (null when the layer has no key). */
export function featureKey(entry: LayerEntry, properties: Record<string, unknown>): string | null {
  return entry.key === null ? null : String(properties[entry.key]);
}

const inYear = (l: Loss, year: number | null) =>
  year === null || l.year === null || l.year === year;

/** The year a layer's figures are read for: the selected one, or null for a layer without years. */
export const yearOf = (entry: LayerEntry, year: number): number | null =>
  entry.years.length ? year : null;

/**
 * Source rows lost that touch one feature's figures in `year` (null: any year): `own`, rows
 * attributed to that feature; `layer`, rows the layer lost that could have been anyone's.
 */
export function lostFor(
  entry: LayerEntry,
  key: string | null,
  year: number | null,
): { own: number; layer: number } {
  let own = 0;
  let layer = 0;
  for (const l of entry.incomplete) {
    if (!inYear(l, year)) continue;
    if (l.feature === null) layer += l.rows;
    else if (l.feature === key) own += l.rows;
  }
  return { own, layer };
}

/** Rows lost by the layer as a whole in `year`, and how many features lost rows of their own. */
export function layerLost(
  entry: LayerEntry,
  year: number | null,
): { rows: number; features: number } {
  const features = new Set<string>();
  let rows = 0;
  for (const l of entry.incomplete) {
    if (!inYear(l, year)) continue;
    if (l.feature === null) rows += l.rows;
    else features.add(l.feature);
  }
  return { rows, features: features.size };
}

/** Reader-facing notes for a feature's figures: its own loss, then the layer's. */
export function featureNotes(
  entry: LayerEntry,
  key: string | null,
  year: number | null,
  lang: Lang,
  withLayer: boolean,
): string[] {
  const { own, layer } = lostFor(entry, key, year);
  return [
    ...(own ? [t(lang, 'incompleteFeature', { n: own })] : []),
    ...(withLayer && layer ? [t(lang, 'incompleteLayer', { n: layer })] : []),
  ];
}

/** The layer's note for a year (legend, table, briefing), or null when nothing was lost. */
export function layerNote(entry: LayerEntry, year: number | null, lang: Lang): string | null {
  const { rows, features } = layerLost(entry, year);
  if (!rows && !features) return null;
  return [
    rows ? t(lang, 'incompleteLayer', { n: rows }) : '',
    features ? t(lang, 'incompleteFeatures', { n: features }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * For downloads: one text per feature naming every year whose figures lost rows, in English
 * like the field descriptions ("2021: 1 source row rejected for this feature; all years: 2 rows
 * lost by the layer").
 */
export function downloadNote(entry: LayerEntry, key: string | null): string {
  const parts: string[] = [];
  for (const l of entry.incomplete) {
    if (l.feature !== null && l.feature !== key) continue;
    const when = l.year === null ? 'all years' : String(l.year);
    const who = l.feature === null ? 'lost by the layer' : 'rejected for this feature';
    parts.push(`${when}: ${l.rows} source row${l.rows === 1 ? '' : 's'} ${who} (${l.source})`);
  }
  return parts.join('; ');
}
