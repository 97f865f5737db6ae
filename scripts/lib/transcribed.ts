// Checks shared by the hand-transcribed tables (seizures, traces, displacement): each row names
// the page it was read from, where in the page, and the words as printed. A row without a usable
// link or with a value that is not a number is rejected, naming the field.
import type { Ledger } from './ledger';
import type { Conflict } from './manifest';

/** Where a transcribed figure came from, kept with the figure all the way to the UI. */
export interface Cited {
  publisher: string;
  url: string;
  date: string;
  locator: string;
  /** The figure's words as printed ("more than 99,000 firearms"). */
  text: string;
  note: string;
}

const URL_RE = /^https?:\/\/\S+$/;
const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/**
 * Checks a row's link and value. Returns the value (null when the cell is empty and
 * `allowEmpty`) or undefined after rejecting the row.
 */
export function checkRow(
  ledger: Ledger,
  line: number,
  v: Record<string, string>,
  opts: { urlField?: string; valueField?: string; allowEmpty?: boolean } = {},
): number | null | undefined {
  const urlField = opts.urlField ?? 'source_url';
  const valueField = opts.valueField ?? 'value';
  if (!URL_RE.test(v[urlField] ?? '')) {
    ledger.reject(line, urlField, v[urlField], 'not an http(s) link to the source page');
    return undefined;
  }
  const raw = (v[valueField] ?? '').trim();
  if (raw === '') {
    if (opts.allowEmpty) return null;
    ledger.reject(line, valueField, raw, 'empty: a transcribed row must carry its figure');
    return undefined;
  }
  if (!NUMBER_RE.test(raw)) {
    ledger.reject(line, valueField, raw, 'not a plain number (the printed words go in value_text)');
    return undefined;
  }
  return Number(raw);
}

export function cited(v: Record<string, string>, publisherField = 'source_publisher'): Cited {
  return {
    publisher: v[publisherField] ?? '',
    url: v.source_url ?? '',
    date: v.source_date ?? '',
    locator: v.source_locator ?? '',
    text: v.value_text ?? '',
    note: v.note ?? '',
  };
}

/** A period label's years: "2022-2023", "2015 to 2022", "2016", "FY2014-FY2019"; null if none. */
export function periodYears(label: string): { from: number; to: number } | null {
  const m = /^(?:FY)?(\d{4})(?:\s*(?:-|–|to)\s*(?:FY)?(\d{4}))?/.exec(label.trim());
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : null;
}

/**
 * Groups figures that describe the same thing and returns those where sources disagree. Which
 * one is shown is the caller's rule (`shown`), stated in `note`.
 */
export function conflicts<T extends { value: number | null; cite: Cited }>(
  items: T[],
  key: (t: T) => string,
  shown: (group: T[]) => T | null,
  note: { en: string; es: string },
): Conflict[] {
  const groups = new Map<string, T[]>();
  for (const t of items) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  const out: Conflict[] = [];
  for (const [about, g] of groups) {
    if (new Set(g.map((t) => t.value)).size < 2) continue;
    const pick = shown(g);
    out.push({
      about,
      values: g.map((t) => ({
        value: t.value,
        text: t.cite.text,
        source: t.cite.publisher,
        url: t.cite.url,
        shown: t === pick,
      })),
      note: note.en,
      noteEs: note.es,
    });
  }
  return out;
}
