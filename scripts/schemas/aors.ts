import { defineColumns, defineTable } from '../lib/schema';

const FOLDER = 'agency-aors';

/**
 * The values of `basis` and the grade of each. Anything read between the lines is weak, whoever
 * said it.
 */
export const BASIS_GRADES: Record<string, 'official' | 'news' | 'weak'> = {
  official: 'official',
  official_archived: 'official',
  named_in_source: 'official',
  official_document_third_party_copy: 'official',
  official_press_release_via_news: 'official',
  news: 'news',
  news_quoting_official: 'news',
  news_citing_official: 'news',
  third_party: 'weak',
  third_party_zone_table: 'weak',
  inferred_count_state: 'weak',
  official_inferred: 'weak',
  news_inferred: 'weak',
};
const URL_DOC = 'The page the membership was read from.';

/** The columns of the seven membership tables (one per agency). */
const MEMBER_COLUMNS = defineColumns([
  { name: 'agency', type: 'text', doc: 'The agency; the same on every row of a table.' },
  { name: 'unit', type: 'text', doc: 'Sector, field office, division, region or delegation.' },
  {
    name: 'unit_hq_city',
    type: 'text',
    required: false,
    doc: 'Headquarters city, when a source states it.',
  },
  {
    name: 'unit_hq_state',
    type: 'text',
    required: false,
    doc: 'Headquarters state, when a source states it.',
  },
  {
    name: 'member_type',
    type: 'enum',
    values: ['state', 'county', 'port'],
    doc: 'What the member is (Mexican agencies: state only).',
  },
  {
    name: 'member_code',
    type: 'code',
    pattern: /^([A-Z]{2}|\d{2}|\d{4}|\d{5})$/,
    required: false,
    doc: 'USPS state, INEGI state code, 5-digit county FIPS or 4-digit CBP port code; empty only for a port without a code (listed, not drawn).',
  },
  { name: 'member_name', type: 'text', doc: 'The member’s name (“Hidalgo County, TX”).' },
  { name: 'source_url', type: 'url', doc: URL_DOC },
  {
    name: 'source_locator',
    type: 'text',
    doc: 'The words of the source that state the membership.',
  },
  {
    name: 'as_of',
    type: 'text',
    doc: 'When the source says it held (“undated” when it does not).',
  },
  {
    name: 'coverage',
    type: 'enum',
    values: ['whole', 'part', 'border_segment', 'unknown'],
    doc: 'Whether the unit covers the whole member, a part, a border segment, or the source does not say.',
  },
  {
    name: 'basis',
    type: 'enum',
    values: Object.keys(BASIS_GRADES),
    doc: 'What kind of source the row rests on, graded official (official pages, named in the source, an official document or release reproduced elsewhere), news (news, quoting or citing officials) or weak (third parties, inferences); the map draws weaker grades fainter.',
  },
  { name: 'notes', type: 'text', required: false, doc: 'Transcriber’s notes.' },
]);

/** The schema of a membership table (`agency-aors/<agency>.csv`). */
export const memberSchema = (file: string) =>
  defineTable({
    file,
    key: ['unit', 'member_type', 'member_code', 'member_name'],
    columns: MEMBER_COLUMNS,
  });

export const UNITS_SCHEMA = defineTable({
  file: `${FOLDER}/units.csv`,
  key: ['agency', 'unit'],
  columns: [
    { name: 'agency', type: 'text', doc: 'The agency, as in its membership table.' },
    { name: 'unit', type: 'text', doc: 'The unit, listed once per agency.' },
    {
      name: 'unit_code',
      type: 'text',
      required: false,
      doc: 'The agency’s code for the unit, when seen.',
    },
    { name: 'unit_hq_city', type: 'text', required: false, doc: 'Headquarters city.' },
    { name: 'unit_hq_state', type: 'text', required: false, doc: 'Headquarters state.' },
    {
      name: 'hq_source_url',
      type: 'urls',
      required: false,
      doc: 'Where the headquarters is stated.',
    },
    {
      name: 'stated_extent',
      type: 'text',
      required: false,
      doc: 'The unit’s extent in the source’s words.',
    },
    {
      name: 'extent_source_url',
      type: 'urls',
      required: false,
      doc: 'Where the extent is stated.',
    },
    { name: 'as_of', type: 'text', doc: 'When the statements held.' },
    {
      name: 'join_key',
      type: 'text',
      required: false,
      doc: 'Key used to join other tables (sector HQ city, state).',
    },
    { name: 'notes', type: 'text', required: false, doc: 'Transcriber’s notes.' },
  ],
});
