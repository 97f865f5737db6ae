// The calibre groups the pipeline writes (calibre.ts) and the app accepts in a link: a list
// with no dependencies, so the app can import it.
export const CALIBRE_GROUPS = [
  '.22',
  '5.56/.223',
  '7.62x39',
  '7.62x51/.308',
  '7.62 (unspecified)',
  '9mm',
  '.380',
  '.38/.357',
  '.40/10mm',
  '.45',
  '.50',
  'shotgun gauge',
  'several',
  'other',
  'unknown',
] as const;
export type CalibreGroup = (typeof CALIBRE_GROUPS)[number];
