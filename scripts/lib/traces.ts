// Reads the transcribed ATF trace table (firearms recovered in Mexico and traced): rows checked,
// periods kept as labelled (they overlap and come from different extractions; never spread
// into years).
import { SEDENA_SCHEMA, TRACES_SCHEMA } from '../schemas/traces';
import type { TraceFigureRow } from './tables';
import { Ledger } from './ledger';
import { cited, periodYears, readTranscribed } from './transcribed';

export const TRACES_FILE = TRACES_SCHEMA.file;
export const SEDENA_FILE = SEDENA_SCHEMA.file;

export type TraceFigure = TraceFigureRow;

/**
 * `outOfScope` names the rule a valid row falls under when the calling layer does not use it
 * (counted as filtered), or null when the row is used.
 */
export async function readTraces(
  path: string,
  outOfScope: (r: TraceFigure) => string | null = () => null,
): Promise<{ rows: TraceFigure[]; ledger: Ledger }> {
  const ledger = new Ledger(TRACES_FILE);
  const rows: TraceFigure[] = [];
  // A figure given only in words is kept with its words: the schema lets `value` be empty.
  for (const { values: v, value } of await readTranscribed(path, TRACES_SCHEMA, ledger)) {
    const span = periodYears(v.period);
    const row: TraceFigure = {
      period: v.period,
      from: span?.from ?? null,
      to: span?.to ?? null,
      source_place: v.source_place,
      recovery_place: v.recovery_place,
      place_level: v.place_level,
      measure: v.measure,
      value,
      unit: v.unit,
      original_data_source: v.original_data_source,
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
