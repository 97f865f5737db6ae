// The pipeline's time and peak memory at the real size and on a clearly synthetic input ten
// times larger (written to a temp folder, never to geodata/): the SESNSP victims file and the BTS
// crossings, the two inputs that grow every month. Memory should stay flat (streaming), time
// should grow about linearly with the rows.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type Catalog, CatalogSchema, sha256 } from '../lib/catalog';
import { BTS_FILE } from '../sources/ports';
import { fmt, type Stat, stat as summary } from './stats';
import { SESNSP_FILE } from '../sources/homicides';

const ROOT = new URL('../..', import.meta.url).pathname;
export const FACTOR = 10;
const RUNS = 5;

/**
 * Writes `file` ×FACTOR: each row, then FACTOR−1 copies made unmistakably synthetic and with
 * keys of their own, so duplicate detection keeps every one (and has to remember them all).
 */
async function scale(
  from: string,
  to: string,
  copy: (cells: string[], k: number) => string[],
): Promise<void> {
  async function* lines() {
    const rl = createInterface({
      input: createReadStream(from).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    let header = true;
    let buf: string[] = [];
    for await (const line of rl) {
      buf.push(line);
      if (header) {
        header = false;
        continue;
      }
      const cells = line.split(',');
      for (let k = 1; k < FACTOR; k++) buf.push(copy(cells, k).join(','));
      if (buf.length >= 20_000) {
        yield buf.join('\n') + '\n';
        buf = [];
      }
    }
    if (buf.length) yield buf.join('\n') + '\n';
  }
  await pipeline(Readable.from(lines()), createGzip({ level: 1 }), createWriteStream(to));
}

/** A raw folder like `raw`, with the two large inputs ×FACTOR, and its catalog. */
export async function syntheticRaw(raw: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'sb-bench-raw10-')), 'raw');
  await mkdir(dir);
  const big = [SESNSP_FILE, BTS_FILE];
  for (const d of await readdir(raw, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    if (big.some((f) => f.startsWith(`${d.name}/`)))
      await cp(join(raw, d.name), join(dir, d.name), { recursive: true });
    else await symlink(join(raw, d.name), join(dir, d.name));
  }
  // SESNSP: the same victims rows under an age group marked synthetic, with no victims, so the
  // homicide figures stay those of the real file.
  await scale(join(raw, SESNSP_FILE), join(dir, SESNSP_FILE), (c, k) => {
    const out = [...c];
    out[10] = `${out[10]} (synthetic copy ${k})`;
    out[11] = '0';
    return out;
  });
  // BTS: copies on the Canadian border under port codes no real port has.
  await scale(join(raw, BTS_FILE), join(dir, BTS_FILE), (c, k) => {
    const out = [...c];
    out[0] = `Synthetic ${k}`;
    out[2] = String(9000 + k);
    out[3] = 'US-Canada Border';
    return out;
  });
  const catalog: Catalog = CatalogSchema.parse(
    JSON.parse(await readFile(join(raw, 'catalog.json'), 'utf8')),
  );
  for (const f of big) {
    catalog.files[f] = {
      ...catalog.files[f]!,
      sha256: await sha256(join(dir, f)),
      bytes: (await stat(join(dir, f))).size,
      rows: catalog.files[f]!.rows * FACTOR,
    };
  }
  await writeFile(join(dir, 'catalog.json'), JSON.stringify(catalog, null, 2));
  return dir;
}

export interface PipelineRun {
  seconds: number;
  peakMB: number;
  /** sha256 of the homicides layer built, to compare the real and the synthetic builds. */
  homicides: string;
}

/** One `npm run data` into a temp folder: wall time and the peak memory it reports. */
export async function buildOnce(raw: string): Promise<PipelineRun> {
  const out = await mkdtemp(join(tmpdir(), 'sb-bench-out-'));
  const t0 = performance.now();
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--raw', raw, '--out', out],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const m = /peak memory ([\d.]+) (MB|KB)/.exec(stdout);
  if (!m) throw new Error(`the build did not report its peak memory:\n${stdout.slice(-500)}`);
  const peakMB = Number(m[1]) / (m[2] === 'KB' ? 1024 : 1);
  const homicides = createHash('sha256')
    .update(await readFile(join(out, 'homicides.fgb')))
    .digest('hex');
  return { seconds, peakMB, homicides };
}

export interface PipelineFigures {
  full: Stat;
  peakMB: Stat;
  synthetic: { seconds: Stat; peakMB: Stat; sameOutputs: boolean };
}

/** `npm run data` at the real size (RUNS times) and on the synthetic ×10 input (twice). */
export async function pipelineFigures(raw: string): Promise<PipelineFigures> {
  console.log('Pipeline…');
  const real: PipelineRun[] = [];
  for (let i = 0; i < RUNS; i++) real.push(await buildOnce(raw));
  console.log(`Pipeline on a synthetic input ×${FACTOR} (SESNSP and BTS rows)…`);
  const big = await syntheticRaw(raw);
  const synthetic = [await buildOnce(big), await buildOnce(big)];
  return {
    full: summary(real.map((r) => r.seconds * 1000)),
    peakMB: summary(real.map((r) => r.peakMB)),
    synthetic: {
      seconds: summary(synthetic.map((r) => r.seconds * 1000)),
      peakMB: summary(synthetic.map((r) => r.peakMB)),
      // The synthetic rows add no victims: the homicides layer must come out the same.
      sameOutputs: synthetic.every((r) => r.homicides === real[0]!.homicides),
    },
  };
}

export function pipelineRows(p: PipelineFigures) {
  const mb = (s: Stat) => `${s.median.toFixed(0)} MB (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  return {
    'pipeline, full build': { measured: fmt(p.full), reference: '', ratio: '', target: '≤ 20 s' },
    'pipeline, peak memory': { measured: mb(p.peakMB), reference: '', ratio: '', target: '' },
    [`pipeline ×${FACTOR} input, time`]: {
      measured: fmt(p.synthetic.seconds),
      reference: `real size ${fmt(p.full)}`,
      ratio: (p.synthetic.seconds.median / p.full.median).toFixed(2),
      target: `≈ linear (≤ ${FACTOR}×)`,
    },
    [`pipeline ×${FACTOR} input, peak memory`]: {
      measured: mb(p.synthetic.peakMB),
      reference: `real size ${mb(p.peakMB)}; same homicides layer: ${p.synthetic.sameOutputs ? 'yes' : 'NO'}`,
      ratio: (p.synthetic.peakMB.median / p.peakMB.median).toFixed(2),
      target: '≤ 1.5×',
    },
  };
}
