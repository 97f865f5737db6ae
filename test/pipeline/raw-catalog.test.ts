// The raw folder is the record of what the layers are built from: every file listed in
// geodata/raw/catalog.json with its sha256 and rows, every folder with a README whose generated
// parts (citation, files, schema) match the code and the files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/lib/catalog';
import { expectedReadmes, freshCatalog } from '../../scripts/lib/raw-folders';
import { SOURCES } from '../../scripts/sources/index';
import { rawDir } from './raw-dir';

describe('geodata/raw', () => {
  it('matches its catalog: every file, its sha256 and its rows', async () => {
    const recorded = await loadCatalog(rawDir());
    expect(await freshCatalog(rawDir())).toEqual(recorded);
  }, 60_000);

  it('records every input a layer reads', async () => {
    const recorded = (await loadCatalog(rawDir()))!;
    const inputs = SOURCES.filter((m) => !m.optional).flatMap((m) => m.inputs.map((i) => i.path));
    expect(inputs.filter((p) => !recorded.files[p])).toEqual([]);
  });

  it('has a README in each folder whose citation, files and schema parts are current', async () => {
    const readmes = await expectedReadmes(rawDir(), (await loadCatalog(rawDir()))!);
    expect(readmes.size).toBeGreaterThanOrEqual(14);
    for (const [folder, text] of readmes) {
      expect(text, `${folder}/README.md`).not.toBeNull();
      expect(await readFile(join(rawDir(), folder, 'README.md'), 'utf8'), folder).toBe(text);
      expect(text, folder).toMatch(/\| Licence \| .+ \|/);
      expect(text, folder).toMatch(/\| Retrieved \| .+ \|/);
    }
  });
});
