// trace-figures: every transcribed ATF trace figure for firearms recovered in Mexico, by labelled
// period, plus the traced totals and U.S.-sourced share per period that the metrics panel charts,
// and SEDENA's seizure totals. Periods overlap and differ by source: they are never made years.
import { CITATIONS } from '../reference/citations';
import type { TracedPeriodRow } from '../lib/tables';
import type { BuiltLayer, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { readTraces, SEDENA_FILE, TRACES_FILE, type TraceFigure } from '../lib/traces';
import { cited, conflicts, readTranscribed, type Cited } from '../lib/transcribed';
import { SEDENA_SCHEMA } from '../schemas/traces';

const TOTAL = [
  'firearms_submitted_for_tracing',
  'firearms_traced',
  'firearms_recovered_and_traced',
];
const US = ['us_sourced_firearms', 'us_origin_firearms'];
// Shares of traced firearms only. NFCTA's 2022–2023 "us_sourced_traced_share" (36 %) is of FGR
// trace requests, another denominator: it stays in `rows`, off the share line.
const SHARE = ['us_sourced_share_of_traced', 'us_origin_share_of_traced', 'us_origin_share'];
/** A printed lower bound ("more than 99,000"): a ratio of two of them is not a bound of anything. */
const lowerBound = (c: Cited) =>
  /lower bound/i.test(c.note) || /^(more than|over|at least|más de|al menos)\b/i.test(c.text);

export type TracedPeriod = TracedPeriodRow;
type Figure = NonNullable<TracedPeriod['total']>;

/** Per labelled period: firearms traced, of which U.S.-sourced, and the share, as published. */
export function tracedByPeriod(rows: TraceFigure[]): TracedPeriod[] {
  const national = rows.filter(
    (r) => r.place_level === 'national' && r.recovery_place === 'Mexico' && r.value !== null,
  );
  const periods = [...new Set(national.map((r) => r.period))];
  const fig = (r: TraceFigure | undefined): Figure | null =>
    r ? { value: r.value!, measure: r.measure, cite: r.cite } : null;
  const out: TracedPeriod[] = [];
  for (const period of periods) {
    const rs = national.filter((r) => r.period === period);
    const total = fig(rs.find((r) => TOTAL.includes(r.measure)));
    const us = fig(rs.find((r) => US.includes(r.measure)));
    const stated = fig(rs.find((r) => SHARE.includes(r.measure)));
    const share = stated
      ? { ...stated, computed: false }
      : total &&
          us &&
          total.cite.url === us.cite.url &&
          !lowerBound(total.cite) &&
          !lowerBound(us.cite)
        ? {
            value: Math.round((1000 * us.value) / total.value) / 10,
            measure: `${us.measure} / ${total.measure}`,
            cite: us.cite,
            computed: true,
          }
        : null;
    if (!total && !us && !share) continue;
    const r = rs[0]!;
    out.push({ period, from: r.from, to: r.to, total, us, share });
  }
  return out.sort((a, b) => (a.from ?? 9999) - (b.from ?? 9999) || (a.to ?? 0) - (b.to ?? 0));
}

export const traceFigures: SourceModule = {
  id: 'trace-figures',
  inputs: [
    {
      path: TRACES_FILE,
      url: 'https://www.atf.gov/resource-center/data-statistics',
      manual: true,
      getFrom: 'hand transcription (see atf-mexico-traces/README.md)',
    },
    {
      path: SEDENA_FILE,
      url: 'https://www.gob.mx/defensa',
      manual: true,
      getFrom: 'hand transcription (see atf-mexico-traces/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const { rows, ledger } = await readTraces(ctx.raw(TRACES_FILE));
    const sl = new Ledger(SEDENA_FILE);
    const sedena: {
      year: number;
      period: string;
      measure: string;
      value: number;
      unit: string;
      cite: Cited;
    }[] = [];
    for (const { values: v, value } of await readTranscribed(
      ctx.raw(SEDENA_FILE),
      SEDENA_SCHEMA,
      sl,
    )) {
      sl.keep();
      sedena.push({
        year: Number(v.year),
        period: v.period,
        measure: v.measure,
        value: value!,
        unit: v.unit,
        cite: cited(v),
      });
    }
    const traced = tracedByPeriod(rows);
    const firstListed = {
      en: 'Figures for the same thing that differ; the first row of the table is shown, the others are listed here.',
      es: 'Cifras distintas para lo mismo; se muestra la primera fila de la tabla y las demás se listan aquí.',
    };
    return {
      id: 'trace-figures',
      title:
        'ATF traces of firearms recovered in Mexico, by period, and SEDENA seizures (transcribed)',
      titleEs:
        'Rastreos de la ATF de armas recuperadas en México, por periodo, y decomisos de la SEDENA (transcritos)',
      geometryType: 'table',
      json: { traced, rows, sedena },
      fields: [
        {
          name: 'traced',
          type: 'string',
          description:
            'Per labelled period: firearms traced (total), U.S.-sourced, and the U.S.-sourced share (stated, or computed from the same page and marked computed)',
        },
        {
          name: 'rows',
          type: 'string',
          description:
            'Every transcribed trace figure with its period label, places, measure, value, unit and source',
        },
        {
          name: 'sedena',
          type: 'string',
          description: 'SEDENA firearms seized in Mexico, 2022–2023, with source',
        },
      ],
      years: [],
      partialYears: [],
      conflicts: [
        ...conflicts(
          rows,
          (r) => `${r.period} · ${r.source_place} → ${r.recovery_place} · ${r.measure}`,
          (g) => g[0]!,
          firstListed,
        ),
        ...conflicts(
          sedena,
          (r) => `SEDENA ${r.period} · ${r.measure}`,
          (g) => g[0]!,
          firstListed,
        ),
      ],
      sources: [CITATIONS.atfTraces],
      method: [
        'Every row of the transcribed trace table, with its period label as published. Periods overlap (2017–2022, 2018–2023, 2022–2023…) and come from different extractions: they are listed side by side, never split into years or chained into one series.',
        'Traced totals are "submitted for tracing", "traced" or "recovered and traced", as each source words it; the U.S.-sourced share is the stated one, or computed from two figures of the same page (marked "computed").',
        'Many figures are lower bounds or approximations as printed ("more than", "about"); the words are kept with each figure.',
      ],
      methodEs: [
        'Todas las filas de la tabla transcrita de rastreos, con su periodo tal como se publicó. Los periodos se traslapan (2017–2022, 2018–2023, 2022–2023…) y vienen de extracciones distintas: se muestran lado a lado, nunca se reparten por año ni se encadenan.',
        'Los totales rastreados son "enviadas a rastreo", "rastreadas" o "recuperadas y rastreadas", según cada fuente; la proporción de origen estadounidense es la publicada o se calcula con dos cifras de la misma página (marcada "calculada").',
        'Muchas cifras son mínimos o aproximaciones tal como se publicaron ("más de", "cerca de"); se conservan las palabras con cada cifra.',
      ],
      ledgers: [ledger, sl],
    };
  },
};
