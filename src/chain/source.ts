// The chain's source in the reader's language: the court filings it is built from (the other
// sources — inspections, ports, places — are named where their figures appear).
import { entry } from '../data/manifest';
import { sourceName } from '../i18n/strings';
import type { Lang } from '../lib/format';

export const chainSource = (lang: Lang) =>
  entry('chain')
    .sources.filter((s) => s.short.startsWith('Campbell'))
    .map((s) => sourceName(lang, s))
    .join('; ');
