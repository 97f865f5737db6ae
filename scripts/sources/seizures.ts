// seizures: outbound firearm and ammunition seizure events at U.S.–Mexico ports, transcribed from
// CBP releases and news (one row per event × item), drawn at the port's point from the ports
// layer. A convenience sample of what got a press release, not a count of all seizures.
import { CITATIONS } from '../reference/citations';
import { stringField, type FieldSpec } from '../lib/fields';
import { builtFeatures, type BuiltLayer, type LayerFeature, type SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import type { Row } from '../lib/csv';
import { readTranscribed, type TranscribedRow } from '../lib/transcribed';
import { SEIZURE_EVENTS_SCHEMA, type SeizureEventColumn } from '../schemas/seizures';

export const FILE = SEIZURE_EVENTS_SCHEMA.file;
/** Columns that describe the event and must agree on every row of it. */
const EVENT_COLUMNS = [
  'event_date',
  'event_date_as_published',
  'source_pub_date',
  'crossing_or_place',
  'bts_port_name',
  'bts_port_code',
  'us_state',
  'agency',
  'direction',
  'conveyance',
  'source_url',
  'source_locator',
  'note',
] as const;
const GUN_MEASURES = /^(rifles|pistols|handguns|machine_guns)(_|$)/;
const ROUND_PARTS = /^ammunition_rounds_(?!total_as_stated)/;

interface Item {
  line: number;
  measure: string;
  value: number | null;
  text: string;
}

/**
 * Firearms in an event: the stated total ("firearms", "weapons") when there is one, otherwise
 * the sum of the gun rows (rifles by calibre are separate guns, not parts of a total).
 */
export function firearmsOf(items: Item[]): { value: number | null; basis: string } {
  const total = items.find((i) => i.measure === 'firearms' || i.measure === 'weapons');
  if (total) return { value: total.value, basis: total.measure };
  const guns = items.filter((i) => GUN_MEASURES.test(i.measure) && i.value !== null);
  if (!guns.length) return { value: null, basis: '' };
  return {
    value: guns.reduce((s, i) => s + i.value!, 0),
    basis: `sum of ${guns.map((i) => i.measure).join(' + ')}`,
  };
}

/** Rounds: the stated total; the calibre rows only when no total is given (they overlap it). */
export function roundsOf(items: Item[]): { value: number | null; basis: string } {
  const total =
    items.find((i) => i.measure === 'ammunition_rounds') ??
    items.find((i) => i.measure === 'ammunition_rounds_total_as_stated');
  if (total) return { value: total.value, basis: total.measure };
  const parts = items.filter((i) => ROUND_PARTS.test(i.measure) && i.value !== null);
  if (!parts.length) return { value: null, basis: '' };
  return {
    value: parts.reduce((s, i) => s + i.value!, 0),
    basis: `sum of ${parts.map((i) => i.measure).join(' + ')}`,
  };
}

/** True only when the source's own words say the goods were leaving the U.S. */
export function statesOutbound(direction: string): boolean {
  return /^outbound/i.test(direction.trim());
}

/** The event's date as precisely as the source gives it. */
export function eventWhen(v: Row<'event_date' | 'source_pub_date'>): {
  year: number | null;
  date: string;
  precision: string;
} {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v.event_date ?? ''))
    return { year: Number(v.event_date.slice(0, 4)), date: v.event_date, precision: 'day' };
  if (/^\d{4}(-\d{2}){0,2}$/.test(v.source_pub_date ?? ''))
    return {
      year: Number(v.source_pub_date.slice(0, 4)),
      date: v.source_pub_date,
      precision: 'publication date',
    };
  return { year: null, date: '', precision: 'unknown' };
}

const FIELDS: FieldSpec[] = [
  stringField('event_id', 'Event id in the transcribed table (E01…)'),
  {
    name: 'year',
    type: 'int',
    description:
      'Year of the event, or of the page reporting it when the event date is not printed (see date_precision); empty when neither is known',
  },
  stringField('date', 'Event date (ISO) or the publication date of the page, per date_precision'),
  {
    name: 'event_date',
    type: 'date',
    description: 'Event date, when the source prints the day of the event (empty otherwise)',
  },
  stringField('date_precision', '"day" (event date printed), "publication date" or "unknown"'),
  stringField('date_as_published', 'The date words in the source'),
  stringField('port_code', 'CBP/BTS port code; the point is the port’s BTS location'),
  stringField('port_name', 'BTS port name'),
  stringField('place', 'Bridge, port or place named in the source'),
  stringField('state', 'U.S. state (USPS)'),
  stringField('agency', 'Agency as stated'),
  stringField('direction', 'Direction as stated (verbatim)'),
  {
    name: 'outbound',
    type: 'bool',
    description: 'The source says the goods were leaving the U.S.',
  },
  stringField('conveyance', 'Vehicle or means, as stated'),
  {
    name: 'firearms',
    type: 'int',
    unit: 'firearms',
    description: 'Firearms seized (see firearms_basis)',
  },
  stringField('firearms_basis', 'Which rows give the firearms figure'),
  {
    name: 'rounds',
    type: 'int',
    unit: 'rounds',
    description: 'Rounds of ammunition seized (see rounds_basis)',
  },
  stringField('rounds_basis', 'Which rows give the rounds figure'),
  stringField('items', 'Everything seized, in the source’s words ("; "-separated)'),
  stringField('source_url', 'The page the event was read from'),
  stringField('source_locator', 'Where in the page'),
  stringField('note', 'Transcriber’s caveat (lower bounds, date conflicts)'),
];

export const seizures: SourceModule = {
  id: 'seizures',
  dependsOn: ['ports'],
  inputs: [
    {
      path: FILE,
      url: 'https://www.cbp.gov/newsroom',
      manual: true,
      getFrom: 'hand transcription (see outbound-seizure-events-press/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const portFeatures = builtFeatures(ctx, 'ports');
    const ports = new Map(portFeatures.map((f) => [String(f.properties.port_code), f]));
    const ledger = new Ledger(FILE);
    type EventRow = TranscribedRow<SeizureEventColumn>['values'];
    const events = new Map<string, { first: EventRow; items: Item[] }>();
    for (const { line, values: v, value } of await readTranscribed(
      ctx.raw(FILE),
      SEIZURE_EVENTS_SCHEMA,
      ledger,
    )) {
      const e = events.get(v.event_id);
      const differs = e && EVENT_COLUMNS.find((c) => e.first[c] !== v[c]);
      if (differs) {
        ledger.reject(
          line,
          differs,
          v[differs],
          `differs from the event’s first row (${e.first[differs]})`,
        );
        continue;
      }
      const item = { line, measure: v.measure, value, text: v.value_text };
      if (e) e.items.push(item);
      else events.set(v.event_id, { first: v, items: [item] });
    }

    const features: LayerFeature[] = [];
    for (const [id, { first: v, items }] of events) {
      const port = ports.get(v.bts_port_code ?? '');
      if (!port) {
        // Every row of the event goes: there is no place to draw it.
        const why = v.bts_port_code
          ? `port ${v.bts_port_code} is not on the ports layer`
          : `no port: the source places it at "${v.crossing_or_place}"`;
        const cell = { feature: null, year: eventWhen(v).year };
        for (const i of items)
          ledger.reject(i.line, 'bts_port_code', v.bts_port_code, why, { cell });
        continue;
      }
      for (let k = 0; k < items.length; k++) ledger.keep();
      const when = eventWhen(v);
      const guns = firearmsOf(items);
      const rounds = roundsOf(items);
      features.push({
        type: 'Feature',
        geometry: port.geometry,
        properties: {
          event_id: id,
          year: when.year,
          date: when.date,
          event_date: when.precision === 'day' ? when.date : null,
          date_precision: when.precision,
          date_as_published: v.event_date_as_published,
          port_code: v.bts_port_code,
          port_name: v.bts_port_name,
          place: v.crossing_or_place,
          state: v.us_state,
          agency: v.agency,
          direction: v.direction,
          outbound: statesOutbound(v.direction),
          conveyance: v.conveyance,
          firearms: guns.value,
          firearms_basis: guns.basis,
          rounds: rounds.value,
          rounds_basis: rounds.basis,
          items: items.map((i) => i.text).join('; '),
          source_url: v.source_url,
          source_locator: v.source_locator,
          note: v.note,
        },
      });
    }
    const years = [...new Set(features.map((f) => f.properties.year))]
      .filter((y): y is number => typeof y === 'number')
      .sort((a, b) => a - b);
    const unknown = features.filter((f) => f.properties.year === null).length;
    return {
      id: 'seizures',
      title: 'Outbound firearm and ammunition seizures at ports (press-reported events)',
      geometryType: 'Point',
      features,
      fields: FIELDS,
      key: 'event_id',
      years,
      partialYears: years.map((year) => ({
        year,
        note: 'Press-reported events only: a sample of what got a release, not every seizure.',
        noteEs: 'Solo eventos difundidos por la prensa: una muestra, no todos los decomisos.',
      })),
      sources: [CITATIONS.seizureEvents, CITATIONS.bts],
      method: [
        'One feature per event, placed at its port’s BTS point (not the exact bridge). Rows are event × item; the figures keep the source’s words in "items".',
        'Firearms: the stated total ("firearms", "weapons") or, when none is printed, the sum of the gun rows. Rounds: the stated total or, when none is printed, the sum of the calibre rows. Lower bounds stay as printed (see note).',
        `Year: the event date when printed, otherwise the publication date of the page (date_precision says which). ${unknown} events have neither and are listed but not placed in any year.`,
        'Direction is kept as stated; "outbound" is true only when the source says the goods were leaving the U.S. A Border Patrol event between ports has no point and is in the rejects report.',
      ],
      methodEs: [
        'Un elemento por evento, en el punto BTS de su puerto (no el puente exacto). Las filas son evento × objeto; las cifras conservan las palabras de la fuente en "items".',
        'Armas: el total publicado ("firearms", "weapons") o, si no hay, la suma de las filas de armas. Cartuchos: el total publicado o, si no hay, la suma por calibre. Los mínimos ("más de") se dejan como se publicaron.',
        `Año: la fecha del evento si aparece; si no, la fecha de publicación de la página (date_precision indica cuál). ${unknown} eventos no tienen ninguna y se listan sin año.`,
        'La dirección se conserva como se publicó; "outbound" es verdadero solo si la fuente dice que salían de EE. UU. Un evento de la Patrulla Fronteriza entre puertos no tiene punto y está en el informe de rechazos.',
      ],
      ledgers: [ledger],
    };
  },
};
