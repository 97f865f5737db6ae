// `npm run data` as a person runs it: a changed input stops it with the file named, and a build
// that is stopped (Ctrl-C, SIGTERM, its npm process killed) leaves the output folder as it was.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alive } from '../../scripts/lib/processes';

const ROOT = new URL('../..', import.meta.url).pathname;
const RAW = join(ROOT, 'geodata/raw');

/**
 * A raw folder that is the repository's, but for the files `replace` gives new bytes. Folders
 * not touched are links to the repository's, unless `copyAll` (for a command that writes there:
 * through a link it would write into the repository).
 */
async function rawCopy(
  replace: Record<string, Buffer | string> = {},
  copyAll = false,
): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'sb-cli-raw-')), 'raw');
  await mkdir(dir);
  const touched = new Set(Object.keys(replace).map((p) => p.split('/')[0]));
  for (const d of await readdir(RAW, { withFileTypes: true })) {
    if (!d.isDirectory() || copyAll || touched.has(d.name))
      await cp(join(RAW, d.name), join(dir, d.name), { recursive: true });
    else await symlink(join(RAW, d.name), join(dir, d.name));
  }
  for (const [p, bytes] of Object.entries(replace)) await writeFile(join(dir, p), bytes);
  return dir;
}

/** An output folder holding the committed layers, and a fingerprint of everything in it. */
async function outCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-cli-out-'));
  for (const f of await readdir(join(ROOT, 'geodata')))
    if (f !== 'raw') await cp(join(ROOT, 'geodata', f), join(dir, f), { recursive: true });
  return dir;
}
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (d.isFile() || d.isDirectory()) {
      const p = join(d.parentPath, d.name);
      out[p.slice(dir.length + 1)] = d.isFile()
        ? createHash('sha256')
            .update(await readFile(p))
            .digest('hex')
        : 'dir';
    }
  return out;
}

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  // Keep the output flowing, so a full pipe never holds the build up.
  child.stdout?.on('data', () => {});
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

const build = (raw: string, out: string) =>
  spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--raw', raw, '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * Resolves once the build has started (its first line, printed when its code is loaded: on a
 * busy machine that takes seconds, and a signal before it would meet no handler yet).
 */
const started = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Raw data:')) resolve();
    });
  });

describe('npm run data', () => {
  it('stops with exit code 1 on a court-case file cut at 60 %, naming it, and writes nothing', async () => {
    const file = 'us-mx-trafficking-court-cases/court_case_data_firearm_details.csv';
    const text = await readFile(join(RAW, file), 'utf8');
    const raw = await rawCopy({ [file]: text.slice(0, Math.round(text.length * 0.6)) });
    const out = await outCopy();
    const before = await fingerprint(out);
    const { code, stderr } = await exited(build(raw, out));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /us-mx-trafficking-court-cases\/court_case_data_firearm_details\.csv: 2,\d{3} rows, recorded 4,224 \(-\d+\.\d %\)/,
    );
    expect(stderr).toContain('Nothing was written');
    expect(await fingerprint(out)).toEqual(before);
  }, 60_000);

  it('leaves the output folder as it was when stopped with SIGTERM', async () => {
    const out = await outCopy();
    const before = await fingerprint(out);
    const child = build(RAW, out);
    const done = exited(child);
    await started(child);
    // Into the build (it takes ~15 s), well before anything is swapped in.
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGTERM');
    const { code, stderr } = await done;
    expect(code).toBe(143);
    expect(stderr).toContain('Build stopped (SIGTERM)');
    expect(await fingerprint(out)).toEqual(before);
  }, 60_000);

  it('stops its node process when npm itself is killed, and leaves the output as it was', async () => {
    const out = await outCopy();
    const before = await fingerprint(out);
    const npm = spawn('npm', ['run', 'data', '--', '--out', out], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 2500));
    // The build is a grandchild (npm → sh → node): find it, and the shell, before npm goes.
    const pids = execFileSync('pgrep', ['-f', `scripts/build.ts --out ${out}`], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .map(Number);
    expect(pids.length).toBeGreaterThan(0);
    npm.kill('SIGKILL');
    // The build notices between two steps of its work; on a loaded machine (the browser tests run
    // alongside) one step can take a while, so the bound is generous — what matters is that it ends.
    const deadline = Date.now() + 30_000;
    while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(pids.filter(alive)).toEqual([]);
    expect(await fingerprint(out)).toEqual(before);
    expect(existsSync(join(out, '.publish-journal.json'))).toBe(false);
  }, 60_000);
});

describe('npm run data:fetch', () => {
  const STUB = join(ROOT, 'test/pipeline/fixtures/fetch-stub.mjs');
  const fetchCli = (raw: string, stub: string, apply = false) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        STUB,
        'scripts/fetch.ts',
        '--raw',
        raw,
        ...(apply ? ['--apply'] : []),
      ],
      { cwd: ROOT, env: { ...process.env, FETCH_STUB: stub }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  const run = async (child: ChildProcess) => {
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    const { code, stderr } = await exited(child);
    return { code, stdout, stderr };
  };

  it('says in one line that there is no network, and changes nothing', async () => {
    const raw = await rawCopy({}, true);
    const before = await fingerprint(raw);
    const { code, stdout, stderr } = await run(fetchCli(raw, 'offline'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^No network: could not reach [\w.]+ \(ENOTFOUND\); geodata\/raw\/ is unchanged\.\n$/,
    );
    expect(await fingerprint(raw)).toEqual(before);
  }, 60_000);

  it('stages a changed source, prints its rows added and changed, and replaces it only on --apply', async () => {
    const file = 'mx-population-conapo/conapo_pob_ent_gender_1950_2070.csv';
    const input = (await import('../../scripts/sources/homicides')).homicides.inputs.find(
      (i) => i.path === file,
    )!;
    const text = await readFile(join(RAW, file), 'utf8');
    const lines = text.trimEnd().split('\n');
    // One population revised, one year added: what a new CONAPO edition looks like.
    lines[1] = lines[1]!.replace(/,(\d+)$/, ',1');
    lines.push('2071,Nacional,00,Total,1,1');
    const served = join(await mkdtemp(join(tmpdir(), 'sb-served-')), 'conapo.csv');
    await writeFile(served, lines.join('\n') + '\n');
    const raw = await rawCopy({}, true);
    const before = await fingerprint(raw);

    const staged = await run(fetchCli(raw, JSON.stringify({ [input.url]: served })));
    expect(staged.stdout).toContain(
      `changed:   ${file}: 10,059 → 10,060 rows; +1 added, −0 removed, 1 changed`,
    );
    expect(staged.stdout).toContain('1 changed, 0 unchanged');
    expect(await fingerprint(raw)).toEqual(before);

    const applied = await run(fetchCli(raw, '{}', true));
    expect(applied.code).toBe(0);
    expect(await readFile(join(raw, file), 'utf8')).toBe(lines.join('\n') + '\n');
    const catalog = JSON.parse(await readFile(join(raw, 'catalog.json'), 'utf8'));
    expect(catalog.files[file].rows).toBe(10_060);
    expect(await readFile(join(raw, 'mx-population-conapo/README.md'), 'utf8')).toContain(
      '| 10,060 |',
    );
  }, 120_000);
});
