// `npm run data`: raw public sources → geodata/*.fgb + manifest.json, with a summary table.
import cliProgress from 'cli-progress';
import { parseCli, formatBytes } from './lib/cli';
import { DataError, MissingRawError } from './lib/errors';
import type { BuildContext } from './lib/layer';
import { run } from './lib/runner';
import { SOURCES } from './sources/index';

const root = new URL('..', import.meta.url).pathname;

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

async function main() {
  const opts = parseCli(process.argv.slice(2), process.env, root);
  console.log(
    `Raw data: ${opts.rawDir}\nOutput:   ${opts.outDir}${opts.only ? `\nOnly:     ${opts.only}` : ''}\n`,
  );
  const t0 = performance.now();
  const { reports, skipped } = await run({ ...opts, modules: SOURCES, progress });
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
  console.log(
    `\n${reports.length} layers, ${formatBytes(total)}, ${rejected} rows rejected (see geodata/reports/), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof MissingRawError || e instanceof DataError) {
    console.error(
      `\n${e.message}\n\nNothing was written; the layers already in geodata/ are unchanged.`,
    );
  } else {
    console.error(e);
  }
  process.exit(1);
});
