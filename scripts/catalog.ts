// `npm run data:catalog`: checks that geodata/raw/catalog.json and the READMEs in geodata/raw/
// describe the raw files as they are (exit 1 with the differences); `-- --write` records them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOG_FILE, loadCatalog } from './lib/catalog';
import { parseCli } from './lib/cli';
import { catalogDiff, expectedReadmes, freshCatalog } from './lib/raw-folders';

const root = new URL('..', import.meta.url).pathname;

async function main() {
  const write = process.argv.includes('--write');
  const { rawDir } = parseCli(
    process.argv.slice(2).filter((a) => a !== '--write'),
    process.env,
    root,
  );
  const fresh = await freshCatalog(rawDir);
  const diff = catalogDiff(await loadCatalog(rawDir), fresh);
  const readmes = await expectedReadmes(rawDir, fresh);
  const missing = [...readmes].filter(([, r]) => r === null).map(([f]) => f);
  if (missing.length)
    throw new Error(
      `No README.md in ${missing.join(', ')}: each raw folder says what it is (publisher, URL, licence, retrieval), in our words`,
    );
  if (write) {
    await writeFile(join(rawDir, CATALOG_FILE), JSON.stringify(fresh, null, 2) + '\n');
    for (const [folder, text] of readmes) await writeFile(join(rawDir, folder, 'README.md'), text!);
    console.log(
      diff.length ? `Recorded:\n  ${diff.join('\n  ')}` : 'Catalog unchanged; READMEs rewritten.',
    );
    return;
  }
  const { readFile } = await import('node:fs/promises');
  const stale: string[] = [];
  for (const [folder, text] of readmes)
    if ((await readFile(join(rawDir, folder, 'README.md'), 'utf8')) !== text) stale.push(folder);
  if (diff.length || stale.length) {
    console.error(
      [
        ...(diff.length
          ? ['The raw files differ from the catalog:', ...diff.map((d) => `  ${d}`)]
          : []),
        ...(stale.length ? [`READMEs out of date: ${stale.join(', ')}`] : []),
        'Review the change, then record it: npm run data:catalog -- --write',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`${Object.keys(fresh.files).length} raw files match the catalog; READMEs current.`);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
