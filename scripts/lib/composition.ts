// What an aggregated feature (a recovery place, a modeled corridor) is made of: how many of its
// firearms have each weapon class, calibre group and case. The pipeline writes it as one JSON text
// column; the app reads it so the firearms filter can recount recoveries and corridors exactly,
// without loading every firearm. One module for both sides, so the format cannot drift.

/** The firearm attributes the filter uses, as the guns layer spells them. */
export interface Traits {
  weapon_class: string;
  calibre_group: string;
  case: string | null;
}

/** One row of a composition: firearms sharing these traits, and how many. */
export interface Part extends Traits {
  firearms: number;
}

export const COMPOSITION_DESCRIPTION =
  'Firearms here by weapon class, calibre group and case: a JSON list of [weapon_class, calibre_group, case, firearms], sorted; the counts add up to firearms';

/** Counts the traits and writes them as sorted JSON (byte-identical for the same firearms). */
export function encodeComposition(items: Traits[]): string {
  const counts = new Map<string, number>();
  for (const t of items) {
    const key = JSON.stringify([t.weapon_class, t.calibre_group, t.case]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts.keys()].sort().map((k) => [...JSON.parse(k), counts.get(k)!]);
  return JSON.stringify(rows);
}

/**
 * Reads a composition column back; throws naming the problem when the text is not one this
 * module wrote (a hand-edited or truncated file must not be recounted as if it were whole).
 */
export function decodeComposition(text: unknown): Part[] {
  if (typeof text !== 'string') throw new Error('composition: missing');
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    throw new Error(`composition: not JSON: ${text.slice(0, 40)}`);
  }
  if (!Array.isArray(rows)) throw new Error('composition: not a list');
  return rows.map((r, i) => {
    const ok =
      Array.isArray(r) &&
      r.length === 4 &&
      typeof r[0] === 'string' &&
      typeof r[1] === 'string' &&
      (typeof r[2] === 'string' || r[2] === null) &&
      Number.isInteger(r[3]) &&
      r[3] > 0;
    if (!ok) throw new Error(`composition: entry ${i + 1} is not [class, calibre, case, count]`);
    return { weapon_class: r[0], calibre_group: r[1], case: r[2], firearms: r[3] };
  });
}

/** Total firearms of a composition (a check against the feature's `firearms`). */
export const compositionTotal = (parts: Part[]) => parts.reduce((s, p) => s + p.firearms, 0);
