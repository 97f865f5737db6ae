// The URLs of the built layer files. Vite emits them with hashed names, so a new build never
// serves stale data. Kept apart from manifest.ts, which Node scripts (tests, benchmark) also read.
const FILES = import.meta.glob<string>(
  ['../../geodata/*.fgb', '../../geodata/*.json', '!../../geodata/manifest.json'],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

/** URL of a built file (as listed in the manifest). */
export function fileUrl(file: string): string {
  const url = FILES[`../../geodata/${file}`];
  if (!url) throw new Error(`geodata/${file} is not bundled with the app`);
  return url;
}
