// Developer tool for refactors that must not change what people see: screenshots of a set of
// views from the build of a git revision and from the working tree, compared byte for byte.
// Usage: node --import tsx test/tools/compare-shots.ts [rev=HEAD]
// (Chromium renders deterministically through SwiftShader, so equal code gives equal PNGs.)
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
const rev = process.argv[2] ?? 'HEAD';
/** name, hash, width, height: the default view, embeds, a phone, the briefing, both languages. */
const VIEWS: [string, string, number, number][] = [
  ['default', '', 1280, 800],
  ['narrow', '', 375, 700],
  ['embed', '#mode=embed&year=2019', 600, 700],
  ['embed-320', '#mode=embed&year=2019', 320, 600],
  ['layers', '#year=2021&layers=ports,dealers,encounters', 1280, 900],
  ['spanish', '#year=2019&layers=homicides&m.homicides=share&lang=es', 1280, 900],
  ['briefing-3', '#mode=briefing&scene=3', 1920, 1080],
  ['briefing-10', '#mode=briefing&scene=10', 1920, 1080],
];

async function shoot(dir: string, out: string): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
  for (const [name, hash, w, h] of VIEWS)
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/tools/shoot.ts',
        join(out, `${name}.png`),
        hash,
        String(w),
        String(h),
      ],
      { cwd: dir, stdio: 'ignore' },
    );
}

const tmp = await mkdtemp(join(tmpdir(), 'sb-shots-'));
const tree = join(tmp, 'tree');
execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: ROOT, stdio: 'ignore' });
try {
  await symlink(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  await mkdir(join(tmp, 'before'));
  await mkdir(join(tmp, 'after'));
  await shoot(tree, join(tmp, 'before'));
  await shoot(ROOT, join(tmp, 'after'));
  let same = true;
  for (const [n] of VIEWS) {
    const [a, b] = await Promise.all(
      ['before', 'after'].map((d) => readFile(join(tmp, d, `${n}.png`))),
    );
    const equal = a!.equals(b!);
    same &&= equal;
    console.log(`${equal ? 'identical' : 'DIFFERS  '} ${n}`);
  }
  console.log(same ? `Every view is identical to ${rev}.` : `Screenshots in ${tmp}`);
  process.exitCode = same ? 0 : 1;
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  if (process.exitCode === 0) await rm(tmp, { recursive: true, force: true });
}
