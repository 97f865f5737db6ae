// Figures that lost source rows, and partial years, flagged wherever the number is read: the
// legend, the tooltip, the data table, the downloads and the briefing. Which figures lost rows
// comes from the manifest the pipeline wrote, not from this test.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import briefing from '../../src/briefing/default.json';
import type { Manifest } from '../../scripts/lib/manifest';
import { mapPoint, setYear, settle, showOnly } from './app';
import { builtFeatures } from './data';
import { openPage, suitePage, waitForMap } from './page';

const manifest = JSON.parse(
  await readFile(new URL('../../geodata/manifest.json', import.meta.url), 'utf8'),
) as Manifest;
const entry = (id: string) => manifest.layers.find((l) => l.id === id)!;
const RESULTS = new URL('../../test-results/', import.meta.url).pathname;

describe('incomplete and partial figures', () => {
  const suite = suitePage();

  // A port whose figures of one year lost a source row (a repeated key with other values).
  const lost = entry('ports').incomplete.find((l) => l.feature !== null)!;

  it('marks the port in the table and the tooltip, and says what the layer lost in its legend', async () => {
    expect(lost).toBeDefined();
    const port = (await builtFeatures('ports')).find(
      (f) => f.properties.port_code === lost.feature,
    )!;
    await showOnly(suite.o.page, ['ports']);
    await setYear(suite.o.page, lost.year!);
    const legend = suite.o.page.locator('li[data-layer="ports"] figure.legend');
    const layerRows = entry('ports')
      .incomplete.filter((l) => l.feature === null)
      .reduce((n, l) => n + l.rows, 0);
    await expect(legend.locator('.flag').textContent()).resolves.toBe(
      `⚠ Incomplete: ${layerRows} source row(s) of this layer could not be used or placed: totals may be low. 1 place(s) have figures missing source rows (marked * in the data table).`,
    );
    const row = suite.o.page.locator('#data-table tbody tr', {
      has: suite.o.page.locator('th', { hasText: String(port.properties.name) }),
    });
    await expect(row.locator('td.num').textContent()).resolves.toMatch(/\d \w+\*\(Incomplete\)$/);
    // Other ports are not marked.
    await expect(
      suite.o.page.locator('#data-table td.num', { hasText: '*' }).count(),
    ).resolves.toBe(1);

    const [lon, lat] = (port.geometry as { coordinates: number[] }).coordinates;
    const box = (await suite.o.page.locator('#map').boundingBox())!;
    const p = await mapPoint(suite.o.page, lon!, lat!);
    await suite.o.page.mouse.move(box.x + p.x, box.y + p.y);
    const tooltip = suite.o.page.getByRole('tooltip');
    await expect(tooltip.locator('.note').textContent()).resolves.toContain(
      `${lost.rows} source row(s) behind this figure were rejected`,
    );
    await suite.o.page.mouse.move(box.x + 5, box.y + box.height - 5);
  });

  it('says the same in Spanish', async () => {
    await suite.o.page.getByRole('button', { name: 'Español' }).click();
    await settle(suite.o.page, ['lang=es']);
    await expect(
      suite.o.page.locator('li[data-layer="ports"] figure.legend .flag').textContent(),
    ).resolves.toMatch(
      /^⚠ Incompleto: \d+ fila\(s\) de la fuente de esta capa no se pudieron usar/,
    );
    await suite.o.page.getByRole('button', { name: 'English' }).click();
    await settle(suite.o.page, ['lang=en']);
  });

  it('writes the loss into every download of the layer', async () => {
    await suite.o.page.getByRole('button', { name: 'Sources and downloads' }).click();
    const dialog = suite.o.page.getByRole('dialog', { name: 'Sources and downloads' });
    const section = dialog.locator('section[aria-labelledby="src-ports"]');
    await expect(section.locator('details.incomplete summary').textContent()).resolves.toMatch(
      /^Incomplete \(\d+\)$/,
    );
    const [csv] = await Promise.all([
      suite.o.page.waitForEvent('download'),
      section.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    // UTF-8 with a byte-order mark, so Excel keeps the accents.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\n')[0]).toMatch(/,incomplete,partial_years,licence,citation$/);
    expect(text).toContain(
      `${lost.year}: ${lost.rows} source row rejected for this feature (${lost.source})`,
    );
    const [geo] = await Promise.all([
      suite.o.page.waitForEvent('download'),
      section.getByRole('button', { name: 'GeoJSON' }).click(),
    ]);
    const fc = JSON.parse(await readFile((await geo.path())!, 'utf8'));
    expect(
      fc.features.find(
        (f: { properties: Record<string, string> }) => f.properties.port_code === lost.feature,
      ).properties.incomplete,
    ).toContain('rejected for this feature');
    // The file carries the layer's citation and licence, and what it lost.
    expect(fc.metadata.citation).toContain(entry('ports').sources[0]!.url);
    expect(fc.metadata.incomplete).toEqual(entry('ports').incomplete);
    await suite.o.page.keyboard.press('Escape');
  });

  it('cites the release and downloads every layer in one zip, as published and as CSV/GeoJSON', async () => {
    const page = suite.o.page;
    await page.getByRole('button', { name: 'Sources and downloads' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sources and downloads' });
    const r = manifest.release;
    await dialog.getByRole('heading', { name: `Data release ${r.version}, ${r.date}` }).waitFor();
    await dialog.getByText('How to cite').click();
    await expect(dialog.getByLabel('BibTeX').textContent()).resolves.toContain(
      `version = {${r.version}}`,
    );
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download all data (.zip)' }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe(`southbound-data-${r.version}.zip`);
    const files = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
    const root = `southbound-data-${r.version}`;
    const geodata = new URL('../../geodata/', import.meta.url).pathname;
    // The published files as they are in geodata/, where datapackage.json says they are.
    for (const name of ['datapackage.json', ...manifest.layers.map((l) => l.file)])
      expect(
        Buffer.from(files[`${root}/${name}`]!).equals(await readFile(`${geodata}${name}`)),
        name,
      ).toBe(true);
    // The traces table keeps its three blocks; every CSV opens in Excel with its accents.
    const tracesBytes = files[`${root}/csv/trace-figures.csv`]!;
    expect([...tracesBytes.slice(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const traces = strFromU8(tracesBytes);
    for (const block of ['traced', 'rows', 'sedena'])
      expect(traces, block).toMatch(new RegExp(`^${block},`, 'm'));
    const ports = JSON.parse(strFromU8(files[`${root}/geojson/ports.geojson`]!));
    expect(ports.features).toHaveLength(entry('ports').featureCount);
    expect(strFromU8(files[`${root}/README.txt`]!)).toContain(`version ${r.version}`);
    await page.screenshot({ path: `${RESULTS}sources-release-en.png` });
    await page.keyboard.press('Escape');
    // The same in Spanish on a phone.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 375, height: 700 });
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Fuentes y descargas' }).click();
    const es = page.getByRole('dialog', { name: 'Fuentes y descargas' });
    await es
      .getByRole('heading', { name: `Versión de los datos ${r.version}, ${r.date}` })
      .waitFor();
    await es.getByText('Cómo citar').click();
    await page.screenshot({ path: `${RESULTS}sources-release-es-375.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
    await page.setViewportSize(size);
  });

  it('flags a partial year in the legend', async () => {
    const partial = entry('homicides').partialYears[0]!;
    await showOnly(suite.o.page, ['homicides']);
    await setYear(suite.o.page, partial.year);
    await expect(
      suite.o.page.locator('li[data-layer="homicides"] figure.legend .flag').first().textContent(),
    ).resolves.toBe(`⚠ ${partial.year}: partial year — ${partial.note}`);
  });

  it('qualifies a briefing number that lost source rows, and leaves a complete one alone', async () => {
    const scene = briefing.scenes.findIndex((s) =>
      s.callouts.some((c) => c.formula.layer === 'guns'),
    );
    const complete = briefing.scenes.findIndex((s) => s.id === 'violence');
    const page = (
      await openPage(
        suite.browser.context,
        `${inject('baseUrl')}#mode=briefing&scene=${scene + 1}`,
        {
          width: 1920,
          height: 1080,
        },
      )
    ).page;
    expect(await waitForMap(page)).toBeNull();
    const guns = entry('guns').incomplete.reduce((n, l) => n + l.rows, 0);
    const qualifiers = page.locator('section.briefing .group .qualifier');
    await page.waitForSelector('section.briefing .group .qualifier');
    expect(await qualifiers.allTextContents()).toContain(
      `Incomplete: ${guns} source row(s) that may count here were lost (see Sources).`,
    );
    await page.keyboard.press(String(complete + 1));
    await page.waitForSelector(`section.briefing[data-scene="violence"]`);
    await settle(page, ['year=2024;']);
    await expect(page.locator('section.briefing .group .qualifier').count()).resolves.toBe(0);
    await page.close();
  });

  it('stays free of console errors and off-site requests', () => {
    expect(suite.o.errors).toEqual([]);
    expect(suite.o.offsite).toEqual([]);
  });
});
