// `npm run data` as a person runs it: a changed input stops it with the file named, and a build
// that is stopped (Ctrl-C, SIGTERM, its npm process killed) leaves the output folder as it was.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const RAW = join(ROOT, 'geodata/raw');

/** A raw folder that is the repository's, but for the files `replace` gives new bytes. */
async function rawCopy(replace: Record<string, Buffer | string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-cli-raw-'));
  const touched = new Set(Object.keys(replace).map((p) => p.split('/')[0]));
  for (const d of await readdir(RAW, { withFileTypes: true })) {
    if (!d.isDirectory()) await cp(join(RAW, d.name), join(dir, d.name));
    else if (touched.has(d.name))
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
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

const build = (raw: string, out: string) =>
  spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--raw', raw, '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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
    await new Promise((r) => setTimeout(r, 2500));
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
    const deadline = Date.now() + 15_000;
    while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(pids.filter(alive)).toEqual([]);
    expect(await fingerprint(out)).toEqual(before);
    expect(existsSync(join(out, '.publish-journal.json'))).toBe(false);
  }, 60_000);
});
