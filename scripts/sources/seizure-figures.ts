// seizure-figures: CBP weapon and ammunition seizure figures by fiscal year and place, transcribed
// from releases, GAO and news. Kept as a table of labelled figures: scopes and periods differ, so
// nothing is summed, and the direction is kept as stated (never "unspecified" → "outbound").
import { CITATIONS } from '../reference/citations';
import type { SeizureFigureRow } from '../lib/tables';
import type { BuiltLayer, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { cited, conflicts, periodYears, readTranscribed } from '../lib/transcribed';
import { CBP_FIGURES_SCHEMA } from '../schemas/seizures';

export const FILE = CBP_FIGURES_SCHEMA.file;

export type Direction = 'outbound' | 'inbound' | 'unspecified' | 'all directions' | 'neither';

/** The direction class a stated direction belongs to; null for wording we do not recognise. */
export function directionClass(stated: string): Direction | null {
  const s = stated.trim().toLowerCase();
  if (/^(outbound|southbound)\b/.test(s)) return 'outbound';
  if (/^inbound\b/.test(s)) return 'inbound';
  if (/^unspecified\b/.test(s)) return 'unspecified';
  if (/^all directions\b/.test(s)) return 'all directions';
  if (/^mostly neither\b/.test(s)) return 'neither';
  return null;
}

export type SeizureFigure = SeizureFigureRow;

export const seizureFigures: SourceModule = {
  id: 'seizure-figures',
  inputs: [
    {
      path: FILE,
      url: 'https://www.cbp.gov/document/stats/weapons-and-ammunition-seizures',
      manual: true,
      getFrom: 'hand transcription (see cbp-weapon-seizures/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const ledger = new Ledger(FILE);
    const rows: SeizureFigure[] = [];
    for (const { line, values: v, value } of await readTranscribed(
      ctx.raw(FILE),
      CBP_FIGURES_SCHEMA,
      ledger,
    )) {
      if (value === null) {
        ledger.reject(line, 'value', '', 'empty: a transcribed row must carry its figure');
        continue;
      }
      const dir = directionClass(v.direction);
      if (!dir) {
        ledger.reject(line, 'direction', v.direction, 'direction wording not recognised');
        continue;
      }
      ledger.keep();
      const span = periodYears(v.fiscal_year);
      rows.push({
        fiscal_year: v.fiscal_year,
        from: span?.from ?? null,
        to: span?.to ?? null,
        period: v.period,
        place: v.place,
        place_level: v.place_level,
        direction: v.direction,
        direction_class: dir,
        measure: v.measure,
        value,
        unit: v.unit,
        cite: cited(v),
      });
    }
    const years = [
      ...new Set(rows.flatMap((r) => (r.from !== null && r.from === r.to ? [r.from] : []))),
    ].sort((a, b) => a - b);
    return {
      id: 'seizure-figures',
      title: 'CBP weapon and ammunition seizure figures by fiscal year and place (transcribed)',
      titleEs:
        'Cifras de decomisos de armas y municiones de la CBP por año fiscal y lugar (transcritas)',
      geometryType: 'table',
      json: { rows },
      fields: [
        {
          name: 'fiscal_year',
          type: 'string',
          description: 'U.S. fiscal year label as given (Oct–Sep), may be a range',
        },
        {
          name: 'period',
          type: 'string',
          description: 'The exact period stated (many are partial years)',
        },
        {
          name: 'place',
          type: 'string',
          description: 'Field office, port, state or operation as stated',
        },
        { name: 'direction', type: 'string', description: 'Direction as stated (verbatim)' },
        {
          name: 'direction_class',
          type: 'string',
          description:
            'outbound / inbound / unspecified / all directions / neither, from the stated wording',
        },
        {
          name: 'value',
          type: 'double',
          description: 'The figure (see unit); lower bounds as printed',
        },
        {
          name: 'cite',
          type: 'string',
          description: 'publisher, url, date, locator, the words as printed, note',
        },
      ],
      years,
      partialYears: [],
      conflicts: conflicts(
        rows.map((r) => ({ ...r, value: r.value as number | null })),
        (r) => `${r.period} · ${r.place} · ${r.direction_class} · ${r.measure}`,
        (g) => g[0]!,
        {
          en: 'Same period, place, direction and measure with different figures; the first row of the table is shown, the others are listed here.',
          es: 'Mismo periodo, lugar, dirección y medida con cifras distintas; se muestra la primera fila de la tabla y las demás se listan aquí.',
        },
      ),
      sources: [CITATIONS.cbpSeizures],
      method: [
        'Figures kept as published: each with its period, place, stated direction and the page it came from. Scopes and periods overlap, so nothing is added up.',
        'direction_class comes from the stated words only: "unspecified" and "all directions" are never counted as outbound.',
      ],
      methodEs: [
        'Cifras tal como se publicaron: cada una con su periodo, lugar, dirección declarada y la página de origen. Alcances y periodos se traslapan, así que nada se suma.',
        'direction_class sale solo de las palabras publicadas: "unspecified" y "all directions" nunca cuentan como salida.',
      ],
      ledgers: [ledger],
    };
  },
};
