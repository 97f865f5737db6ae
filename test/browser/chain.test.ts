// Follow the guns in real Chromium: for a Mexican state, a U.S. county, a dealer, a port and a
// case, the firearms the chain panel, its diagram and its table count are recounted here from
// the raw court-case rows (independent CSV parser; the purchase place located and the nearest
// port found with the gazetteer and the built ports, as the method says), and the map lights it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { booleanPointInPolygon, distance, point } from '@turf/turf';
import type { Point } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { purchasePlace } from '../../scripts/sources/guns';
import { fold, usState } from '../../scripts/lib/gazetteer';
import { mapPoint, mapShot, settle } from './app';
import { builtFeatures, rawTable } from './data';
import { openPage, suitePage, waitForMap } from './page';
import { box, decode, near, share } from './pixels';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
const save = async (name: string, png: Buffer) => {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(`${RESULTS}${name}`, png);
};
const suite = suitePage();
const raw = await rawTable('us-mx-trafficking-court-cases/court_case_data_firearm_details.csv');
/** The ports a car can cross at: any vehicle crossings on record (the method's rule). */
const ports = (await builtFeatures('ports'))
  .filter((f) =>
    Object.entries(f.properties).some(
      ([k, v]) => /^(personal_vehicles|trucks|buses)_/.test(k) && Number(v) > 0,
    ),
  )
  .map((f) => ({
    code: String(f.properties.port_code),
    at: (f.geometry as Point).coordinates as [number, number],
  }));
/** Where a raw row was bought (city centre, else state centre), or null. */
const boughtAt = (r: Record<string, string>) => {
  const st = usState(r['Purchase State']!);
  const p = st ? purchasePlace(r.City!, st) : null;
  return p ? ([p.place.lon, p.place.lat] as [number, number]) : null;
};
const nearestPort = (at: [number, number]) =>
  ports.reduce((a, b) => (distance(at, b.at) < distance(at, a.at) ? b : a)).code;
/** Recovery texts the pipeline lists as impossible to place (its report, geodata/chain.json). */
const unplaced = new Set(
  (
    JSON.parse(await readFile(new URL('../../geodata/chain.json', import.meta.url), 'utf8')) as {
      unplaced: { text: string }[];
    }
  ).unplaced.map((u) => u.text),
);
const num = (s: string) => Number(s.replace(/[^\d]/g, ''));

/** What the panel, the diagram and the table say about the followed firearms. */
async function panel(page: Page) {
  const p = page.locator('aside.chain');
  const lead = (await p.locator('.narration p').first().textContent())!;
  const column = async (c: string) =>
    (await p
      .locator(`svg rect[data-column="${c}"]`)
      .evaluateAll((rs) =>
        rs.map((r) => [r.getAttribute('data-key'), Number(r.getAttribute('data-firearms'))]),
      )) as [string, number][];
  const rows = await p
    .locator('table.flows tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
  return {
    lead,
    /** The count in "…federal court cases, N (x %) were…". */
    n: num(/(?:cases|federales), ([\d,.\s]+) \(/.exec(lead)![1]!),
    columns: { from: await column('from'), port: await column('port'), to: await column('to') },
    tableSum: rows.reduce((s, r) => s + num(r[3]!), 0),
    rows,
  };
}
const sum = (xs: [string, number][]) => xs.reduce((s, [, n]) => s + n, 0);

async function follow(page: Page, node: string) {
  await page.evaluate(`location.hash = ${JSON.stringify(`#lang=en&chain=${node}`)}`);
  if (node === 'top') return page.locator('aside.chain section').waitFor();
  await settle(page, [`;chain=${node}`]);
  await page.locator('aside.chain .narration').waitFor();
}

describe('follow the guns', () => {
  const check = async (node: string, expected: Record<string, string>[]) => {
    const page = suite.o.page;
    await follow(page, node);
    const s = await panel(page);
    expect(expected.length).toBeGreaterThan(0);
    expect(s.n, s.lead).toBe(expected.length);
    expect(s.tableSum).toBe(expected.length);
    for (const c of ['from', 'port', 'to'] as const)
      expect(sum(s.columns[c]), c).toBe(expected.length);
    // The recovery column: the firearms with no stated place, or one that cannot be placed,
    // are shown, as many as there are.
    const unknown = expected.filter(
      (r) => !r['Mex Recovery area']!.trim() || unplaced.has(r['Mex Recovery area']!.trim()),
    ).length;
    expect(s.columns.to.find(([k]) => k === '*unknown')?.[1] ?? 0).toBe(unknown);
    return s;
  };

  it('from a Mexican state: the firearms recovered in Jalisco', async () => {
    const jalisco = raw.filter((r) => /jalisco|guadalajara/.test(fold(r['Mex Recovery area']!)));
    const page = suite.o.page;
    const s = await check('mx-state:14', jalisco);
    expect(s.lead).toContain(`, ${jalisco.length} (`);
    expect(s.lead).toContain('were recovered in Jalisco');
    expect(s.columns.to).toEqual([['14', jalisco.length]]);
    // Every purchase state of the raw rows is in the diagram with its count.
    const states = new Map<string, number>();
    for (const r of jalisco) {
      const st = usState(r['Purchase State']!) ?? '*unknown';
      states.set(st, (states.get(st) ?? 0) + 1);
    }
    expect(new Map(s.columns.from)).toEqual(states);
    // The traced source states: each state's trace figures from the built layer, beside the
    // Jalisco firearms bought there.
    const traces = await builtFeatures('traces');
    const traced = page.locator('aside.chain table.traced');
    await traced.locator('tbody tr').first().waitFor();
    for (const f of traces) {
      const st = String(f.properties.usps);
      const cells = await traced.locator(`tr[data-state="${st}"] td`).allTextContents();
      const figure = f.properties.traced_2015_2022;
      expect(cells[0], st).toBe(
        typeof figure === 'number'
          ? figure.toLocaleString('en-US')
          : String(f.properties.combined_2015_2022),
      );
      expect(num(cells.at(-1)!), st).toBe(states.get(st) ?? 0);
    }
    // The map: dimmed, and the recovery place in Guadalajara drawn in vermillion.
    // (The city's own label dot sits on top of the municipio's circle: look around it.)
    const img = decode(await mapShot(page));
    const g = await mapPoint(page, -103.3422, 20.6764);
    expect(share(box(img, g.x, g.y, 8), (p) => near(p, [213, 94, 0], 40))).toBeGreaterThan(0.1);
    // Away from the chain, the veil lightens the map: the Gulf of Mexico is paler than water.
    const gulf = await mapPoint(page, -91, 25);
    const [r, gr, b] = box(img, gulf.x, gulf.y, 4)[0]!;
    expect(Math.min(r, gr, b)).toBeGreaterThan(200);
    await save('chain-jalisco-en-1280.png', await page.screenshot());
  });

  it('from a U.S. county: the firearms bought in Pima County, AZ', async () => {
    const pima = (await builtFeatures('dealers')).find((f) => f.properties.fips === '04019')!;
    const bought = raw.filter((r) => {
      if (usState(r['Purchase State']!) !== 'AZ' || !r.City!.trim()) return false;
      const p = purchasePlace(r.City!, 'AZ');
      return (
        p?.precision === 'city' &&
        booleanPointInPolygon(point([p.place.lon, p.place.lat]), pima as never)
      );
    });
    const s = await check('us-county:04019', bought);
    expect(s.columns.from).toEqual([['AZ', bought.length]]);
  });

  it('from a dealer: the firearms Catalina Pawn sold', async () => {
    const sold = raw.filter(
      (r) =>
        fold(r['Name of distibutor']!) === 'catalina pawn' &&
        fold(r.City!) === 'tucson' &&
        usState(r['Purchase State']!) === 'AZ',
    );
    await check('dealer:az-tucson-catalina-pawn', sold);
  });

  it('from a port: the firearms bought nearest to Del Rio (modeled)', async () => {
    const via = raw.filter((r) => {
      const at = boughtAt(r);
      return at && nearestPort(at) === '2302';
    });
    const s = await check('port:2302', via);
    expect(s.lead).toContain('(modeled crossing)');
    expect(s.columns.port).toEqual([['2302', via.length]]);
  });

  it('embedded, reads the chain below the map with the same counts', async () => {
    const page = suite.o.page;
    const via = raw.filter((r) => {
      const at = boughtAt(r);
      return at && nearestPort(at) === '2604';
    });
    await page.evaluate(`location.hash = '#mode=embed&lang=en&chain=port:2604'`);
    await settle(page, [';chain=port:2604']);
    const docked = page.locator('aside.chain.docked');
    await docked.locator('.narration').waitFor();
    // Below the map, not over it.
    const [mapBox, panelBox] = [
      (await page.locator('#map').boundingBox())!,
      (await docked.boundingBox())!,
    ];
    expect(panelBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height);
    const s = await panel(page);
    expect([s.n, s.tableSum]).toEqual([via.length, via.length]);
    await save('chain-embed-en-1280.png', await page.screenshot({ fullPage: true }));
    await page.evaluate(`location.hash = '#lang=en'`);
    await settle(page, [], [';chain=']);
  });

  it('from a case, found with the search box by keyboard, in Spanish too', async () => {
    const cases = new Map<string, number>();
    for (const r of raw)
      cases.set(r['Reference case']!, (cases.get(r['Reference case']!) ?? 0) + 1);
    const [name] = [...cases].sort((a, b) => b[1] - a[1])[0]!;
    const page = suite.o.page;
    await follow(page, 'top');
    const box = page.getByRole('combobox', { name: 'Follow from a place, dealer, port or case' });
    await box.focus();
    await page.keyboard.type(`${name} — Court case`);
    await page.keyboard.press('Enter');
    await settle(page, [`;chain=case:${name}`]);
    const inCase = raw.filter((r) => r['Reference case'] === name);
    const s = await panel(page);
    expect([s.n, s.tableSum]).toEqual([inCase.length, inCase.length]);
    await page.getByRole('button', { name: 'Español' }).click();
    await settle(page, ['lang=es', `;chain=case:${name}`]);
    const es = await panel(page);
    expect(es.lead).toContain(`están en ${name}`);
    expect(es.n).toBe(inCase.length);
    await save('chain-case-es-1280.png', await page.screenshot());
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('from a case, by clicking a circle of guns on the map', async () => {
    // The place and year with the most firearms bought at a city: its circles, by class.
    const guns = (await builtFeatures('guns')).filter(
      (f) => f.properties.geocode_precision === 'city' && f.properties.purchase_year,
    );
    const at = (f: (typeof guns)[number]) =>
      `${(f.geometry as Point).coordinates.join(',')}|${f.properties.purchase_year}`;
    const counts = new Map<string, number>();
    for (const f of guns) counts.set(at(f), (counts.get(at(f)) ?? 0) + 1);
    const [where] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const [coords, year] = where.split('|');
    const [lon, lat] = coords!.split(',').map(Number) as [number, number];
    const here = new Set(guns.filter((f) => at(f) === where).map((f) => String(f.properties.case)));
    const page = suite.o.page;
    await page.evaluate(`location.hash = '#lang=en&layers=guns&year=${year}&view=${lon},${lat},9'`);
    await settle(page, [`year=${year};`, '[guns:']);
    const m = (await page.locator('#map').boundingBox())!;
    const p = await mapPoint(page, lon, lat);
    await page.mouse.click(m.x + p.x, m.y + p.y);
    const buttons = page.locator('aside.details .cases button');
    await buttons.first().waitFor();
    const names = await buttons.allTextContents();
    for (const n of names) expect(here, n).toContain(n);
    await buttons.first().click();
    await settle(page, [`;chain=case:${names[0]}`]);
    await page.locator('aside.chain .narration').waitFor();
    const inCase = raw.filter((r) => r['Reference case'] === names[0]);
    expect((await panel(page)).n).toBe(inCase.length);
  });

  it('keeps the framing a shared link gives, and frames a node followed after', async () => {
    const { page, errors } = await openPage(
      suite.browser.context,
      `${inject('baseUrl')}#lang=en&view=-100,25,6&chain=mx-state:14`,
    );
    expect(await waitForMap(page)).toBeNull();
    await settle(page, [';chain=mx-state:14']);
    await page.locator('aside.chain .narration').waitFor();
    const view = async () =>
      (await page.evaluate<string>('location.hash'))
        .match(/view=([-\d.]+),([-\d.]+),([\d.]+)/)!
        .slice(1)
        .map(Number);
    expect(await view()).toEqual([-100, 25, 6]);
    // Following another node frames its chain: the view moves.
    await page.evaluate(`location.hash = '#lang=en&chain=mx-state:20'`);
    await settle(page, [';chain=mx-state:20']);
    await page.waitForFunction(() => !location.hash.includes('view=-100,25,6'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ranks the points of diversion as the raw rows do, and follows one', async () => {
    const page = suite.o.page;
    await follow(page, 'top');
    const ranking = page.locator('aside.chain section');
    await ranking.getByRole('combobox', { name: 'Rank' }).selectOption('mx-state');
    const first = ranking.locator('tbody tr').first();
    // Oaxaca: the recovery state the most firearms name.
    const oaxaca = raw.filter((r) => fold(r['Mex Recovery area']!) === 'oaxaca').length;
    await expect(first.locator('td').nth(1).textContent()).resolves.toBe(String(oaxaca));
    await first.getByRole('button', { name: 'Oaxaca' }).click();
    await settle(page, [';chain=mx-state:20']);
    expect((await panel(page)).n).toBe(oaxaca);
  });
});
