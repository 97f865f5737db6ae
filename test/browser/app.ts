// Drives the explorer the way a person does: checkboxes by their names, the year slider with the
// keyboard, and waits on the ready contract (`data-state` names what is drawn, `data-ready`).
import type { Page } from 'playwright-core';
import { LAYERS } from '../../src/layers/registry';

export const titleOf = (id: string) => LAYERS.find((l) => l.id === id)!.title.en;

/**
 * Waits until #map is ready and its state includes every `has` and none of `lacks`. The state reads
 * like `year=2019;lang=en;layers=[homicides:rate][ports:personal_vehicles]`.
 */
export async function settle(
  page: Page,
  has: string[] = [],
  lacks: string[] = [],
  timeout = 30_000,
): Promise<string> {
  const js = `(() => {
    const m = document.querySelector('#map');
    const s = m && m.dataset.state;
    if (!s || m.dataset.ready !== 'true') return false;
    return ${JSON.stringify(has)}.every((x) => s.includes(x)) && ${JSON.stringify(lacks)}.every((x) => !s.includes(x));
  })()`;
  try {
    await page.waitForFunction(js, undefined, { timeout });
  } catch (e) {
    const m = page.locator('#map');
    throw new Error(
      `map not settled on ${JSON.stringify({ has, lacks })}: state=${await m.getAttribute('data-state')} ready=${await m.getAttribute('data-ready')} waiting=${await m.getAttribute('data-waiting')} error=${await m.getAttribute('data-error')}`,
      { cause: e },
    );
  }
  return (await page.getAttribute('#map', 'data-state'))!;
}

/** Switches layers on or off through their checkboxes, then waits for the map to show exactly that. */
export async function showOnly(page: Page, ids: string[]): Promise<void> {
  for (const l of LAYERS) {
    const box = page.getByRole('checkbox', { name: l.title.en, exact: true });
    if ((await box.isChecked()) !== ids.includes(l.id)) await box.setChecked(ids.includes(l.id));
  }
  await settle(
    page,
    ids.map((id) => `[${id}:`),
    LAYERS.filter((l) => !ids.includes(l.id)).map((l) => `[${l.id}:`),
  );
}

/** Moves the year slider with the arrow keys, as a keyboard user would. */
export async function setYear(page: Page, year: number): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Year' });
  const now = Number(await slider.inputValue());
  await slider.focus();
  for (let i = 0; i < Math.abs(year - now); i++)
    await page.keyboard.press(year > now ? 'ArrowRight' : 'ArrowLeft');
  await settle(page, [`year=${year};`]);
}

/** The map element alone, as a PNG. */
export const mapShot = (page: Page) => page.locator('#map').screenshot();

/** Screen position of lon/lat relative to the #map element (for its screenshot). */
export async function mapPoint(
  page: Page,
  lon: number,
  lat: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    `(() => { const p = window.southbound.project([${lon}, ${lat}]); return { x: p[0], y: p[1] }; })()`,
  );
}
