// The chain index against the raw court-case rows: every firearm in it once, its counts by case,
// purchase state and recovery place recomputed from the raw file with an independent parser,
// every distinct recovery text placed or listed, and the dealer matches checked against both
// raw files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkTable } from '../../scripts/lib/tables';
import { rawDir } from './raw-dir';

const GEODATA = new URL('../../geodata/', import.meta.url).pathname;
const FIREARMS = 'us-mx-trafficking-court-cases/court_case_data_firearm_details.csv';

const table = checkTable('chain', JSON.parse(await readFile(join(GEODATA, 'chain.json'), 'utf8')));
/** Raw rows with the line each ends on (what the chain's `rows` record). */
const raw = (
  parse(await readFile(join(rawDir(), FIREARMS)), { columns: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[]
).map(({ record, info }): Record<string, string> & { line: number } =>
  Object.assign({}, record, { line: info.lines }),
);
const byLine = new Map(raw.map((r) => [r.line, r]));
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const rowsWhere = (pick: (p: (typeof table.paths)[number]) => boolean) =>
  table.paths.filter(pick).flatMap((p) => p.rows.map((l) => byLine.get(l)!));

describe('the chain index', () => {
  it('holds every raw firearm exactly once', () => {
    const lines = table.paths.flatMap((p) => p.rows);
    expect(lines.length).toBe(raw.length);
    expect(new Set(lines).size).toBe(raw.length);
    expect(table.totals.firearms).toBe(raw.length);
    for (const p of table.paths) expect(p.rows.length).toBe(p.firearms);
  });

  it('counts each case, purchase state and link basis as the raw rows do', () => {
    const cases = new Map<string, number>();
    for (const r of raw)
      cases.set(r['Reference case']!.trim(), (cases.get(r['Reference case']!.trim()) ?? 0) + 1);
    expect(table.cases.map((c) => [c.name, c.firearms])).toEqual(
      [...cases].sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(table.totals.cases).toBe(cases.size);
    // Texas as the filings write it: "TX" or "Texas".
    const texas = raw.filter((r) => /^(tx|texas)$/i.test(r['Purchase State']!.trim())).length;
    expect(rowsWhere((p) => p.purchase_state === 'TX').length).toBe(texas);
    // A recovery place is stated where the raw text is non-empty; none else.
    const stated = raw.filter((r) => r['Mex Recovery area']!.trim()).length;
    expect(rowsWhere((p) => p.recovery_basis !== 'unknown').length).toBe(stated);
    for (const r of rowsWhere((p) => p.recovery_basis === 'unknown'))
      expect(r['Mex Recovery area']!.trim()).toBe('');
    // Jalisco: the rows naming Jalisco or its capital, Guadalajara.
    const jalisco = raw.filter((r) => /jalisco|guadalajara/.test(fold(r['Mex Recovery area']!)));
    expect(
      rowsWhere((p) => p.recovery_state === '14')
        .map((r) => r.line)
        .sort(),
    ).toEqual(jalisco.map((r) => r.line).sort());
    // No port is ever stated: every port is modeled from a purchase place, or unknown.
    for (const p of table.paths) {
      expect(p.port_basis).toBe(p.port ? 'modeled' : 'unknown');
      expect(p.port === null).toBe(p.purchase_state === null);
    }
  });

  it('places every distinct recovery text or lists it as unplaced', () => {
    const texts = new Set(raw.map((r) => r['Mex Recovery area']!.trim()).filter(Boolean));
    const unplaced = new Set(table.unplaced.map((u) => u.text));
    for (const text of texts) {
      const placed = rowsWhere((p) => p.recovery_basis === 'filing').some(
        (r) => r['Mex Recovery area']!.trim() === text,
      );
      expect(placed !== unplaced.has(text), text).toBe(true);
    }
    const at = (text: string) =>
      table.paths.find((p) =>
        p.rows.some((l) => byLine.get(l)!['Mex Recovery area']!.trim() === text),
      )!;
    expect([at('Oaxaca').recovery_state, at('Oaxaca').recovery_municipio]).toEqual(['20', null]);
    expect(at('Ciudad Juarez').recovery_municipio).toBe('08037');
    expect(at('Torreon').recovery_municipio).toBe('05035');
    expect(at('Sonora, Mexico').recovery_state).toBe('26');
    expect(table.unplaced.reduce((n, u) => n + u.firearms, 0)).toBe(
      rowsWhere((p) => p.recovery_basis === 'unplaced').length,
    );
  });

  it('matches dealers only on evidence both raw files carry', async () => {
    const report = parse(await readFile(join(GEODATA, 'reports/chain.dealer-matches.csv')), {
      columns: true,
    }) as Record<string, string>[];
    expect(report.length).toBe(table.dealers.length);
    const inspections = new Map(
      (
        JSON.parse(
          await readFile(
            join(rawDir(), 'atf-dealer-inspections-geocoded/atf-inspection-reports-data.geojson'),
            'utf8',
          ),
        ) as { features: { properties: Record<string, string | null> }[] }
      ).features.map((f) => [f.properties.ui_number!, f.properties]),
    );
    const matched = report.filter((r) => r.confidence !== 'unmatched');
    expect(matched.length).toBeGreaterThan(10);
    for (const m of matched) {
      // The firearms: raw rows naming this dealer in this city and state, or as the filings
      // also write it (another spelling of the city, matched to the same licence).
      const spellings = [
        { name: m.name!, address: m.address!, city: m.city! },
        ...table.dealers.find((d) => d.id === m.dealer_id)!.also,
      ];
      const sold = raw.filter((r) =>
        spellings.some(
          (w) =>
            fold(r['Name of distibutor']!) === fold(w.name) &&
            fold(r.City!) === fold(w.city) &&
            fold(r['Address']!) === fold(w.address),
        ),
      );
      expect(sold.length, m.dealer_id).toBe(Number(m.firearms));
      // The inspection: the licence, the state and the city the evidence names.
      for (const id of m.inspections!.split('; ')) {
        const i = inspections.get(id)!;
        expect(i, id).toBeDefined();
        expect(i.ffl_state).toBe(m.state);
        // Name + city: the city is the evidence. Name + address: the premises are (a filing
        // may misspell the city: "Phar" for Pharr).
        if (m.confidence === 'name+city')
          expect(spellings.map((w) => fold(w.city))).toContain(fold(i.ffl_city!));
        if (m.confidence === 'name+address') {
          const number = (s: string) => /^\d+/.exec(s.trim())?.[0];
          expect(
            spellings.map((w) => number(w.address)),
            id,
          ).toContain(number(i.ffl_address!));
        }
        // The business name: the filing's, once "Inc", "LLC" and punctuation are set aside.
        const core = (s: string) =>
          fold(s)
            .replace(/[^a-z0-9 ]/g, ' ')
            .split(' ')
            .filter((w) => w.length > 2 && !/^(inc|llc)$/.test(w));
        expect(
          core(m.name!).some((w) =>
            core(`${i.ffl_proprietor} ${i.ffl_proprietor_2 ?? ''}`).includes(w),
          ),
          `${m.name} / ${i.ffl_proprietor}`,
        ).toBe(true);
      }
      expect(m.ffl_number).toBe(inspections.get(m.inspections!.split('; ')[0]!)!.ffl_number);
    }
    // Glick Twins, written in Pharr and (a typo) in Phar, is one dealer with every firearm.
    const glick = report.filter((r) => /glick/i.test(r.name!));
    expect(glick.map((r) => [r.city, r.firearms])).toEqual([
      ['Pharr', String(raw.filter((r) => /glick/i.test(r['Name of distibutor']!)).length)],
    ]);
    // Two names at one street address are said beside each other, not merged.
    const zia = report.filter((r) => /zeroed in/i.test(r.name!));
    expect(zia.map((r) => r.same_address_as)).toEqual([zia[1]!.dealer_id, zia[0]!.dealer_id]);
    // Gun shows and private sales are sellers, never matched to a licence.
    for (const r of report.filter((x) => /gun show|private sale/i.test(x.name!)))
      expect([r.seller, r.confidence], r.name).toEqual([
        /show/i.test(r.name!) ? 'gun-show' : 'private',
        'unmatched',
      ]);
  });
});
