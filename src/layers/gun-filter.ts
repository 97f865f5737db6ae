// Filtering the court-case firearms: by weapon class, calibre group and case, and by which
// purchase years are shown (the selected one, all, or only the firearms with no purchase year).
// The filter lives in app state and the URL; the layer always says how many firearms it shows
// and how many the filter or the year hides.
import type { LayerFeature, Props } from '../data/load';
import { t, type Text } from '../i18n/strings';
import { decodeComposition, type Part } from '../../scripts/lib/composition';
import { classOf } from './gun-classes';
import { formatNumber, type Lang } from '../lib/format';

export type YearScope = 'year' | 'all' | 'undated';

export interface GunFilter {
  weaponClass: string | null;
  calibre: string | null;
  /** The case as the data names it (`case`), matched exactly. */
  caseName: string | null;
  when: YearScope;
}

export const NO_FILTER: GunFilter = {
  weaponClass: null,
  calibre: null,
  caseName: null,
  when: 'year',
};

export const isFiltered = (f: GunFilter) =>
  f.weaponClass !== null || f.calibre !== null || f.caseName !== null;

/** A short key for caches and the ready state ("class=rifle|cal=.50|case=|when=all"). */
export const filterKey = (f: GunFilter) =>
  `class=${f.weaponClass ?? ''}|cal=${f.calibre ?? ''}|case=${f.caseName ?? ''}|when=${f.when}`;

export function matches(p: Props, f: GunFilter): boolean {
  return (
    (f.weaponClass === null || classOf(p.weapon_class).id === f.weaponClass) &&
    (f.calibre === null || p.calibre_group === f.calibre) &&
    (f.caseName === null || p.case === f.caseName)
  );
}

const cache = new WeakMap<LayerFeature[], Map<string, LayerFeature[]>>();

/** The firearms the class, calibre and case choices keep (the same array for the same filter). */
export function filtered(data: LayerFeature[], f: GunFilter): LayerFeature[] {
  if (!isFiltered(f)) return data;
  let byKey = cache.get(data);
  if (!byKey) cache.set(data, (byKey = new Map()));
  const key = filterKey({ ...f, when: 'year' });
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = data.filter((x) => matches(x.properties, f))));
  return out;
}

/** Whether a firearm of purchase year `year` (null: unknown) is shown for the selected year. */
export function inScope(year: number | null, f: GunFilter, selected: number): boolean {
  if (f.when === 'all') return true;
  if (f.when === 'undated') return year === null;
  return year === selected;
}

/** The GPU filter range for the year scope, over `year ?? -1` (deck.gl DataFilterExtension). */
export function filterRange(f: GunFilter, selected: number): [number, number] {
  if (f.when === 'all') return [-2, 9999];
  if (f.when === 'undated') return [-1.5, -0.5];
  return [selected - 0.5, selected + 0.5];
}

/**
 * Firearms as a layer counts them: their traits (weapon_class, calibre_group, case), purchase
 * year (null: unknown) and how many. A gun is one; a corridor or recovery place contributes one
 * entry per part of its composition.
 */
export interface Counted {
  traits: Props;
  year: number | null;
  n: number;
}

/** The distinct case names the firearms name, sorted (for the case list and search). */
export function caseNames(items: Counted[]): string[] {
  return [
    ...new Set(items.map((x) => x.traits.case).filter((c): c is string => typeof c === 'string')),
  ].sort((a, b) => a.localeCompare(b));
}

/** The distinct calibre groups, sorted ("unknown" included: it is a choice too). */
export const calibreGroups = (items: Counted[]): string[] =>
  [...new Set(items.map((x) => String(x.traits.calibre_group ?? 'unknown')))].sort();

const parsed = new WeakMap<Props, Part[]>();
/** A recovery place's or corridor's composition (composition.ts), read once per feature. */
export function partsOf(f: LayerFeature): Part[] {
  let parts = parsed.get(f.properties);
  if (!parts) parsed.set(f.properties, (parts = decodeComposition(f.properties.composition)));
  return parts;
}

/** Firearms of an aggregated feature that the filter keeps (its whole count when unfiltered). */
export const countMatching = (f: LayerFeature, filter: GunFilter): number =>
  partsOf(f).reduce((sum, p) => sum + (matches(p as unknown as Props, filter) ? p.firearms : 0), 0);

/** The firearms of aggregated features, for the note and the filter's choices. */
export const countedParts = (
  data: LayerFeature[],
  yearOf: (f: LayerFeature) => number | null,
): Counted[] =>
  data.flatMap((f) =>
    partsOf(f).map((p) => ({ traits: p as unknown as Props, year: yearOf(f), n: p.firearms })),
  );

const TEXT = {
  shown: {
    en: 'Showing {shown} of {total} firearms{filter}.',
    es: 'Se muestran {shown} de {total} armas{filter}.',
  },
  filterBy: { en: ' matching {what}', es: ' que cumplen {what}' },
  otherYears: {
    en: '{n} more were bought in other years.',
    es: '{n} más se compraron en otros años.',
  },
  otherYearsUndated: {
    en: '{n} more were bought in other years or have no purchase year ({u}: choose "no purchase year").',
    es: '{n} más se compraron en otros años o no tienen año de compra ({u}: elija "sin año de compra").',
  },
  dated: {
    en: '{n} more have a purchase year.',
    es: '{n} más tienen año de compra.',
  },
  classIs: { en: 'class {v}', es: 'tipo {v}' },
  calibreIs: { en: 'calibre {v}', es: 'calibre {v}' },
  caseIs: { en: 'case {v}', es: 'caso {v}' },
} satisfies Record<string, Text>;

/**
 * What the legend says about the filter: how many firearms are shown out of all, what the
 * filter asks for, and how many the year choice hides (never a silent gap). A layer that is not
 * by purchase year (recoveries) passes `byYear` false: only the traits filter it.
 */
export function filterNote(
  items: Counted[],
  f: GunFilter,
  selected: number,
  lang: Lang,
  classLabel: (id: string) => string,
  byYear = true,
): string {
  const sum = (xs: Counted[]) => xs.reduce((s, x) => s + x.n, 0);
  const kept = isFiltered(f) ? items.filter((x) => matches(x.traits, f)) : items;
  const visible = byYear ? kept.filter((x) => inScope(x.year, f, selected)) : kept;
  const what = [
    f.weaponClass && t(lang, TEXT.classIs, { v: classLabel(f.weaponClass) }),
    f.calibre && t(lang, TEXT.calibreIs, { v: f.calibre }),
    f.caseName && t(lang, TEXT.caseIs, { v: f.caseName }),
  ].filter(Boolean);
  const parts = [
    t(lang, TEXT.shown, {
      shown: formatNumber(sum(visible), lang),
      total: formatNumber(sum(items), lang),
      filter: what.length ? t(lang, TEXT.filterBy, { what: what.join(', ') }) : '',
    }),
  ];
  if (!byYear) return parts[0]!;
  const byYearHidden = sum(kept) - sum(visible);
  const undated = sum(kept.filter((x) => x.year === null));
  const n = formatNumber(byYearHidden, lang);
  if (byYearHidden > 0 && f.when === 'year')
    parts.push(
      undated > 0
        ? t(lang, TEXT.otherYearsUndated, { n, u: formatNumber(undated, lang) })
        : t(lang, TEXT.otherYears, { n }),
    );
  if (byYearHidden > 0 && f.when === 'undated') parts.push(t(lang, TEXT.dated, { n }));
  return parts.join(' ');
}
