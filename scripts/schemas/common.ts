// Columns shared by the transcribed tables: every figure carries its words as printed and the
// page it was read from, so each can be checked against its source by anyone.
import type { Column } from '../lib/schema';

export const VALUE: Column<'value'> = {
  name: 'value',
  type: 'number',
  doc: 'The figure as a plain number.',
};
export const VALUE_TEXT: Column<'value_text'> = {
  name: 'value_text',
  type: 'text',
  doc: 'The figure’s words exactly as printed in the source (“more than 99,000 firearms”).',
};
export const SOURCE_PUBLISHER: Column<'source_publisher'> = {
  name: 'source_publisher',
  type: 'text',
  doc: 'Who published the page the figure was read from.',
};
export const SOURCE_URL: Column<'source_url'> = {
  name: 'source_url',
  type: 'url',
  doc: 'The page the figure was read from.',
};
export const SOURCE_DATE: Column<'source_date'> = {
  name: 'source_date',
  type: 'date',
  doc: 'Publication date of that page, as precise as the page gives it.',
};
export const SOURCE_LOCATOR: Column<'source_locator'> = {
  name: 'source_locator',
  type: 'text',
  doc: 'Where in the page (paragraph, table, bullet).',
};
export const NOTE: Column<'note'> = {
  name: 'note',
  type: 'text',
  required: false,
  doc: 'Transcriber’s caveat: lower bounds, conflicts with other sources, approximations.',
};
export const ORIGINAL_SOURCE: Column<'original_data_source'> = {
  name: 'original_data_source',
  type: 'text',
  doc: 'Who produced the figure (which may differ from who published the page).',
};

/** Where a figure was printed: publisher, page, date, place in the page, and a caveat. */
export const CITED = [SOURCE_PUBLISHER, SOURCE_URL, SOURCE_DATE, SOURCE_LOCATOR, NOTE];
