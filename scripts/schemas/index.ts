// Every table the project transcribes and keeps as its own, with its schema: the READMEs in
// geodata/raw/ document them from here, and the readers validate every row against them.
import { AGENCIES } from '../lib/aors';
import type { TableSchema } from '../lib/schema';
import { memberSchema, UNITS_SCHEMA } from './aors';
import { CMDPDH_SCHEMA } from './displacement';
import { CBP_FIGURES_SCHEMA, SEIZURE_EVENTS_SCHEMA } from './seizures';
import { SEDENA_SCHEMA, TRACES_SCHEMA } from './traces';

export const TRANSCRIBED: TableSchema[] = [
  CMDPDH_SCHEMA,
  CBP_FIGURES_SCHEMA,
  SEIZURE_EVENTS_SCHEMA,
  TRACES_SCHEMA,
  SEDENA_SCHEMA,
  ...AGENCIES.map((a) => memberSchema(a.file)),
  UNITS_SCHEMA,
];
