// One line for a dealer's penalized inspection, the same in the chain panel and the ranking:
// date, the disposition in our words, the citations and the sections they cite, and how the
// dealer was matched.
import { t } from '../i18n/strings';
import { DISPOSITIONS } from '../layers/penalized-dealers';
import { formatNumber, type Lang } from '../lib/format';
import { CONFIDENCE, TEXT } from './text';

export function penaltyText(
  lang: Lang,
  i: {
    complete_date: string | null;
    disposition: string;
    disposition_class: string;
    citation_count: number | null;
    violations?: string;
  },
  confidence: string,
): string {
  const d = DISPOSITIONS.find((x) => x.id === i.disposition_class);
  return t(lang, TEXT.penalized, {
    date: i.complete_date ?? '—',
    disposition: d ? t(lang, d.label) : i.disposition,
    n: i.citation_count === null ? '—' : formatNumber(i.citation_count, lang),
    sections: i.violations ? t(lang, TEXT.sections, { list: i.violations }) : '',
    confidence: CONFIDENCE[confidence] ? t(lang, CONFIDENCE[confidence]!) : confidence,
  });
}
