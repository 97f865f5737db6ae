// The enforcement picture in real Chromium: outbound seizures, traced source states, displacement
// by state and the agencies' areas of responsibility, each checked against the raw transcribed
// tables in geodata/raw (read here with an independent CSV parser), and the indicators panel.
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { mapPoint, mapShot, setYear, settle, showOnly } from './app';
import { builtFeatures, rawHomicides, rawTable } from './data';
import { suitePage } from './page';
import { box, decode } from './pixels';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
const save = async (name: string, png: Buffer) => {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(`${RESULTS}${name}`, png);
};
const en = (n: number) => n.toLocaleString('en-US');

// One page for the whole file: each test sets the layers, year and language it needs.
const suite = suitePage();

describe('the enforcement picture', () => {
  const hover = async (lon: number, lat: number) => {
    const m = (await suite.o.page.locator('#map').boundingBox())!;
    const p = await mapPoint(suite.o.page, lon, lat);
    await suite.o.page.mouse.move(m.x + p.x, m.y + p.y);
    const tip = suite.o.page.getByRole('tooltip');
    await tip.waitFor();
    const text = (await tip.textContent()) ?? '';
    const src = tip.locator('.source');
    const link = (await src.count()) ? await src.getAttribute('data-href') : null;
    await suite.o.page.mouse.move(m.x + 3, m.y + m.height - 3);
    return { text, link };
  };

  it('shows an outbound seizure at its port with the rounds and link of the source table', async () => {
    const rows = await rawTable(
      'outbound-seizure-events-press/outbound_seizure_events_press_releases.csv',
    );
    // The largest stated total of rounds among events with a printed date and a port.
    const e = rows
      .filter((r) => r.measure === 'ammunition_rounds' && r.event_date && r.bts_port_code)
      .sort((a, b) => Number(b.value) - Number(a.value))[0]!;
    const year = Number(e.event_date!.slice(0, 4));
    await showOnly(suite.o.page, ['seizures']);
    await setYear(suite.o.page, year);
    await suite.o.page
      .locator('li[data-layer="seizures"]')
      .getByRole('combobox', { name: 'Show' })
      .selectOption('rounds');
    await settle(suite.o.page, ['[seizures:rounds]']);
    const tip = await hover(Number(e.longitude), Number(e.latitude));
    expect(tip.text).toContain(en(Number(e.value)));
    expect(tip.text).toContain(e.event_date);
    expect(tip.link).toBe(e.source_url);
    await save('enforcement-seizures.png', await mapShot(suite.o.page));
  });

  it('shades U.S. source states for a labelled period, with the source in the legend', async () => {
    const rows = await rawTable('atf-mexico-traces/atf_mexico_traces_transcribed.csv');
    const tx = rows.find(
      (r) =>
        r.measure === 'firearms_traced_to_source_state' &&
        r.source_place === 'Texas' &&
        r.period === '2022-2023',
    )!;
    await showOnly(suite.o.page, ['traces']);
    const item = suite.o.page.locator('li[data-layer="traces"]');
    await item.getByRole('combobox', { name: 'Show' }).selectOption('2022_2023');
    await settle(suite.o.page, ['[traces:2022_2023]']);
    const legend = (await item.locator('figure.legend').textContent()) ?? '';
    expect(legend).toContain('2022–2023');
    expect(legend).toContain(tx.source_publisher);
    const tip = await hover(-99, 31.5);
    expect(tip.text).toContain('Texas');
    expect(tip.text).toContain(en(Number(tx.value)));
    expect(tip.link).toBe(tx.source_url);
  });

  it('draws a state without displacement data as hatched "no data", not as zero', async () => {
    const rows = await rawTable('mx-displacement-cmdpdh/mx_displacement_by_state_year.csv');
    const year = 2019;
    const annual = rows.filter(
      (r) =>
        r.place_level === 'state' &&
        r.measure === 'people_displaced' &&
        r.period === String(year) &&
        (r.preferred ?? '').startsWith('yes'),
    );
    const withData = new Set(annual.map((r) => r.cve_ent));
    const states = await builtFeatures('mx-states');
    // A state the table gives no 2019 figure for: Sonora, unless the data says otherwise.
    const missing = states.find(
      (f) => !withData.has(String(f.properties.cve_ent)) && f.properties.cve_ent === '26',
    );
    expect(missing, 'Sonora has no 2019 figure in the raw table').toBeDefined();
    const top = annual.sort((a, b) => Number(b.value) - Number(a.value))[0]!;

    await showOnly(suite.o.page, ['displacement-states']);
    await setYear(suite.o.page, year);
    const shot = decode(await mapShot(suite.o.page));
    await save('enforcement-displacement.png', await mapShot(suite.o.page));
    // Inside Sonora: stripes, i.e. two clearly different colours in the same small box.
    const p = await mapPoint(suite.o.page, -110.6, 29.4);
    const px = box(shot, p.x, p.y, 10);
    const lum = px.map(([r, g, b]) => 0.3 * r + 0.59 * g + 0.11 * b).sort((x, y) => x - y);
    const pct = (q: number) => lum[Math.floor(q * (lum.length - 1))]!;
    // A flat fill (a "zero" colour) has no spread; stripes put a tenth of the box or more far from the rest.
    expect(pct(0.9) - pct(0.1), 'hatched, not a flat fill').toBeGreaterThan(30);
    expect((await hover(-110.6, 29.4)).text).toMatch(/Sonora.*no data/);
    const row = suite.o.page.locator('#data-table tbody tr', {
      has: suite.o.page.locator('th', { hasText: /^Sonora$/ }),
    });
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('no data');

    const feature = states.find((f) => f.properties.cve_ent === top.cve_ent)!;
    const topRow = suite.o.page.locator('#data-table tbody tr', {
      has: suite.o.page.locator('th', {
        hasText: new RegExp(`^${String(feature.properties.name)}$`),
      }),
    });
    await expect(topRow.locator('td').nth(1).textContent()).resolves.toBe(en(Number(top.value)));
  });
});

describe('the indicators panel', () => {
  const open = async (label: string) => {
    await suite.o.page.getByRole('button', { name: label, exact: true }).click();
    const panel = suite.o.page.locator('dialog .indicators[data-loaded="true"]');
    await panel.waitFor({ timeout: 30_000 });
    return panel;
  };
  const bar = (ind: string, label: string) =>
    suite.o.page.locator(`[data-indicator="${ind}"] rect[data-label="${label}"]`);

  it('charts the indicators with values from the raw tables, each with its source, in English and Spanish', async () => {
    const panel = await open('Indicators');
    // Homicides 2019: every state's victims summed from the raw SESNSP file.
    let total = 0;
    for (let s = 1; s <= 32; s++) total += await rawHomicides(String(s).padStart(2, '0'), 2019);
    await expect(bar('homicides', '2019').getAttribute('data-value')).resolves.toBe(String(total));

    // Outbound events per year: distinct events dated (or published) in the year.
    const events = await rawTable(
      'outbound-seizure-events-press/outbound_seizure_events_press_releases.csv',
    );
    const yearOf = (r: Record<string, string>) =>
      (r.event_date || r.source_pub_date || '').slice(0, 4);
    // Outbound as stated: an event whose sentence does not give the direction is not counted.
    const placed = events.filter(
      (r) => r.bts_port_code && yearOf(r) && /^outbound/i.test(r.direction ?? ''),
    );
    const in2022 = new Set(placed.filter((r) => yearOf(r) === '2022').map((r) => r.event_id)).size;
    await expect(bar('seizures', '2022').getAttribute('data-value')).resolves.toBe(String(in2022));

    // Traced firearms, 2017–2022, as the table gives them.
    const traces = await rawTable('atf-mexico-traces/atf_mexico_traces_transcribed.csv');
    const t = traces.find(
      (r) =>
        r.period === '2017-2022' && r.measure === 'firearms_traced' && r.place_level === 'national',
    )!;
    await expect(bar('traces', '2017–2022').getAttribute('data-value')).resolves.toBe(t.value);
    const traceRow = suite.o.page.locator('[data-indicator="traces"] tbody tr', {
      hasText: '2017–2022',
    });
    await expect(traceRow.locator('a').getAttribute('href')).resolves.toBe(t.source_url);

    // CBP's figures, direction kept as stated: "unspecified" rows are never listed as outbound.
    const cbp = await rawTable('cbp-weapon-seizures/cbp_weapon_seizures_transcribed.csv');
    const figures = panel.locator('details.cbp');
    await figures.locator('summary').click();
    await expect(figures.locator('tbody tr').count()).resolves.toBe(
      cbp.filter((r) => /^(outbound|southbound)/i.test(r.direction ?? '')).length,
    );
    await figures.locator('select').selectOption('unspecified');
    await expect(figures.locator('tbody tr').count()).resolves.toBe(
      cbp.filter((r) => /^unspecified/i.test(r.direction ?? '')).length,
    );
    await figures.locator('summary').click();

    for (const id of ['homicides', 'seizures', 'traces', 'dealers', 'penalized']) {
      const section = panel.locator(`[data-indicator="${id}"]`);
      await expect(section.locator('.note a').getAttribute('href')).resolves.toMatch(
        /^https?:\/\//,
      );
      await expect(section.locator('svg[role="img"]').getAttribute('aria-label')).resolves.toMatch(
        /\d/,
      );
    }
    await expect(
      panel.locator('[data-indicator="penalized"] .key').textContent(),
    ).resolves.toContain('partial');
    await suite.o.page.setViewportSize({ width: 1280, height: 1400 });
    await save('metrics-en.png', await suite.o.page.locator('dialog').screenshot());

    await suite.o.page.keyboard.press('Escape');
    await suite.o.page.getByRole('button', { name: 'Español' }).click();
    const es = await open('Indicadores');
    await expect(es.locator('[data-indicator="homicides"] h3').textContent()).resolves.toBe(
      'Homicidios en México',
    );
    await expect(es.locator('.intro').textContent()).resolves.toContain('huecos');
    await save('metrics-es.png', await suite.o.page.locator('dialog').screenshot());
    await suite.o.page.keyboard.press('Escape');
    await suite.o.page.getByRole('button', { name: 'English' }).click();
    await suite.o.page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('areas of responsibility', () => {
  it('draws a unit from its member states, and lists a unit with unknown membership instead of drawing it', async () => {
    const dir = 'agency-aors';
    const units = await rawTable(`${dir}/units.csv`);
    const sedena = await rawTable(`${dir}/mx_sedena_regiones_militares.csv`);
    const gn = await rawTable(`${dir}/mx_guardia_nacional_coordinaciones.csv`);
    // SEDENA regions in the unit list with no member row at all: membership unknown.
    const unknown = units
      .filter((u) => u.agency === sedena[0]!.agency && !sedena.some((m) => m.unit === u.unit))
      .map((u) => u.unit!);
    expect(unknown.length).toBeGreaterThan(0);
    const built = await builtFeatures('aors');
    for (const u of unknown)
      expect(
        built.some((f) => f.properties.unit === u),
        `${u} is not drawn`,
      ).toBe(false);

    await showOnly(suite.o.page, ['aor-sedena', 'aor-gn']);
    for (const u of unknown)
      await expect(
        suite.o.page.locator(`[data-agency="sedena"] [data-unknown-unit="${u}"]`).count(),
      ).resolves.toBe(1);
    await save('aor-mx-en.png', await suite.o.page.screenshot());

    // Mexico City: the Guardia Nacional's Centro coordination, drawn from its member states.
    await showOnly(suite.o.page, ['aor-gn']);
    const centro = gn.filter((m) => m.unit === 'Coordinación Territorial Centro');
    const tip = await (async () => {
      const m = (await suite.o.page.locator('#map').boundingBox())!;
      const p = await mapPoint(suite.o.page, -99.13, 19.43);
      await suite.o.page.mouse.move(m.x + p.x, m.y + p.y);
      const t = suite.o.page.getByRole('tooltip');
      await t.waitFor();
      return {
        text: (await t.textContent()) ?? '',
        link: await t.locator('.source').getAttribute('data-href'),
      };
    })();
    expect(tip.text).toContain('Coordinación Territorial Centro');
    for (const m of centro) expect(tip.text).toContain(m.member_name);
    expect(tip.link).toBe(centro[0]!.source_url);

    await showOnly(suite.o.page, ['aor-usbp', 'aor-ofo', 'aor-atf', 'aor-dea']);
    await suite.o.page.getByRole('button', { name: 'Español' }).click();
    await settle(suite.o.page, ['lang=es']);
    await expect(suite.o.page.locator('[data-agency="atf"]').textContent()).resolves.toContain(
      'Membresía desconocida',
    );
    await save('aor-us-es.png', await suite.o.page.screenshot());
    await suite.o.page.getByRole('button', { name: 'English' }).click();
  });
});
