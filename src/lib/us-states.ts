// U.S. state names by USPS code, from the project's reference table (the same file the pipeline
// checks), for naming a state's profile.
import table from '../../scripts/reference/us-states.csv?raw';

const NAMES = new Map(
  table
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([usps, , name]) => [usps!.trim(), name!.trim()] as const),
);

/** "Texas" for "TX"; null for a code that is not a state. */
export const usStateName = (usps: string): string | null => NAMES.get(usps) ?? null;
