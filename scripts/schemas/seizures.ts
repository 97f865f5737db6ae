import { defineTable } from '../lib/schema';
import * as c from './common';

export const CBP_FIGURES_SCHEMA = defineTable({
  file: 'cbp-weapon-seizures/cbp_weapon_seizures_transcribed.csv',
  key: ['period', 'place', 'direction', 'measure', 'source_url'],
  columns: [
    {
      name: 'fiscal_year',
      type: 'text',
      doc: 'U.S. fiscal year(s) of the figure (FY2023, FY2014-FY2019), or the source’s own span.',
    },
    { name: 'period', type: 'text', doc: 'The period as the source states it.' },
    { name: 'place', type: 'text', doc: 'The office, port or area the figure covers, as named.' },
    {
      name: 'place_level',
      type: 'enum',
      values: [
        'cbp_nationwide',
        'cbp_nationwide_or_border',
        'cbp_southwest_border',
        'field_office',
        'hsi_nationwide',
        'ice_southwest_border',
        'operation',
        'port',
        'port_or_field_office',
        'state_border',
        'state_ports',
        'usbp_sector',
      ],
      doc: 'What kind of place `place` is.',
    },
    {
      name: 'direction',
      type: 'text',
      doc: 'The direction as the source states it (outbound, inbound, unspecified…), verbatim with its qualifiers.',
    },
    { name: 'measure', type: 'code', pattern: /^[A-Za-z0-9_]+$/, doc: 'What is counted.' },
    c.VALUE,
    c.VALUE_TEXT,
    { name: 'unit', type: 'text', doc: 'Unit of `value` (firearms, rounds, seizure events…).' },
    ...c.CITED,
  ],
});

export const SEIZURE_EVENTS_SCHEMA = defineTable({
  file: 'outbound-seizure-events-press/outbound_seizure_events_press_releases.csv',
  key: ['event_id', 'measure'],
  columns: [
    {
      name: 'event_id',
      type: 'code',
      pattern: /^E\d{2,}$/,
      doc: 'One id per seizure event (E01…); an event has one row per item seized.',
    },
    {
      name: 'event_date',
      type: 'code',
      pattern: /^\d{4}-\d{2}-\d{2}$/,
      required: false,
      doc: 'Date of the event (YYYY-MM-DD) when the source prints it.',
    },
    {
      name: 'event_date_as_published',
      type: 'text',
      doc: 'The date words in the source (“On Feb. 11”, “the next day”).',
    },
    {
      name: 'source_pub_date',
      type: 'date',
      required: false,
      doc: 'Publication date of the page, used for the year when the event date is not printed.',
    },
    { name: 'crossing_or_place', type: 'text', doc: 'Bridge, port or place as named.' },
    {
      name: 'bts_port_name',
      type: 'text',
      required: false,
      doc: 'BTS name of the port of entry; empty when the source places it between ports.',
    },
    {
      name: 'bts_port_code',
      type: 'code',
      pattern: /^\d{4}$/,
      required: false,
      doc: 'BTS/CBP port code; the event is drawn at that port.',
    },
    { name: 'us_state', type: 'code', pattern: /^[A-Z]{2}$/, doc: 'U.S. state (USPS).' },
    { name: 'agency', type: 'text', doc: 'Agency as stated.' },
    { name: 'direction', type: 'text', doc: 'Direction as stated, verbatim.' },
    { name: 'conveyance', type: 'text', doc: 'Vehicle or means, as stated.' },
    {
      name: 'measure',
      type: 'code',
      pattern: /^[A-Za-z0-9_.]+$/,
      doc: 'What the row counts (firearms, rifles, ammunition_rounds, ammunition_rounds_7.62x39…).',
    },
    {
      ...c.VALUE,
      required: false,
      doc: 'The figure as a plain number; empty when the source gives none.',
    },
    c.VALUE_TEXT,
    { name: 'unit', type: 'text', doc: 'Unit of `value`.' },
    {
      name: 'latitude',
      type: 'number',
      required: false,
      doc: 'Latitude of the port (BTS), copied for convenience; the pipeline uses the ports layer.',
    },
    {
      name: 'longitude',
      type: 'number',
      required: false,
      doc: 'Longitude of the port (BTS), as above.',
    },
    {
      name: 'coord_source',
      type: 'text',
      required: false,
      doc: 'Where the coordinates come from.',
    },
    c.SOURCE_URL,
    c.SOURCE_LOCATOR,
    c.NOTE,
  ],
});

export type SeizureEventColumn = (typeof SEIZURE_EVENTS_SCHEMA)['columns'][number]['name'];
