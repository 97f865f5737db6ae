// `npm run data:fetch`: downloads the sources that have a stable download into a staging folder,
// checks each one reads, and prints what changed against geodata/raw/ (rows added, removed,
// changed per file). `-- --apply` then replaces the changed files and records them in the
// catalog and READMEs. Without a network it says so in one line and changes nothing.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CATALOG_FILE, loadCatalog } from './lib/catalog';
import { parseCli } from './lib/cli';
import type { RawInput } from './lib/layer';
import { expectedReadmes, freshCatalog } from './lib/raw-folders';
import {
  describeDiff,
  diffRows,
  isOffline,
  readRowsForDiff,
  stage,
  unchanged,
  type FileDiff,
} from './lib/refresh';
import { SOURCES } from './sources/index';

const root = new URL('..', import.meta.url).pathname;
/** Beside the raw folder (geodata/.raw-staging for geodata/raw), on the same disk. */
const stagingOf = (rawDir: string) => join(dirname(rawDir), '.raw-staging');
const TIMEOUT_MS = 20_000;

async function stageAll(rawDir: string): Promise<void> {
  const STAGING = stagingOf(rawDir);
  const seen = new Set<string>();
  const inputs = SOURCES.flatMap((m) => m.inputs).filter(
    (i) => !seen.has(i.path) && seen.add(i.path),
  );
  const catalog = await loadCatalog(rawDir);
  await rm(STAGING, { recursive: true, force: true });
  const manual: RawInput[] = [];
  const diffs: FileDiff[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    if (input.manual) {
      manual.push(input);
      continue;
    }
    let staged: string;
    try {
      staged = await stage(input, STAGING, (url) =>
        fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) }),
      );
    } catch (e) {
      const offline = isOffline(e);
      if (offline && diffs.length === 0 && problems.length === 0) {
        console.error(
          `No network: could not reach ${new URL(input.url).host} (${offline}); geodata/raw/ is unchanged.`,
        );
        process.exit(1);
      }
      problems.push(`not downloaded: ${input.path} (${(e as Error).message}) from ${input.url}`);
      continue;
    }
    const headerLine = catalog?.files[input.path]?.headerLine;
    try {
      const after = await readRowsForDiff(staged, input.path, input.key, headerLine);
      const before = await readRowsForDiff(
        join(rawDir, input.path),
        input.path,
        input.key,
        headerLine,
      );
      const d = diffRows(input.path, before, after);
      diffs.push(d);
      console.log(describeDiff(d));
    } catch (e) {
      problems.push(`unreadable: ${input.path}: ${(e as Error).message}`);
    }
  }
  const changed = diffs.filter((d) => !unchanged(d)).map((d) => d.file);
  await mkdir(STAGING, { recursive: true });
  await writeFile(join(STAGING, 'staged.json'), JSON.stringify({ changed }, null, 2));
  for (const p of problems) console.error(p);
  if (manual.length) {
    console.log(`\nNo stable download (get these by hand, then npm run data:catalog -- --write):`);
    for (const m of manual) console.log(`  - ${m.path}\n      from ${m.url} (${m.getFrom})`);
  }
  console.log(
    `\n${diffs.length} file(s) downloaded into ${STAGING}: ${changed.length} changed, ${diffs.length - changed.length} unchanged. ` +
      (changed.length
        ? 'Review the changes above, then replace them with `npm run data:fetch -- --apply` and rebuild with `npm run data`.'
        : 'Nothing to replace.'),
  );
  if (problems.length) process.exit(1);
}

async function apply(rawDir: string): Promise<void> {
  const STAGING = stagingOf(rawDir);
  let changed: string[];
  try {
    ({ changed } = JSON.parse(await readFile(join(STAGING, 'staged.json'), 'utf8')) as {
      changed: string[];
    });
  } catch {
    throw new Error('Nothing staged: run `npm run data:fetch` first and review what it prints.');
  }
  for (const f of changed) {
    await mkdir(dirname(join(rawDir, f)), { recursive: true });
    await copyFile(join(STAGING, f), join(rawDir, f));
  }
  const catalog = await freshCatalog(rawDir);
  await writeFile(join(rawDir, CATALOG_FILE), JSON.stringify(catalog, null, 2) + '\n');
  for (const [folder, text] of await expectedReadmes(rawDir, catalog))
    if (text !== null) await writeFile(join(rawDir, folder, 'README.md'), text);
  await rm(STAGING, { recursive: true, force: true });
  console.log(
    `Replaced ${changed.length} file(s) in ${rawDir}; catalog and READMEs updated. Rebuild with \`npm run data\` and review \`git diff\`.`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const { rawDir } = parseCli(
    args.filter((a) => a !== '--apply'),
    process.env,
    root,
  );
  if (args.includes('--apply')) await apply(rawDir);
  else await stageAll(rawDir);
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
