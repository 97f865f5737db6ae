// The README's repository layout names every folder of src/ and scripts/, so a new folder
// cannot land without a line saying what it is for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

function folders(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => [`${dir}/${d.name}/`, ...folders(`${dir}/${d.name}`)]);
}

it('lists every folder of src/ and scripts/ in the repository layout', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = readme.split('## Repository layout')[1]!.split('```')[1]!;
  const listed = new Set(block.split('\n').map((l) => l.split(/\s+/)[0]));
  const missing = [...folders('src'), ...folders('scripts')].filter((f) => !listed.has(f));
  expect(missing).toEqual([]);
});
