// Publishing a build as a set. Every output is written to a staging folder beside geodata/,
// verified there, then swapped in: old files move to a backup folder and new ones take their
// place, with a journal on disk for the few milliseconds that takes. A build that stops before
// the swap leaves geodata/ untouched; one killed during it is rolled back by the next run.
import { existsSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAtomic } from './atomic';

export interface Output {
  /** Path relative to the output folder. */
  path: string;
  data: Uint8Array | string;
}

interface Journal {
  staging: string;
  backup: string;
  files: { path: string; existed: boolean; replace: boolean }[];
}

const JOURNAL = '.publish-journal.json';

/** The staging folder of this process: removed by `discardStaging` when the build is stopped. */
export const stagingDir = (outDir: string) => join(outDir, `.staging-${process.pid}`);

/** Synchronous, for signal handlers: removes this process's staging folder. */
export function discardStaging(outDir: string): void {
  rmSync(stagingDir(outDir), { recursive: true, force: true });
}

async function move(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await rename(from, to);
}

/**
 * Undoes a swap that a killed build left half done (its journal is still there): every file
 * that was replaced gets its previous version back, every file that was added is removed.
 * Returns true when there was something to roll back.
 */
export async function recover(outDir: string): Promise<boolean> {
  const path = join(outDir, JOURNAL);
  if (!existsSync(path)) return false;
  const j = JSON.parse(await readFile(path, 'utf8')) as Journal;
  for (const f of j.files) {
    const backup = join(j.backup, f.path);
    const target = join(outDir, f.path);
    if (f.existed) {
      if (existsSync(backup)) await move(backup, target);
    } else if (f.replace && existsSync(target) && !existsSync(join(j.staging, f.path))) {
      await unlink(target);
    }
  }
  await rm(j.backup, { recursive: true, force: true });
  await rm(j.staging, { recursive: true, force: true });
  await unlink(path);
  return true;
}

export interface PublishOptions {
  /** Files in the output folder to remove with this set (reports of a previous build). */
  remove?: string[];
  /** Checks the staged files before anything is swapped; throws to abandon the build. */
  verify(staging: string): Promise<void>;
  /** Called around the swap, so a signal handler can wait for it instead of cutting it. */
  swapping?(on: boolean): void;
}

export async function publish(
  outDir: string,
  outputs: Output[],
  opts: PublishOptions,
): Promise<void> {
  await recover(outDir);
  const staging = stagingDir(outDir);
  const backup = join(outDir, `.backup-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    for (const o of outputs) {
      await mkdir(dirname(join(staging, o.path)), { recursive: true });
      await writeFile(join(staging, o.path), o.data);
    }
    await opts.verify(staging);
    const replaced = new Set(outputs.map((o) => o.path));
    const paths = [...replaced, ...(opts.remove ?? []).filter((p) => !replaced.has(p))];
    const journal: Journal = {
      staging,
      backup,
      files: paths.map((p) => ({
        path: p,
        existed: existsSync(join(outDir, p)),
        replace: replaced.has(p),
      })),
    };
    opts.swapping?.(true);
    try {
      await writeAtomic(join(outDir, JOURNAL), JSON.stringify(journal));
      for (const f of journal.files) {
        if (f.existed) await move(join(outDir, f.path), join(backup, f.path));
        if (f.replace) await move(join(staging, f.path), join(outDir, f.path));
      }
      await unlink(join(outDir, JOURNAL));
    } catch (e) {
      // A failed rename: put the previous set back before reporting.
      await recover(outDir);
      throw e;
    } finally {
      opts.swapping?.(false);
    }
    await rm(backup, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
