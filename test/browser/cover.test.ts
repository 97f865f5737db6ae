// Who covers here, in real Chromium: at a point in Mexico and one in the United States the panel
// lists, for each agency, the units the raw membership tables (read here with an independent
// CSV parser) give for that state or county — or says unknown — and the counterparts table
// shows the pairs of the built counterparts file.
import { readFile } from 'node:fs/promises';
import { booleanPointInPolygon, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { settle } from './app';
import { builtFeatures, rawTable } from './data';
import { suitePage } from './page';

const suite = suitePage();
const FILES: Record<string, string> = {
  usbp: 'usbp_sector_members',
  atf: 'atf_field_division_members',
  dea: 'dea_division_members',
  sedena: 'mx_sedena_regiones_militares',
  gn: 'mx_guardia_nacional_coordinaciones',
  fgr: 'mx_fgr_delegaciones',
};
/** Units of an agency with a drawn member (extent known) among these codes, from the raw table. */
async function rawUnits(agency: string, codes: string[]): Promise<string[]> {
  const rows = await rawTable(`agency-aors/${FILES[agency]}.csv`);
  return [
    ...new Set(
      rows
        .filter((r) => codes.includes(r.member_code!) && r.coverage !== 'unknown')
        .map((r) => r.unit!),
    ),
  ].sort();
}

async function ask(at: [number, number]) {
  const page = suite.o.page;
  await page.evaluate(`location.hash = '#lang=en&cover=${at[0]},${at[1]}'`);
  await settle(page, [`;cover=${at[0].toFixed(4)},${at[1].toFixed(4)}`]);
  await page.locator('aside.cover .where').waitFor();
  const units = async (agency: string) =>
    [
      ...new Set(
        await page
          .locator(`aside.cover section[data-agency="${agency}"] li strong`)
          .allTextContents(),
      ),
    ].sort();
  const unknown = (agency: string) =>
    page.locator(`aside.cover section[data-agency="${agency}"] .unknown`).first().textContent();
  return { page, units, unknown };
}

describe('who covers here', () => {
  it('in Ciudad Juárez, Chihuahua: every Mexican agency’s unit for the state', async () => {
    const { page, units } = await ask([-106.45, 31.69]);
    await expect(page.locator('aside.cover .where').textContent()).resolves.toContain('Chihuahua');
    for (const agency of ['sedena', 'gn', 'fgr']) {
      const expected = await rawUnits(agency, ['08']);
      expect(expected.length, agency).toBeGreaterThan(0);
      expect(await units(agency), agency).toEqual(expected);
    }
    // Only Mexican agencies answer for a Mexican place.
    await expect(page.locator('aside.cover section[data-agency="usbp"]').count()).resolves.toBe(0);
  });

  it('in Tucson, Arizona: the units for the state or the county, and unknown where none is known', async () => {
    const at: [number, number] = [-110.93, 32.22];
    const { units, unknown } = await ask(at);
    // Pima County (04019) and Arizona (AZ) as the membership tables write them.
    for (const agency of ['usbp', 'dea'])
      expect(await units(agency), agency).toEqual(await rawUnits(agency, ['AZ', '04019']));
    expect(await rawUnits('atf', ['AZ', '04019'])).toEqual([]);
    await expect(unknown('atf')).resolves.toBe('Unknown: no unit is known to cover it.');
    // Field offices cover ports: the modeled outline around them, from the built areas.
    const hulls = (await builtFeatures('aors'))
      .filter((f) => f.properties.agency === 'ofo' && booleanPointInPolygon(point(at), f as never))
      .map((f) => String(f.properties.unit));
    expect(await units('ofo')).toEqual(hulls.sort());
  });

  it('in El Paso, across the river from Juárez: the United States', async () => {
    const { page } = await ask([-106.44, 31.78]);
    await expect(page.locator('aside.cover .where').textContent()).resolves.toContain('Texas');
    await expect(page.locator('aside.cover section[data-agency="fgr"]').count()).resolves.toBe(0);
  });

  it('embedded, lists the units below the map', async () => {
    const page = suite.o.page;
    await page.evaluate(`location.hash = '#mode=embed&lang=es&cover=-106.45,31.69'`);
    await settle(page, [';cover=-106.4500,31.6900']);
    const docked = page.locator('aside.cover.docked');
    await docked.locator('.where').waitFor();
    const [mapBox, panelBox] = [
      (await page.locator('#map').boundingBox())!,
      (await docked.boundingBox())!,
    ];
    expect(panelBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height);
    await expect(
      docked.locator('section[data-agency="fgr"] li strong').textContent(),
    ).resolves.toBe((await rawUnits('fgr', ['08']))[0]);
    await expect(docked.locator('h2').textContent()).resolves.toBe('Quién cubre aquí');
    await page.evaluate(`location.hash = '#lang=en'`);
    await settle(page, ['lang=en'], [';cover=']);
  });

  it('shows the counterparts across the border as the built table has them', async () => {
    const { page } = await ask([-106.45, 31.69]);
    await page.getByRole('button', { name: 'Counterparts across the border' }).click();
    const table = JSON.parse(
      await readFile(new URL('../../geodata/counterparts.json', import.meta.url), 'utf8'),
    ) as {
      pairs: {
        us_agency: string;
        mx_agency: string;
        us_unit: string;
        mx_unit: string;
        border_km: number;
      }[];
    };
    const expected = table.pairs
      .filter((p) => p.us_agency === 'usbp' && p.mx_agency === 'sedena')
      .map((p) => [p.us_unit, p.mx_unit, String(p.border_km)]);
    const rows = await page
      .locator('aside.cover section table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
      );
    expect(
      rows.map((r) => [
        r[0]!.replace(/ \(part\)$/, ''),
        r[1]!.replace(/ \(part\)$/, ''),
        r[2]!.replace(/,/g, ''),
      ]),
    ).toEqual(expected);
    await page.evaluate(`location.hash = '#lang=en'`);
  });
});
