// U.S. state names by USPS code, in English and Spanish, from the project's reference table (the
// same file the pipeline checks), for naming a state's profile.
import table from '../../scripts/reference/us-states.csv?raw';
import { t } from '../i18n/strings';
import type { Lang } from './format';

const NAMES = new Map(
  table
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([usps, , en, es]) => [usps!.trim(), { en: en!.trim(), es: es!.trim() }] as const),
);

/** "New Mexico" (or "Nuevo México" in Spanish) for "NM"; null for a code that is not a state. */
export const usStateName = (usps: string, lang: Lang = 'en'): string | null => {
  const name = NAMES.get(usps);
  return name ? t(lang, name) : null;
};
