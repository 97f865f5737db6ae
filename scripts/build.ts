// `npm run data`: raw public sources → geodata/*.fgb + manifest.json, with a summary table.
// The build publishes its outputs as one set (scripts/lib/publish.ts): stopped by Ctrl-C, a
// SIGTERM or the death of the process that started it, it leaves geodata/ as it was.
import { existsSync, readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { loadCatalog, RawChangedError } from './lib/catalog';
import { parseCli, formatBytes } from './lib/cli';
import { DataError, MissingRawError } from './lib/errors';
import type { BuildContext } from './lib/layer';
import { alive } from './lib/processes';
import { discardStaging } from './lib/publish';
import { run } from './lib/runner';
import { SOURCES } from './sources/index';

const root = new URL('..', import.meta.url).pathname;
const UNCHANGED = 'Nothing was written; the layers already in geodata/ are unchanged.';

// Bars only on a terminal: in CI they would fill the log with carriage returns.
const progress: BuildContext['progress'] = (label, total) => {
  if (!process.stderr.isTTY) return { tick() {}, done() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `  ${label.padEnd(28)} {bar} {percentage}% | {value}/{total}`,
      stream: process.stderr,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), done: () => bar.stop() };
};

/**
 * Stops the build on SIGINT/SIGTERM or when the parent process is gone (an `npm run data` that
 * was killed would otherwise leave this process writing on its own). Before the swap nothing in
 * the output folder has changed, so stopping means removing the staging folder; during the swap
 * (milliseconds) the stop waits for it to finish, so the set is never half replaced.
 */
function guardStops(outDir: string): (on: boolean) => void {
  let swapping = false;
  let pending: (() => void) | null = null;
  const stop = (why: string, code: number) => {
    if (swapping) {
      pending = () => {
        console.error(`\nBuild stopped (${why}) once the new set was in place.`);
        process.exit(code);
      };
      return;
    }
    discardStaging(outDir);
    console.error(`\nBuild stopped (${why}). ${UNCHANGED}`);
    process.exit(code);
  };
  process.on('SIGINT', () => stop('SIGINT', 130));
  process.on('SIGTERM', () => stop('SIGTERM', 143));
  const parent = process.ppid;
  const ancestors = launchers();
  const orphaned = () =>
    ancestors === 'gone' || process.ppid !== parent || ancestors.some((pid) => !alive(pid));
  // The interval cannot run while a module computes synchronously, so the check is repeated
  // right before the swap, the last moment at which stopping leaves geodata/ untouched.
  setInterval(() => {
    if (orphaned()) stop('the process that started it ended', 1);
  }, 250).unref();
  return (on) => {
    if (on && orphaned()) stop('the process that started it ended', 1);
    swapping = on;
    if (!on && pending) pending();
  };
}

/**
 * The processes between this one and the `npm run data` that launched it (npm → sh → node): if
 * npm is killed outright, the shell in between stays alive waiting for us, so watching only the
 * parent would miss it. Read from /proc (Linux); elsewhere only the parent is watched.
 */
function launchers(): number[] | 'gone' {
  if (!process.env.npm_lifecycle_event || !existsSync('/proc')) return [];
  const out: number[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 4; depth++) {
    // Started by npm, yet the chain of parents reaches init before any npm: npm was killed
    // before this check ran (a slow start), and the shell in between was handed to init
    // (unless npm is init itself, as in a container started with `npm run data`).
    if (pid < 1) return 'gone';
    out.push(pid);
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('npm')) return out;
      if (pid === 1) return 'gone';
      // Field 4 of /proc/<pid>/stat is the parent pid (after the command name in parentheses).
      pid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
    } catch {
      return out;
    }
  }
  return [];
}

async function main() {
  const opts = parseCli(process.argv.slice(2), process.env, root);
  console.log(
    `Raw data: ${opts.rawDir}\nOutput:   ${opts.outDir}${opts.only ? `\nOnly:     ${opts.only}` : ''}\n`,
  );
  const catalog = await loadCatalog(opts.rawDir);
  if (!catalog)
    throw new DataError(
      `${opts.rawDir}/catalog.json`,
      'missing: every raw folder carries the record of its files (sha256, rows). Record them first: npm run data:catalog -- --raw <dir> --write',
    );
  const swapping = guardStops(opts.outDir);
  const t0 = performance.now();
  const { reports, skipped } = await run({
    ...opts,
    modules: SOURCES,
    progress,
    catalog,
    swapping,
  });
  const rows = reports.flatMap((r): Record<string, string | number>[] =>
    r.entry.accounting.length
      ? r.entry.accounting.map((a, i) => ({
          layer: i === 0 ? r.id : '',
          source: a.file,
          read: a.read,
          kept: a.kept,
          filtered: Object.values(a.filtered).reduce((x, y) => x + y, 0),
          rejected: a.rejected,
          features: i === 0 ? r.entry.featureCount : '',
          size: i === 0 ? formatBytes(r.entry.bytes) : '',
          seconds: i === 0 ? r.seconds.toFixed(2) : '',
        }))
      : [
          {
            layer: r.id,
            source: '(npm packages)',
            read: '',
            kept: '',
            rejected: '',
            features: r.entry.featureCount,
            size: formatBytes(r.entry.bytes),
            seconds: r.seconds.toFixed(2),
          },
        ],
  );
  console.table(rows);
  const total = reports.reduce((n, r) => n + r.entry.bytes, 0);
  const rejected = reports.flatMap((r) => r.entry.accounting).reduce((n, a) => n + a.rejected, 0);
  for (const id of skipped)
    console.log(
      `Skipped optional layer ${id}: its raw input is not in the raw folder (see README).`,
    );
  const incomplete = reports.filter((r) => r.entry.incomplete.length > 0);
  for (const r of incomplete)
    console.log(
      `Incomplete: ${r.id} lost ${r.entry.incomplete.reduce((n, l) => n + l.rows, 0)} source row(s) (flagged in the manifest, map, table and downloads).`,
    );
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `\n${reports.length} layers, ${formatBytes(total)}, ${rejected} rows rejected (see geodata/reports/), ${((performance.now() - t0) / 1000).toFixed(1)} s, peak memory ${formatBytes(peak)}`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof MissingRawError || e instanceof DataError || e instanceof RawChangedError) {
    console.error(`\n${e.message}\n\n${UNCHANGED}`);
  } else {
    console.error(e);
    console.error(`\n${UNCHANGED}`);
  }
  process.exit(1);
});
