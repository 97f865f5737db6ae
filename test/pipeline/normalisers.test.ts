// Every free-text normaliser against the full list of distinct raw values it meets in
// geodata/raw/, compared with a reviewed table (test/pipeline/normalisers/*.csv).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { basisStrength } from '../../scripts/lib/aors';
import { calibreGroup } from '../../scripts/lib/calibre';
import {
  caseKey,
  isFiftyCalibre,
  parseLooseDate,
  weaponClass,
} from '../../scripts/lib/court-cases';
import { cityCentroid, usState } from '../../scripts/lib/gazetteer';
import { matcherFor } from '../../scripts/lib/mx-places';
import { periodYears } from '../../scripts/lib/transcribed';
import { classify } from '../../scripts/sources/homicides';
import { mxStates } from '../../scripts/sources/mx-states';
import { DISPOSITIONS } from '../../scripts/sources/penalized-dealers';
import { MEASURES, parseMonth } from '../../scripts/sources/ports';
import { directionClass } from '../../scripts/sources/seizure-figures';
import { statesOutbound } from '../../scripts/sources/seizures';
import { compareWithReviewed } from './normaliser-table';

const RAW = new URL('../../geodata/raw/', import.meta.url).pathname;
type Row = Record<string, string>;

async function csv(path: string, skip = 0): Promise<Row[]> {
  let buf = await readFile(join(RAW, path));
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  return parse(buf, { columns: true, from_line: skip + 1, bom: true }) as Row[];
}

const firearms = () => csv('us-mx-trafficking-court-cases/court_case_data_firearm_details.csv');
const show = (v: unknown) => (v === null || v === undefined ? '(none)' : String(v));

async function expectReviewed(name: string, header: string[], rows: string[][]) {
  expect(await compareWithReviewed(name, header, rows)).toEqual([]);
}

describe('normalisers, on every distinct raw value', () => {
  it('weapon class from type, subtype, calibre and PRIO type', async () => {
    const rows = (await firearms()).map((r) => {
      const input = [r.Type!, r.subType!, r.Caliber!, r['PRIO Type']!];
      return [...input, weaponClass(input[0]!, input[1]!, input[2]!, input[3]!)];
    });
    await expectReviewed('weapon-class', ['type', 'subtype', 'calibre', 'prio', 'class'], rows);
  });

  it('.50 calibre from the calibre as written', async () => {
    const rows = (await firearms()).map((r) => [
      r.Caliber!,
      isFiftyCalibre(r.Caliber!) ? 'yes' : 'no',
    ]);
    await expectReviewed('fifty-calibre', ['calibre', 'fifty'], rows);
  });

  it('calibre groups from the calibre as written', async () => {
    const rows = (await firearms()).map((r) => [r.Caliber!, calibreGroup(r.Caliber!)]);
    await expectReviewed('calibre-groups', ['calibre', 'group'], rows);
  });

  it('dates as written in the court filings', async () => {
    const rows = (await firearms()).flatMap((r) =>
      ['Purchase date', 'Purchase date assumed', 'Mex Recovery date'].map((col) => {
        const d = parseLooseDate(r[col]!);
        return [r[col]!, d ? `${d.iso ?? ''}|${d.year}|${d.precision}` : '(unreadable)'];
      }),
    );
    await expectReviewed('loose-dates', ['written', 'iso|year|precision'], rows);
  });

  it('U.S. purchase states and cities', async () => {
    const all = await firearms();
    await expectReviewed(
      'us-states',
      ['written', 'usps'],
      all.map((r) => [r['Purchase State']!, show(usState(r['Purchase State']!))]),
    );
    await expectReviewed(
      'us-cities',
      ['city', 'state', 'found'],
      all
        .filter((r) => r.City!.trim())
        .map((r) => {
          const st = usState(r['Purchase State']!);
          return [r.City!, r['Purchase State']!, st && cityCentroid(r.City!, st) ? 'city' : 'no'];
        }),
    );
  });

  it('Mexican recovery places', async () => {
    const built = await mxStates.build({
      rawDir: RAW,
      raw: (p) => join(RAW, p),
      built: new Map(),
      progress: () => ({ tick() {}, done() {} }),
    });
    const matcher = await matcherFor({
      rawDir: RAW,
      raw: (p) => join(RAW, p),
      built: new Map([['mx-states', built]]),
      progress: () => ({ tick() {}, done() {} }),
    });
    const rows = (await firearms())
      .filter((r) => r['Mex Recovery area']!.trim())
      .map((r) => {
        const m = matcher.match(r['Mex Recovery area']!);
        return [
          r['Mex Recovery area']!,
          m.precision ? `${m.precision} ${m.id} ${m.name}` : `unmatched: ${m.reason}`,
        ];
      });
    await expectReviewed('mx-places', ['written', 'match'], rows);
  });

  it('court case names between the two files', async () => {
    const cases = await csv('us-mx-trafficking-court-cases/court_case_dataset.csv', 3);
    const keys = new Set(cases.map((c) => caseKey(c['Court Case']!)));
    const rows = (await firearms())
      .filter((r) => r['Reference case']!.trim())
      .map((r) => [
        r['Reference case']!,
        keys.has(caseKey(r['Reference case']!)) ? 'linked' : 'no link',
      ]);
    await expectReviewed('case-names', ['reference case', 'court document'], rows);
  });

  it('BTS months and measures', async () => {
    const bts = await csv('ports-of-entry/bts_border_crossing_entry_data_1996-2022.csv.gz');
    await expectReviewed(
      'bts-dates',
      ['date', 'year-month'],
      bts.map((r) => {
        const d = parseMonth(r.Date);
        return [r.Date!, d ? `${d.year}-${String(d.month).padStart(2, '0')}` : '(unreadable)'];
      }),
    );
    await expectReviewed(
      'bts-measures',
      ['measure', 'field'],
      bts.map((r) => [r.Measure!, show(MEASURES[r.Measure!])]),
    );
  });

  it('SESNSP crime types', async () => {
    const rows = (await csv('mx-crime-victims-sesnsp/db_victimas_delitos_ent_long.csv.gz')).map(
      (r) => [
        r.subtipo_de_delito!,
        r.modalidad!,
        show(classify({ subtipo_de_delito: r.subtipo_de_delito! })),
        r.modalidad === 'Con arma de fuego' ? 'firearm' : '',
      ],
    );
    await expectReviewed('sesnsp-crimes', ['subtipo', 'modalidad', 'counts as', 'firearm'], rows);
  });

  it('ports named in seizure events, and Border Patrol sectors', async () => {
    const ports = await csv('ports-of-entry/us_mexico_ports_bts_derived.csv');
    const placed = new Map(
      ports.filter((p) => p.latitude!.trim()).map((p) => [p.port_code!, p.port_name!]),
    );
    const events = await csv(
      'outbound-seizure-events-press/outbound_seizure_events_press_releases.csv',
    );
    await expectReviewed(
      'seizure-ports',
      ['bts_port_code', 'bts_port_name', 'drawn at'],
      events.map((r) => [
        r.bts_port_code!,
        r.bts_port_name!,
        placed.get(r.bts_port_code!) ?? '(no point)',
      ]),
    );
    const hq = new Set(
      (
        parse(
          await readFile(new URL('../../scripts/reference/usbp-sector-hq.csv', import.meta.url)),
          { columns: true },
        ) as Row[]
      ).map((r) => r.sector!),
    );
    const sectors = await csv('us-border-patrol-encounters/khsm_usbp_annual_rgn_and_sector.csv');
    await expectReviewed(
      'usbp-sectors',
      ['region', 'sector', 'headquarters'],
      sectors.map((r) => [
        r.Region!,
        r.Sector!,
        r.Region === 'Southwest Land Border'
          ? hq.has(r.Sector!)
            ? 'listed'
            : 'missing'
          : '(not mapped)',
      ]),
    );
  });

  it('seizure directions, periods, dispositions and source grades', async () => {
    const cbp = await csv('cbp-weapon-seizures/cbp_weapon_seizures_transcribed.csv');
    const events = await csv(
      'outbound-seizure-events-press/outbound_seizure_events_press_releases.csv',
    );
    await expectReviewed(
      'directions',
      ['table', 'stated', 'class'],
      [
        ...cbp.map((r) => [
          'cbp-weapon-seizures',
          r.direction!,
          show(directionClass(r.direction!)),
        ]),
        ...events.map((r) => [
          'outbound-seizure-events',
          r.direction!,
          statesOutbound(r.direction!) ? 'outbound' : 'not stated outbound',
        ]),
      ],
    );
    const traces = await csv('atf-mexico-traces/atf_mexico_traces_transcribed.csv');
    const period = (s: string) => {
      const p = periodYears(s);
      return p ? `${p.from}-${p.to}` : '(none)';
    };
    await expectReviewed(
      'periods',
      ['table', 'label', 'years'],
      [
        ...traces.map((r) => ['atf-mexico-traces', r.period!, period(r.period!)]),
        ...cbp.map((r) => ['cbp-weapon-seizures', r.fiscal_year!, period(r.fiscal_year!)]),
      ],
    );
    const insp = JSON.parse(
      await readFile(
        join(RAW, 'atf-dealer-inspections-geocoded/atf-inspection-reports-data.geojson'),
        'utf8',
      ),
    ) as { features: { properties: Row }[] };
    await expectReviewed(
      'dispositions',
      ['disposition', 'class'],
      insp.features.map((f) => {
        const d = String(f.properties.final_disposition ?? '');
        return [d, show(DISPOSITIONS[d.trim().toLowerCase()])];
      }),
    );
    const basis: string[][] = [];
    for (const t of [
      'usbp_sector_members',
      'ofo_field_office_ports',
      'atf_field_division_members',
      'dea_division_members',
      'mx_sedena_regiones_militares',
      'mx_guardia_nacional_coordinaciones',
      'mx_fgr_delegaciones',
    ])
      for (const r of await csv(`agency-aors/${t}.csv`))
        basis.push([r.basis!, show(basisStrength(r.basis!.trim()))]);
    await expectReviewed('aor-basis', ['basis', 'grade'], basis);
  });
});
