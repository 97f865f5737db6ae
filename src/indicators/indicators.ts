// The public performance indicators the policy report asks for, computed from the loaded layers
// and transcribed tables: each a short series with its source, its years and what is partial.
// Pure functions: the indicators panel only draws what these return.
import type { TracedPeriodRow } from '../../scripts/lib/tables';
import { layerLost } from '../data/incomplete';
import type { IndicatorId } from './ids';
import type { LayerFeature } from '../data/load';
import type { LayerEntry } from '../data/manifest';
import { distinctYears, num } from '../layers/yearly';
import type { Text } from '../layers/types';

export interface Point {
  /** A year ("2019") or a labelled period ("2017–2022"). */
  label: string;
  value: number | null;
  /** A second figure drawn as a line over the bars (a share, in %), if the indicator has one. */
  share?: number | null;
  partial?: boolean;
  /** The figure lost source rows (the layer's manifest says so for its year). */
  incomplete?: boolean;
  /** Where this one figure was read (transcribed figures each have their own page). */
  cite?: { href: string; label: string; words?: string };
  /** The share is computed by us from two figures of the same page, not printed. */
  computed?: boolean;
}

export interface Indicator {
  id: IndicatorId;
  title: Text;
  unit: Text;
  shareLabel?: Text;
  points: Point[];
  /** Bars are periods that overlap: drawn side by side, never as a time axis. */
  periods?: boolean;
  note: Text;
}

/**
 * Marks the points whose figures lost source rows, from the manifest of the layer they are
 * computed from: a year's point when that year lost rows, a period's when the layer did.
 */
export function markIncomplete(ind: Indicator, entry: LayerEntry): Indicator {
  return {
    ...ind,
    points: ind.points.map((p) => {
      const { rows, features } = layerLost(entry, /^\d{4}$/.test(p.label) ? Number(p.label) : null);
      return rows || features ? { ...p, incomplete: true } : p;
    }),
  };
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const sumBy = (fs: LayerFeature[], field: string): number | null => {
  let total = 0;
  let any = false;
  for (const f of fs) {
    const v = num(f.properties, field);
    if (v !== null) {
      total += v;
      any = true;
    }
  }
  return any ? total : null;
};

/** Mexico's intentional-homicide victims per year and the share killed with a firearm. */
export function homicides(fs: LayerFeature[], years: number[], partial: number[]): Indicator {
  return {
    id: 'homicides',
    title: { en: 'Homicides in Mexico', es: 'Homicidios en México' },
    unit: { en: 'victims', es: 'víctimas' },
    shareLabel: { en: '% with a firearm', es: '% con arma de fuego' },
    points: years.map((y) => {
      const all = sumBy(fs, `homicides_${y}`);
      const gun = sumBy(fs, `homicides_firearm_${y}`);
      return {
        label: String(y),
        value: all,
        share: all && gun !== null ? (100 * gun) / all : null,
        partial: partial.includes(y),
      };
    }),
    note: {
      en: 'Victims of intentional homicide in prosecutors’ files, all 32 states. The firearm share is a lower bound (many means are “not specified”).',
      es: 'Víctimas de homicidio doloso en carpetas de investigación, los 32 estados. El porcentaje con arma de fuego es una cota inferior (muchas modalidades son «no especificado»).',
    },
  };
}

/** Outbound seizure events reported per year (a press sample, not a count of seizures). */
export function seizureEvents(all: LayerFeature[]): Indicator {
  // Only events whose source says the goods were leaving the U.S.
  const fs = all.filter((f) => f.properties.outbound === true);
  const years = distinctYears(fs, (f) => num(f.properties, 'year'));
  const unknown = fs.filter((f) => num(f.properties, 'year') === null).length;
  return {
    id: 'seizures',
    title: {
      en: 'Outbound seizure events reported, per year',
      es: 'Decomisos de salida difundidos, por año',
    },
    unit: { en: 'events', es: 'eventos' },
    // Every year from the first to the last; a year with no transcribed event is a gap (no
    // bar, "—"), not a zero: the sample says nothing about it.
    points: (years.length ? range(years[0]!, years.at(-1)!) : []).map((y) => {
      const n = fs.filter((f) => num(f.properties, 'year') === y).length;
      return { label: String(y), value: n || null, partial: true };
    }),
    note: {
      en: `Events at ports in CBP releases and news that we transcribed, by the event’s year or, when not printed, the report’s; a sample, not every seizure (CBP’s event data is not public in our sources). Years without a transcribed event are empty. ${unknown} more have no year.`,
      es: `Eventos en puertos difundidos por la CBP y la prensa que transcribimos, por año del evento o, si no se publicó, de la nota; una muestra, no todos los decomisos (los datos por evento de la CBP no son públicos en nuestras fuentes). Los años sin evento transcrito quedan vacíos. ${unknown} más no tienen año.`,
    },
  };
}

/** A labelled period of ATF traces, as the pipeline writes it (scripts/lib/tables.ts). */
export type TracedPeriod = TracedPeriodRow;

/** Firearms recovered in Mexico and traced, with the U.S.-sourced share, per labelled period. */
export function traced(periods: TracedPeriod[]): Indicator {
  return {
    id: 'traces',
    title: {
      en: 'Guns recovered in Mexico and traced, U.S.-sourced share',
      es: 'Armas recuperadas en México y rastreadas, porcentaje de EE. UU.',
    },
    unit: { en: 'firearms', es: 'armas' },
    shareLabel: { en: '% U.S.-sourced', es: '% de origen estadounidense' },
    periods: true,
    points: periods
      .filter((p) => p.total || p.share)
      .map((p) => {
        const c = (p.total ?? p.share)!.cite;
        return {
          // The years when the source gives them ("2018–2023"); its qualifiers ("as of Oct
          // 2024") stay in the source's words, which the chart's citation quotes.
          label:
            p.from === null || p.to === null
              ? p.period.replace(/-/g, '–')
              : p.from === p.to
                ? String(p.from)
                : `${p.from}–${p.to}`,
          value: p.total?.value ?? null,
          share: p.share?.value ?? null,
          computed: p.share?.computed ?? false,
          cite: { href: c.url, label: c.publisher, words: c.text },
        };
      }),
    note: {
      en: 'Periods as each source labels them; they overlap and come from different extractions, so they are not a trend. Shares marked computed are U.S.-sourced ÷ traced from the same page.',
      es: 'Periodos como los rotula cada fuente; se traslapan y vienen de extracciones distintas, así que no son una tendencia. Los porcentajes calculados son origen EE. UU. ÷ rastreadas de la misma página.',
    },
  };
}

export const BORDER_STATES = ['CA', 'AZ', 'NM', 'TX'];

/** Licensed dealers (FFL types 01, 02, 07, 08) in the four border states, per year. */
export function borderDealers(fs: LayerFeature[], years: number[]): Indicator {
  const border = fs.filter((f) => BORDER_STATES.includes(String(f.properties.state)));
  return {
    id: 'dealers',
    title: {
      en: 'Licensed gun dealers in the border states',
      es: 'Armerías con licencia en los estados fronterizos',
    },
    unit: { en: 'dealers', es: 'armerías' },
    points: years.map((y) => ({ label: String(y), value: sumBy(border, `dealers_${y}`) })),
    note: {
      en: 'California, Arizona, New Mexico and Texas, summed over counties (ATF licence lists via the LA Times).',
      es: 'California, Arizona, Nuevo México y Texas, suma de condados (listas de licencias de la ATF vía LA Times).',
    },
  };
}

/** Dealer inspections that ended in a penalty, per year the inspection was completed. */
export function penalized(fs: LayerFeature[]): Indicator {
  const years = distinctYears(fs, (f) => num(f.properties, 'year'));
  return {
    id: 'penalized',
    title: {
      en: 'Dealer inspections ending in a penalty',
      es: 'Inspecciones a armerías que terminaron en sanción',
    },
    unit: { en: 'inspections', es: 'inspecciones' },
    points: years.map((y) => ({
      label: String(y),
      value: fs.filter((f) => num(f.properties, 'year') === y).length,
      partial: true,
    })),
    note: {
      en: 'Only the reports released for July 2015 – June 2017, nationwide; not a yearly series.',
      es: 'Solo los informes publicados de julio 2015 a junio 2017, todo el país; no es una serie anual.',
    },
  };
}
