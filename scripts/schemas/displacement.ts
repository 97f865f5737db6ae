import { defineTable } from '../lib/schema';
import * as c from './common';

export const CMDPDH_SCHEMA = defineTable({
  file: 'mx-displacement-cmdpdh/mx_displacement_by_state_year.csv',
  key: ['period', 'place', 'measure', 'source_url'],
  columns: [
    {
      name: 'year',
      type: 'code',
      pattern: /^(\d{4}(-\d{4})?|to \d{4})$/,
      doc: 'Calendar year, first-last year of a multi-year figure, or “to YYYY” for a cumulative one.',
    },
    {
      name: 'period',
      type: 'text',
      doc: 'The period as the source states it (“2016”, “2016–2020 cumulative”, “2021 Jan–Oct”); a state-year figure is used only when it equals `year`.',
    },
    { name: 'place', type: 'text', doc: 'State, “Nacional” or region, as named.' },
    {
      name: 'cve_ent',
      type: 'code',
      pattern: /^(0\d|[12]\d|3[0-2])$/,
      required: false,
      doc: 'INEGI state code, "00" for national; empty for regions.',
    },
    {
      name: 'place_level',
      type: 'enum',
      values: ['national', 'state', 'region_envipe'],
      doc: 'What `place` is.',
    },
    {
      name: 'measure',
      type: 'code',
      pattern: /^[A-Za-z0-9_]+$/,
      doc: 'What is counted (people_displaced, episodes, …); only people_displaced is mapped.',
    },
    c.VALUE,
    c.VALUE_TEXT,
    {
      name: 'unit',
      type: 'enum',
      values: [
        'people',
        'episodes',
        'households',
        'localities',
        'municipalities',
        'percent',
        'states',
      ],
      doc: 'Unit of `value`.',
    },
    c.ORIGINAL_SOURCE,
    ...c.CITED,
    {
      name: 'preferred',
      type: 'code',
      pattern: /^(yes|duplicate|no( \(.+\))?|conflict( \(.+\))?)$/,
      doc: 'Which figure to show when sources disagree: “yes”, or “no (why)”, “duplicate”, “conflict (values)”.',
    },
  ],
});
