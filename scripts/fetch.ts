// `npm run data:fetch`: downloads the raw files named in the provenance notes into geodata/raw/
// (or --raw / SOUTHBOUND_RAW_DIR). Fails fast and says so when there is no internet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeAtomic } from './lib/atomic';
import { parseCli } from './lib/cli';
import type { RawInput } from './lib/layer';
import { SOURCES } from './sources/index';

const root = new URL('..', import.meta.url).pathname;
const TIMEOUT_MS = 15_000;

async function download(input: RawInput, dest: string): Promise<void> {
  const res = await fetch(input.url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
  let body: Uint8Array = new Uint8Array(await res.arrayBuffer());
  if (body.length === 0) throw new Error('empty response');
  // Our raw layout keeps some files gzipped; the originals are plain CSV.
  if (dest.endsWith('.gz') && !(body[0] === 0x1f && body[1] === 0x8b))
    body = gzipSync(body, { level: 9 });
  await writeAtomic(dest, body);
}

async function main() {
  const { rawDir } = parseCli(
    process.argv.slice(2).filter((a) => a !== '--force'),
    process.env,
    root,
  );
  const force = process.argv.includes('--force');
  const seen = new Set<string>();
  const inputs = SOURCES.flatMap((m) => m.inputs).filter(
    (i) => !seen.has(i.path) && seen.add(i.path),
  );
  const manual: RawInput[] = [];
  const failed: { input: RawInput; error: string }[] = [];
  let fetched = 0;
  for (const input of inputs) {
    const dest = join(rawDir, input.path);
    if (existsSync(dest) && !force) continue;
    if (input.manual) {
      manual.push(input);
      continue;
    }
    process.stdout.write(`  ${input.path} … `);
    try {
      await download(input, dest);
      fetched++;
      console.log('ok');
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const error = err.cause?.code ?? err.cause?.message ?? err.message;
      console.log(`failed (${error})`);
      failed.push({ input, error });
      // No network at all: every other download would fail the same way, so stop now.
      if (
        /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|TimeoutError|timed out/i.test(error) &&
        fetched === 0
      )
        break;
    }
  }
  if (manual.length) {
    console.log(`\nThese need a manual download (no stable file URL); save them under ${rawDir}:`);
    for (const m of manual) console.log(`  - ${m.path}\n      from ${m.url} (${m.getFrom})`);
  }
  if (failed.length) {
    console.error(
      `\nCould not download ${failed.length === 1 ? 'a file' : 'the files'} (${failed[0]!.error}). ` +
        `Is there an internet connection? Without one, copy the raw data folder by hand and point the ` +
        `pipeline at it: npm run data -- --raw <dir>, or SOUTHBOUND_RAW_DIR=<dir>. ` +
        `The folder layout is the one of ../shared/data (see README).`,
    );
    process.exit(1);
  }
  console.log(`\n${fetched} file(s) downloaded into ${rawDir}.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
