import { defineTable } from '../lib/schema';
import * as c from './common';

export const TRACES_SCHEMA = defineTable({
  file: 'atf-mexico-traces/atf_mexico_traces_transcribed.csv',
  key: ['period', 'source_place', 'recovery_place', 'measure', 'source_url'],
  columns: [
    {
      name: 'period',
      type: 'text',
      doc: 'The period as labelled by the source (“2007-2011”, “2015 to 2022”); periods overlap and are never spread into years.',
    },
    {
      name: 'source_place',
      type: 'text',
      doc: 'Where the traced guns were bought (“all”, “United States”, a state, states combined as “A + B”).',
    },
    { name: 'recovery_place', type: 'text', doc: 'Where the guns were recovered.' },
    {
      name: 'place_level',
      type: 'enum',
      values: [
        'national',
        'regional',
        'us_city',
        'us_city_group',
        'us_county',
        'us_state',
        'us_state_pair',
        'us_state_share',
        'us_state_to_mx_state',
      ],
      doc: 'What `source_place` is.',
    },
    { name: 'measure', type: 'code', pattern: /^[A-Za-z0-9_]+$/, doc: 'What is counted.' },
    {
      ...c.VALUE,
      required: false,
      doc: 'The figure as a plain number; empty when the source gives it only in words (“four in ten”).',
    },
    c.VALUE_TEXT,
    {
      name: 'unit',
      type: 'enum',
      values: [
        'firearms',
        'firearms per year',
        'percent',
        'revolvers',
        'rifles',
        'share',
        'trace requests',
        'years',
      ],
      doc: 'Unit of `value`.',
    },
    c.ORIGINAL_SOURCE,
    ...c.CITED,
  ],
});

export const SEDENA_SCHEMA = defineTable({
  file: 'atf-mexico-traces/mx_sedena_firearms_seized.csv',
  key: ['period', 'measure', 'source_locator'],
  columns: [
    { name: 'year', type: 'year', doc: 'Calendar year.' },
    { name: 'period', type: 'text', doc: 'The period as the source states it (“2023 Jan–Sep”).' },
    { name: 'place', type: 'text', doc: 'Area covered.' },
    { name: 'measure', type: 'code', pattern: /^[A-Za-z0-9_]+$/, doc: 'What is counted.' },
    c.VALUE,
    c.VALUE_TEXT,
    { name: 'unit', type: 'enum', values: ['firearms'], doc: 'Unit of `value`.' },
    c.ORIGINAL_SOURCE,
    ...c.CITED,
  ],
});
