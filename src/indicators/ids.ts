// The indicators' ids, apart from their (larger) code: a briefing file names the ones it shows.
export const INDICATOR_IDS = ['homicides', 'seizures', 'traces', 'dealers', 'penalized'] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];
