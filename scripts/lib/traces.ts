// Reads the transcribed ATF trace table (firearms recovered in Mexico and traced): rows checked,
// periods kept as labelled (they overlap and come from different extractions; never spread
// into years).
import { readCsv } from './csv';
import { Ledger } from './ledger';
import { checkRow, cited, periodYears, type Cited } from './transcribed';

export const TRACES_FILE = 'atf-mexico-traces/atf_mexico_traces_transcribed.csv';
export const SEDENA_FILE = 'atf-mexico-traces/mx_sedena_firearms_seized.csv';

export interface TraceFigure {
  period: string;
  from: number | null;
  to: number | null;
  source_place: string;
  recovery_place: string;
  place_level: string;
  measure: string;
  /** Null only for rows the source gives in words alone ("four in ten"). */
  value: number | null;
  unit: string;
  original_data_source: string;
  cite: Cited;
}

/**
 * `outOfScope` names the rule a valid row falls under when the calling layer does not use it
 * (counted as filtered), or null when the row is used.
 */
export async function readTraces(
  path: string,
  outOfScope: (r: TraceFigure) => string | null = () => null,
): Promise<{ rows: TraceFigure[]; ledger: Ledger }> {
  const t = await readCsv(path, {
    name: TRACES_FILE,
    required: [
      'period',
      'source_place',
      'recovery_place',
      'place_level',
      'measure',
      'value',
      'value_text',
      'unit',
      'original_data_source',
      'source_publisher',
      'source_url',
      'source_date',
      'source_locator',
      'note',
    ],
  });
  const ledger = new Ledger(TRACES_FILE);
  ledger.rejectMalformed(t);
  const rows: TraceFigure[] = [];
  for (const { line, values: v } of t.rows) {
    // A figure given only in words is kept (with its words); a number that is not one is not.
    const value = checkRow(ledger, line, v, { allowEmpty: (v.value_text ?? '') !== '' });
    if (value === undefined) continue;
    const span = periodYears(v.period!);
    const row: TraceFigure = {
      period: v.period!,
      from: span?.from ?? null,
      to: span?.to ?? null,
      source_place: v.source_place!,
      recovery_place: v.recovery_place!,
      place_level: v.place_level!,
      measure: v.measure!,
      value,
      unit: v.unit!,
      original_data_source: v.original_data_source!,
      cite: cited(v),
    };
    const rule = outOfScope(row);
    if (rule) {
      ledger.filter(rule);
      continue;
    }
    ledger.keep();
    rows.push(row);
  }
  return { rows, ledger };
}

/** Field-name form of a period label's years: "2015-2022 (…)" → "2015_2022". */
export function periodKey(f: { from: number | null; to: number | null }): string | null {
  if (f.from === null || f.to === null) return null;
  return f.from === f.to ? String(f.from) : `${f.from}_${f.to}`;
}
