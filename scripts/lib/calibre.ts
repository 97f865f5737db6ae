// Calibre groups for filtering the court-case firearms: the filings write one calibre many ways
// (".223", "5.56x45mm", "556"; "7.62x39", "7.62×39mm"), so a reader filters on the group, never
// on the raw text. A bare "7.62" stays its own group: it may be 7.62×39 or 7.62×51, and we do not
// guess. Checked against every distinct calibre in the raw file (test/pipeline/normalisers/).
import { isFiftyCalibre } from './court-cases';

export { CALIBRE_GROUPS, type CalibreGroup } from './calibre-groups';
import type { CalibreGroup } from './calibre-groups';

const RULES: [RegExp, CalibreGroup][] = [
  [/^(-|"|na|none stated|not provided|unknown|zz|does not have a caliber)?$/i, 'unknown'],
  [/^multi$/i, 'several'],
  [/^(0?\.22|22)( ?(lr|mag))?$|^22-250$/i, '.22'],
  [/^(0?\.22?3|0?\.233 rem|223|0?\.556|556|5\.56)/i, '5.56/.223'],
  [/^7\.\d{0,2}\s*[x×]\s*39/i, '7.62x39'],
  [/^(0\.*\.?308|\.308|308)|^7\.\d{1,3}\s*[x×]\s*51|^7\.62 \(\.308\)/i, '7.62x51/.308'],
  [/^(0?\.762|762|7\.62\s*(mm|fde)?)$/i, '7.62 (unspecified)'],
  [/^9(\s*mm|x19 mm)?$/i, '9mm'],
  [/^380$/, '.380'],
  [/^(0?\.38|38|0?\.357|357)( special| super|\/38|\/20)?$/i, '.38/.357'],
  [/^(0?\.40?|40|0\.40mm|10mm)$/i, '.40/10mm'],
  // ",45" is a .45 with a comma for the point.
  [/^(0*\.*\.?45|45|,45)( ?acp)?$/i, '.45'],
  // A bare 12, 16, 20, 28 or 410 is a gauge; a bare 10 could be 10 mm, so it is not placed.
  [/(gauge|guage)$|^(12|16|20|28|410)$/i, 'shotgun gauge'],
];

/** The group of a calibre as written in a filing. */
export function calibreGroup(caliber: string): CalibreGroup {
  const c = caliber.trim();
  if (isFiftyCalibre(c)) return '.50';
  for (const [re, group] of RULES) if (re.test(c)) return group;
  return 'other';
}
