// The researcher's map in real Chromium: every layer draws where its data is and disappears when
// switched off, the year recolours the map, and the tooltip and the table show the numbers the
// raw data gives.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYERS } from '../../src/layers/registry';
import { STRINGS, t } from '../../src/i18n/strings';
import { mapPoint, mapShot, setYear, settle, showOnly, titleOf } from './app';
import { launch, type Browser } from './chromium';
import { parse } from 'csv-parse/sync';
import { bounds, builtFeatures, rawHomicides, rawTable } from './data';

const readCsv = async (path: string) =>
  parse(await readFile(new URL(`../../${path}`, import.meta.url)), { columns: true }) as Record<
    string,
    string
  >[];
import { openPage, suitePage, waitForMap } from './page';
import { decode, diffCount, modeColor } from './pixels';
import { CHANGE_COLORS, change, changeClass, formatChange } from '../../src/layers/compare';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
const save = async (name: string, png: Buffer) => {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(`${RESULTS}${name}`, png);
};

/** A year with data for each layer (layers not split by year draw in any). */
const YEAR: Record<string, number> = {
  seizures: 2022,
  traces: 2019,
  'displacement-states': 2019,
  dealers: 2019,
  'penalized-dealers': 2016,
  guns: 2010,
  ports: 2019,
  corridors: 2010,
  encounters: 2019,
  homicides: 2019,
  recoveries: 2019,
};

describe('the explorer', () => {
  const suite = suitePage();

  it('opens on the default layers, with a legend and a citation for each', async () => {
    const state = await settle(suite.o.page);
    for (const id of LAYERS.filter((l) => l.defaultVisible).map((l) => l.id)) {
      expect(state).toContain(`[${id}:`);
      const item = suite.o.page.locator(`li[data-layer="${id}"]`);
      await expect(item.locator('figure.legend').count()).resolves.toBe(1);
      await expect(item.locator('.cite a').getAttribute('href')).resolves.toMatch(/^https:\/\//);
    }
    await save('explorer-1280x800.png', await suite.o.page.screenshot());
  });

  it('draws each layer in its region at its year, and nothing once it is switched off', async () => {
    await showOnly(suite.o.page, []);
    const blank = decode(await mapShot(suite.o.page));
    for (const l of LAYERS) {
      await setYear(suite.o.page, YEAR[l.id] ?? 2019);
      await showOnly(suite.o.page, [l.id]);
      const [w, s, e, n] = bounds(await builtFeatures(l.manifestId ?? l.id));
      const a = await mapPoint(suite.o.page, w, n);
      const b = await mapPoint(suite.o.page, e, s);
      const region = { x0: a.x - 30, y0: a.y - 30, x1: b.x + 30, y1: b.y + 30 };
      const on = decode(await mapShot(suite.o.page));
      await save(`layer-${l.id}.png`, await mapShot(suite.o.page));
      expect(
        diffCount(on, blank, region),
        `${l.id} draws in ${YEAR[l.id] ?? 2019}`,
      ).toBeGreaterThan(150);
      await showOnly(suite.o.page, []);
      const off = decode(await mapShot(suite.o.page));
      expect(
        diffCount(off, blank, { x0: 0, y0: 0, x1: off.width, y1: off.height }),
        `${l.id} gone when off`,
      ).toBe(0);
    }
  });

  it('recolours a state when the year changes', async () => {
    await showOnly(suite.o.page, ['homicides']);
    // Zacatecas: its rate per 100,000 rose from about 20 (2015) to over 50 (2018).
    const p = await mapPoint(suite.o.page, -102.3, 23.9);
    await setYear(suite.o.page, 2015);
    const before = modeColor(decode(await mapShot(suite.o.page)), p.x, p.y, 6);
    await setYear(suite.o.page, 2018);
    const after = modeColor(decode(await mapShot(suite.o.page)), p.x, p.y, 6);
    expect(after).not.toEqual(before);
  });

  it('shows the same number in the tooltip and the table as the raw SESNSP file', async () => {
    await showOnly(suite.o.page, ['homicides']);
    await setYear(suite.o.page, 2019);
    const item = suite.o.page.locator('li[data-layer="homicides"]');
    await item.getByRole('combobox', { name: 'Show' }).selectOption('victims');
    await settle(suite.o.page, ['[homicides:victims]']);
    const expected = (await rawHomicides('08', 2019)).toLocaleString('en-US');

    const box = (await suite.o.page.locator('#map').boundingBox())!;
    const p = await mapPoint(suite.o.page, -107.2, 29.6); // inside Chihuahua
    await suite.o.page.mouse.move(box.x + p.x, box.y + p.y);
    const tooltip = suite.o.page.getByRole('tooltip');
    await expect(tooltip.textContent()).resolves.toContain('Chihuahua');
    await expect(tooltip.textContent()).resolves.toContain(`${expected} victims`);
    await suite.o.page.mouse.move(box.x + 5, box.y + box.height - 5);

    const row = suite.o.page.locator('#data-table tbody tr', {
      has: suite.o.page.locator('th', { hasText: /^Chihuahua$/ }),
    });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe(`${expected} victims`);
  });

  it('compares two years: the change colours each state, and tooltip and table give both years', async () => {
    const page = suite.o.page;
    await showOnly(page, ['homicides']);
    const item = page.locator('li[data-layer="homicides"]');
    await item.getByRole('combobox', { name: 'Show' }).selectOption('victims');
    await setYear(page, 2024);
    const p = await mapPoint(page, -107.2, 29.6); // inside Chihuahua
    // The basemap under Chihuahua, to blend the expected fill colour over.
    await showOnly(page, []);
    const ground = modeColor(decode(await mapShot(page)), p.x, p.y, 6);
    await showOnly(page, ['homicides']);
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption('2019');
    await settle(page, ['year=2024;cmp=2019;', '[homicides:victims]']);
    expect(page.url()).toContain('cmp=2019');

    const [from, to] = [await rawHomicides('08', 2019), await rawHomicides('08', 2024)];
    const c = change(from, to)!;
    const alpha = 215 / 255;
    const expected = CHANGE_COLORS[changeClass(c.pct!)]!.map((v, i) =>
      Math.round(v * alpha + ground[i]! * (1 - alpha)),
    ) as [number, number, number];
    expect(modeColor(decode(await mapShot(page)), p.x, p.y, 6)).toSatisfy((px: number[]) =>
      px.every((v, i) => Math.abs(v - expected[i]!) <= 8),
    );
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    const tooltip = page.getByRole('tooltip');
    const said = (await tooltip.textContent())!.replace(/\s+/g, ' ');
    expect(said).toContain(`Victims, 2019 ${from.toLocaleString('en-US')} victims`);
    expect(said).toContain(`Victims, 2024 ${to.toLocaleString('en-US')} victims`);
    expect(said).toContain(`Change ${formatChange(c, 'en')}`);
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    const row = page.locator('#data-table tbody tr', {
      has: page.locator('th', { hasText: /^Chihuahua$/ }),
    });
    await expect(row.locator('td').nth(1).textContent()).resolves.toContain(formatChange(c, 'en'));
    const legend = page.locator('li[data-layer="homicides"] figure.legend');
    await expect(legend.locator('figcaption').textContent()).resolves.toBe(
      'Change in Victims, 2019 → 2024',
    );
    await save('compare-en-1280.png', await page.screenshot());
    // The picture of a comparison says which years it compares.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('southbound-2019-2024@2x.png');
    await page.getByRole('button', { name: 'Español' }).click();
    await settle(page, ['lang=es;']);
    await save('compare-es-1280.png', await page.screenshot());
    await page.getByRole('button', { name: 'English' }).click();

    // Against a partial year the map draws no change and says why.
    await setYear(page, 2025);
    await settle(page, ['year=2025;cmp=2019;']);
    await expect(legend.locator('.note').textContent()).resolves.toMatch(
      /^No change drawn: 2025 is a partial year/,
    );
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption('');
    await settle(page, [], ['cmp=']);
  });

  it('filters the guns by calibre and case over every year, with counts from the raw court-case rows', async () => {
    const page = suite.o.page;
    const CASE = 'United States v. Haught';
    // Independently of the pipeline: the raw rows of the case whose calibre the reviewed table
    // groups as .50, less the rows the pipeline documents as out of scope or rejected.
    const reviewed = new Map(
      (await readCsv('test/pipeline/normalisers/calibre-groups.csv')).map((r) => [
        r.calibre!,
        r.group!,
      ]),
    );
    // Rejected rows, by the field and value the report names (every one of them, no more).
    const rejects = await readCsv(
      'geodata/reports/guns.court_case_data_firearm_details.rejects.csv',
    );
    const isRejected = (r: Record<string, string>) =>
      rejects.some((x) => r[x.field!]?.trim() === x.value);
    const raw = await rawTable('us-mx-trafficking-court-cases/court_case_data_firearm_details.csv');
    expect(raw.filter(isRejected)).toHaveLength(rejects.length);
    const placed = raw.filter(
      (r) => !isRejected(r) && (r['Purchase State']!.trim() || r.City!.trim()),
    );
    const expected = placed.filter(
      (r) => r['Reference case']!.trim() === CASE && reviewed.get(r.Caliber!) === '.50',
    ).length;
    expect(expected).toBeGreaterThan(10);

    await showOnly(page, ['guns']);
    const item = page.locator('li[data-layer="guns"]');
    await item.getByRole('combobox', { name: 'Calibre' }).selectOption('.50');
    await item.getByRole('combobox', { name: 'Case (type to search)' }).fill(CASE);
    await item.getByRole('combobox', { name: 'Case (type to search)' }).press('Enter');
    await item.getByRole('radio', { name: 'any year' }).check();
    await settle(page, ['guns=class=|cal=.50|case=United States v. Haught|when=all']);
    const note = (await item.locator('figure.legend .note').textContent())!;
    expect(note).toContain(
      `Showing ${expected} of ${placed.length.toLocaleString('en-US')} firearms matching calibre .50, case ${CASE}.`,
    );
    expect(decodeURIComponent(page.url().replace(/\+/g, ' '))).toContain(`g.case=${CASE}`);
    await expect(page.locator('#data-table tbody tr').count()).resolves.toBe(expected);
    await save('guns-filter-en-1280.png', await page.screenshot());
    await page.getByRole('button', { name: 'Español' }).click();
    await settle(page, ['lang=es;']);
    await expect(item.locator('figure.legend .note').textContent()).resolves.toContain(
      `Se muestran ${expected} de`,
    );
    await save('guns-filter-es-1280.png', await page.screenshot());
    await page.getByRole('button', { name: 'English' }).click();
    // A case nobody filed is refused in words, and the filter stays as it was.
    await item
      .getByRole('combobox', { name: 'Case (type to search)' })
      .fill('United States v. Nobody');
    await item.getByRole('combobox', { name: 'Case (type to search)' }).press('Enter');
    await expect(item.getByRole('alert').textContent()).resolves.toContain('No case is named');
    await item.getByRole('button', { name: 'Clear the filter' }).click();
    await settle(page, [], ['guns=']);
  });

  it('recounts the corridors and recoveries with the same filter, from the raw court-case rows', async () => {
    const page = suite.o.page;
    const CASE = 'United States v. Villalobos';
    const raw = await rawTable('us-mx-trafficking-court-cases/court_case_data_firearm_details.csv');
    // Rows each layer reports as rejected (by field and value), from its own report.
    const rejectsOf = async (layer: string) => {
      const rs = await readCsv(
        `geodata/reports/${layer}.court_case_data_firearm_details.rejects.csv`,
      );
      return (r: Record<string, string>) => rs.some((x) => r[x.field!]?.trim() === x.value);
    };
    const gunRejected = await rejectsOf('guns');
    const recoveryRejected = await rejectsOf('recoveries');
    const ofCase = (r: Record<string, string>) => r['Reference case']!.trim() === CASE;
    // Corridors carry every placed firearm (the guns layer's); recoveries every placed recovery.
    const placed = raw.filter(
      (r) => !gunRejected(r) && (r['Purchase State']!.trim() || r.City!.trim()),
    );
    const recovered = raw.filter((r) => !recoveryRejected(r) && r['Mex Recovery area']!.trim());
    const [flows, recoveries] = [placed.filter(ofCase).length, recovered.filter(ofCase).length];
    expect(recoveries).toBeGreaterThan(5);

    await page.evaluate(
      `location.hash = '#layers=corridors,recoveries&g.case=${encodeURIComponent(CASE)}&g.when=all'`,
    );
    await settle(page, [`guns=class=|cal=|case=${CASE}|when=all`, '[corridors:', '[recoveries:']);
    const corridors = page.locator('li[data-layer="corridors"]');
    const recoveriesItem = page.locator('li[data-layer="recoveries"]');
    // One set of controls, under the first layer that follows the filter, naming both layers.
    await expect(page.locator('fieldset.gun-filter').count()).resolves.toBe(1);
    await expect(corridors.locator('fieldset.gun-filter .applies').textContent()).resolves.toBe(
      `Applies to: ${titleOf('corridors')}; ${titleOf('recoveries')}.`,
    );
    await expect(corridors.locator('figure.legend .note').textContent()).resolves.toContain(
      `Showing ${flows} of ${placed.length.toLocaleString('en-US')} firearms matching case ${CASE}.`,
    );
    await expect(recoveriesItem.locator('figure.legend .note').textContent()).resolves.toBe(
      `Showing ${recoveries} of ${recovered.length} firearms matching case ${CASE}.`,
    );
    // The tables recount too: their firearms add up to the same totals.
    const tableSum = async (id: string) =>
      (
        await page
          .locator(`#data-table tbody tr[data-layer="${id}"] td:last-child`)
          .allTextContents()
      )
        .map((text) => Number(/^[\d,]+/.exec(text)![0].replace(/,/g, '')))
        .reduce((a, b) => a + b, 0);
    await expect(tableSum('corridors')).resolves.toBe(flows);
    await expect(tableSum('recoveries')).resolves.toBe(recoveries);
    await save('filter-corridors-recoveries-en-1280.png', await page.screenshot());
    await page.evaluate(`location.hash = ''`);
  });

  it('opens details with a time series when a state is clicked, and closes them with Escape', async () => {
    await showOnly(suite.o.page, ['homicides']);
    await setYear(suite.o.page, 2019);
    const box = (await suite.o.page.locator('#map').boundingBox())!;
    const p = await mapPoint(suite.o.page, -107.2, 29.6);
    await suite.o.page.mouse.click(box.x + p.x, box.y + p.y);
    const details = suite.o.page.getByRole('complementary', { name: titleOf('homicides') });
    await expect(details.textContent()).resolves.toContain('Chihuahua');
    // The place's profile: every layer at Chihuahua, the selected year marked in each.
    const profile = details.getByRole('region', { name: 'Profile: Chihuahua' });
    const victims = profile.locator('[data-series="homicides:victims"]');
    await expect(victims.locator('svg[role="img"] rect').count()).resolves.toBe(11);
    await expect(victims.locator('rect.current').count()).resolves.toBe(1);
    await profile.locator('[data-series^="displacement-states:"]').first().waitFor();
    // Its table against the raw SESNSP file, year by year.
    await profile.getByText('Figures for Chihuahua, by year').first().click();
    const table = profile.getByRole('table');
    const headers = await table.locator('thead th').allTextContents();
    const col = headers.indexOf('Homicides in Mexico — Victims');
    expect(col).toBeGreaterThan(0);
    for (const year of [2015, 2019, 2024]) {
      const row = table.locator('tbody tr', {
        has: suite.o.page.locator('th', { hasText: String(year) }),
      });
      await expect(
        row
          .locator('td')
          .nth(col - 1)
          .textContent(),
      ).resolves.toBe((await rawHomicides('08', year)).toLocaleString('en-US'));
    }
    // The partial year is marked where its number is.
    const partial = table.locator('tbody tr', {
      has: suite.o.page.locator('th', { hasText: '2025' }),
    });
    await expect(
      partial
        .locator('td')
        .nth(col - 1)
        .textContent(),
    ).resolves.toMatch(/ †$/);
    await expect(profile.getByText(/^† 2025: partial year — /).count()).resolves.toBe(1);
    await save('profile-en-1280.png', await suite.o.page.screenshot());
    await suite.o.page.getByRole('button', { name: 'Español' }).click();
    await suite.o.page.getByRole('region', { name: 'Perfil: Chihuahua' }).waitFor();
    // The map's credit line follows the language too.
    await expect(suite.o.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).resolves.toBe(
      t('es', STRINGS.attribution),
    );
    await save('profile-es-1280.png', await suite.o.page.screenshot());
    await suite.o.page.getByRole('button', { name: 'English' }).click();
    await suite.o.page.keyboard.press('Escape');
    await expect(details.count()).resolves.toBe(0);
  });

  it("opens a U.S. state's profile from one of its counties, its firearms counted from the raw rows", async () => {
    const page = suite.o.page;
    // Independently of the pipeline: purchase state and year through the reviewed tables, less
    // the rows the guns report names as rejected.
    const lookup = async (file: string) =>
      new Map(
        (await readCsv(`test/pipeline/normalisers/${file}`)).map(
          (r) => Object.values(r) as [string, string],
        ),
      );
    const usps = await lookup('us-states.csv');
    const dates = await lookup('loose-dates.csv');
    const yearOf = (v: string) => Number(dates.get(v.trim())?.split('|')[1]) || null;
    const rejects = await readCsv(
      'geodata/reports/guns.court_case_data_firearm_details.rejects.csv',
    );
    const raw = (
      await rawTable('us-mx-trafficking-court-cases/court_case_data_firearm_details.csv')
    ).filter((r) => !rejects.some((x) => r[x.field!]?.trim() === x.value));
    const inArizona = raw.filter((r) => usps.get(r['Purchase State']!.trim()) === 'AZ');
    const boughtIn = (year: number) =>
      inArizona.filter(
        (r) => (yearOf(r['Purchase date']!) ?? yearOf(r['Purchase date assumed']!)) === year,
      ).length;
    const dealers2019 = (await builtFeatures('dealers'))
      .filter((f) => f.properties.state === 'AZ')
      .reduce((sum, f) => sum + Number(f.properties.dealers_2019), 0);

    await showOnly(page, ['dealers']);
    await setYear(page, 2019);
    const box = (await page.locator('#map').boundingBox())!;
    const p = await mapPoint(page, -112.5, 33.3); // Maricopa County
    await page.mouse.click(box.x + p.x, box.y + p.y);
    const county = page.getByRole('complementary', { name: titleOf('dealers') });
    await county.getByRole('button', { name: 'Profile of Arizona (the whole state)' }).click();
    const profile = page
      .getByRole('complementary', { name: 'Arizona' })
      .getByRole('region', { name: 'Profile: Arizona' });
    await profile.locator('[data-series="guns:firearms"]').waitFor();
    await profile.locator('[data-series="penalized-dealers:inspections"]').waitFor();
    expect(decodeURIComponent(page.url())).toContain('place=us-state:AZ');
    await profile.getByText('Figures for Arizona, by year').first().click();
    const table = profile.getByRole('table');
    const headers = await table.locator('thead th').allTextContents();
    const cell = async (title: string, year: number) => {
      const row = table.locator('tbody tr', { has: page.locator('th', { hasText: String(year) }) });
      return row
        .locator('td')
        .nth(headers.indexOf(title) - 1)
        .textContent();
    };
    const gunsCol = `${titleOf('guns')} — Firearms bought in the state`;
    for (const year of [2010, 2015, 2019])
      await expect(cell(gunsCol, year)).resolves.toBe(boughtIn(year).toLocaleString('en-US'));
    expect(boughtIn(2010)).toBeGreaterThan(0);
    await expect(
      cell(`${titleOf('dealers')} — Dealers, sum of the state’s counties`, 2019),
    ).resolves.toBe(dealers2019.toLocaleString('en-US'));
    await save('state-profile-en-1280.png', await page.screenshot());
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('region', { name: 'Perfil: Arizona' }).waitFor();
    await save('state-profile-es-1280.png', await page.screenshot());
    await page.getByRole('button', { name: 'English' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: 'Arizona' }).count()).resolves.toBe(0);
    expect(page.url()).not.toContain('place=');
  });

  it('switches the dealers to a heat map without reloading their data', async () => {
    await showOnly(suite.o.page, []);
    const blank = decode(await mapShot(suite.o.page));
    await showOnly(suite.o.page, ['dealers']);
    await setYear(suite.o.page, 2019);
    const requests: string[] = [];
    suite.o.page.on('request', (r) => requests.push(r.url()));
    await suite.o.page
      .locator('li[data-layer="dealers"]')
      .getByRole('combobox', { name: 'Show' })
      .selectOption('heat');
    await settle(suite.o.page, ['[dealers:heat]']);
    const heat = decode(await mapShot(suite.o.page));
    await save('layer-dealers-heat.png', await mapShot(suite.o.page));
    const texas = await mapPoint(suite.o.page, -97, 32.8);
    expect(
      diffCount(heat, blank, {
        x0: texas.x - 40,
        y0: texas.y - 40,
        x1: texas.x + 40,
        y1: texas.y + 40,
      }),
    ).toBeGreaterThan(500);
    expect(requests.filter((u) => u.includes('dealers'))).toEqual([]);
  });

  it('downloads a layer as CSV and GeoJSON from the sources panel', async () => {
    await suite.o.page.getByRole('button', { name: 'Sources and downloads' }).click();
    const dialog = suite.o.page.getByRole('dialog', { name: 'Sources and downloads' });
    const section = dialog.locator('section', {
      has: suite.o.page.getByRole('heading', { name: titleOf('homicides') }),
    });
    await expect(section.textContent()).resolves.toContain('SESNSP');
    // The method and the sources that disagree come with the panel's code, as the manifest has them.
    const manifest = JSON.parse(
      await readFile(new URL('../../geodata/manifest.json', import.meta.url), 'utf8'),
    ) as { layers: { id: string; method: string[]; conflicts: { about: string }[] }[] };
    const entry = (id: string) => manifest.layers.find((l) => l.id === id)!;
    await section.getByText('Method', { exact: true }).click();
    await expect(section.locator('details li').first().textContent()).resolves.toBe(
      entry('homicides').method[0],
    );
    const disputed = dialog.locator('section', {
      has: suite.o.page.getByRole('heading', { name: titleOf('displacement-states') }),
    });
    await expect(disputed.locator('details.conflicts summary').textContent()).resolves.toBe(
      `Sources that disagree (${entry('displacement-states').conflicts.length})`,
    );
    const [csv] = await Promise.all([
      suite.o.page.waitForEvent('download'),
      section.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const text = await readFile((await csv.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^cve_ent,name,homicides_2015,/);
    expect(lines).toHaveLength(33);
    const [geo] = await Promise.all([
      suite.o.page.waitForEvent('download'),
      section.getByRole('button', { name: 'GeoJSON' }).click(),
    ]);
    const fc = JSON.parse(await readFile((await geo.path())!, 'utf8'));
    expect(fc.features).toHaveLength(32);
    await suite.o.page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('says when a layer has no data for the year', async () => {
    await showOnly(suite.o.page, ['dealers']);
    await setYear(suite.o.page, 2025);
    await expect(
      suite.o.page.locator('li[data-layer="dealers"] [role="status"]').textContent(),
    ).resolves.toBe('No data for 2025 — last year 2023');
  });

  it('stays free of console errors and off-site requests', () => {
    expect(suite.o.errors).toEqual([]);
    expect(suite.o.offsite).toEqual([]);
  });
});

describe('when things go wrong', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('a corrupt layer file shows an error on that layer while the others keep working', async () => {
    await browser.context.route(/homicides-[^/]*\.fgb$/, (r) =>
      r.fulfill({ status: 200, body: 'this is not a FlatGeobuf file' }),
    );
    const o = await openPage(browser.context, inject('baseUrl'));
    expect(await waitForMap(o.page)).toBeNull();
    await settle(o.page, ['[ports:', '[corridors:']);
    await expect(
      o.page.locator('li[data-layer="homicides"] [role="alert"]').textContent(),
    ).resolves.toMatch(/could not be loaded/);
    await expect(
      o.page.locator('#data-table tbody tr[data-layer="ports"]').count(),
    ).resolves.toBeGreaterThan(20);
    expect(o.errors).toEqual([]);
    await browser.context.unroute(/homicides-[^/]*\.fgb$/);
    await o.page.close();
  });

  it('without WebGL it says so, and the data table still works', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(`(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return /webgl/i.test(type) ? null : get.call(this, type, ...rest);
      };
    })()`);
    await page.goto(inject('baseUrl'));
    await expect(waitForMap(page)).resolves.toMatch(/WebGL/);
    await expect(page.getByRole('alert').first().textContent()).resolves.toMatch(
      /needs WebGL 2.*data table below still works/,
    );
    await page.waitForSelector('#data-table tbody tr[data-layer="homicides"]');
    await expect(
      page.locator('#data-table tbody tr[data-layer="homicides"]').count(),
    ).resolves.toBe(32);
    await page.close();
  });
});

describe('on a phone', () => {
  it('fits 375 px: the layer panel opens from a button and the year control stays usable', async () => {
    const browser = await launch();
    try {
      const o = await openPage(browser.context, inject('baseUrl'), { width: 375, height: 700 });
      expect(await waitForMap(o.page)).toBeNull();
      await settle(o.page);
      await save('explorer-375x700.png', await o.page.screenshot());
      const toggle = o.page.getByRole('button', { name: 'Layers', exact: true });
      await toggle.click();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(
        o.page.getByRole('checkbox', { name: titleOf('homicides') }).isVisible(),
      ).resolves.toBe(true);
      await save('explorer-375x700-panel.png', await o.page.screenshot());
      await expect(o.page.getByRole('slider', { name: 'Year' }).isVisible()).resolves.toBe(true);
      const width = await o.page.evaluate('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(375);
      // Compare mode from a link: the year control keeps its slider, the comparison wraps below.
      await toggle.click();
      await o.page.evaluate(`location.hash = '#year=2024&cmp=2019&lang=es'`);
      await settle(o.page, ['year=2024;cmp=2019;lang=es;']);
      await expect(o.page.getByRole('slider', { name: 'Año' }).isVisible()).resolves.toBe(true);
      await save('compare-es-375.png', await o.page.screenshot());
      // A place's profile from a link, on a phone.
      await o.page.evaluate(`location.hash = '#year=2019&layers=homicides&sel=homicides:08'`);
      await o.page.getByRole('region', { name: 'Profile: Chihuahua' }).waitFor();
      await save('profile-en-375.png', await o.page.screenshot());
      await o.page.evaluate(
        `location.hash = '#year=2019&layers=dealers&place=us-state:TX&lang=es'`,
      );
      await o.page.getByRole('region', { name: 'Perfil: Texas' }).waitFor();
      await o.page.locator('[data-series="guns:firearms"]').waitFor();
      await save('state-profile-es-375.png', await o.page.screenshot());
      // The guns filter from a link, on a phone, with its counts in the legend.
      await o.page.evaluate(`location.hash = '#layers=guns&g.cal=.50&g.when=all&lang=es'`);
      await settle(o.page, ['guns=class=|cal=.50|case=|when=all']);
      await o.page.getByRole('button', { name: 'Capas', exact: true }).click();
      await o.page.locator('li[data-layer="guns"] figure.legend').scrollIntoViewIfNeeded();
      await save('guns-filter-es-375.png', await o.page.screenshot());
      // A calibre or case the data does not have is dropped from a link, with a warning.
      await o.page.evaluate(`location.hash = '#layers=guns&g.cal=fifty&g.case=U.S.+v.+Nobody'`);
      await settle(o.page, ['[guns:'], ['guns=']);
      expect(o.warnings.join('\n')).toMatch(/ignoring g\.cal="fifty"/);
      expect(o.warnings.join('\n')).toMatch(/ignoring g\.case="U\.S\. v\. Nobody"/);
      expect(await o.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        375,
      );
      expect(o.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
