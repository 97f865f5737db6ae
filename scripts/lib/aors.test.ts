import { describe, expect, it } from 'vitest';
import { aorFiles, member, unitRow } from './aor-fixture';
import { groupUnits, notInAny, unitStatus, yearSpan } from './aor-groups';
import { AGENCIES, basisStrength, readAors, UNITS_FILE, weakest } from './aors';
import { rawFixture } from './fixture';

const usbp = AGENCIES.find((a) => a.id === 'usbp')!.file;
const ofo = AGENCIES.find((a) => a.id === 'ofo')!.file;
const sedena = AGENCIES.find((a) => a.id === 'sedena')!.file;
const SD = {
  unit: 'San Diego Sector',
  type: 'county',
  code: '06073',
  name: 'San Diego County, CA',
};

describe('readAors', () => {
  it('keeps valid rows and rejects the others naming line, field and value', async () => {
    const files = aorFiles(
      {
        usbp: [
          member('usbp', SD), // line 2
          member('usbp', { ...SD, code: '06025', name: 'Imperial County, CA', coverage: 'most' }),
          member('usbp', { ...SD, code: '4814', name: 'El Paso County, TX' }),
          member('usbp', { ...SD, code: '06025', name: 'Imperial County, TX' }),
          member('usbp', {
            unit: 'Laredo Sector',
            type: 'state',
            code: 'TX',
            name: 'Texas',
            coverage: 'part',
          }),
          member('usbp', {
            unit: 'Laredo Sector',
            type: 'state',
            code: 'TX',
            name: 'Texas',
            basis: ' ',
          }),
          member('usbp', { ...SD, code: '48479', name: 'Webb County, TX', basis: 'blog' }),
          member('usbp', { ...SD, code: '48479', name: 'Webb County, TX', url: 'cbp.gov/laredo' }),
          member('usbp', SD), // line 10: the same member again
          member('usbp', { ...SD, code: '', name: 'Orange County, CA' }),
          member('usbp', { ...SD, code: '06059', name: 'Orange County, CA', agency: 'CBP' }),
          member('usbp', { unit: 'Yuma Sector', type: 'state', code: 'NV', name: 'Arizona' }),
          'U.S. Border Patrol (CBP),Yuma Sector,,,state,NV', // line 14: too few fields
        ],
        ofo: [
          member('ofo', {
            unit: 'El Paso Field Office',
            type: 'port',
            code: '',
            name: 'Fort Hancock',
          }),
          member('ofo', {
            unit: 'El Paso Field Office',
            type: 'port',
            code: '240',
            name: 'Ysleta',
          }),
        ],
        sedena: [
          member('sedena', {
            unit: 'IV Región Militar',
            type: 'state',
            code: '19',
            name: 'Nuevo León',
            basis: 'news_quoting_official',
          }),
          member('sedena', { unit: 'IV Región Militar', type: 'state', code: '33', name: 'Texas' }),
          member('sedena', {
            unit: 'IV Región Militar',
            type: 'county',
            code: '19039',
            name: 'Monterrey',
          }),
        ],
      },
      [
        unitRow('usbp', 'San Diego Sector', { hqUrl: 'https://a.gov/1 ; http://b.com/2' }),
        unitRow('usbp', 'HSI Tucson', { agency: 'HSI' }),
        unitRow('atf', 'Dallas Field Division', { hqUrl: 'www.leopulse.com' }),
        unitRow('usbp', 'San Diego Sector'),
      ],
    );
    const t = await readAors((await rawFixture(files)).raw);
    const rejects = Object.fromEntries(
      t.ledgers.map((l) => [
        l.file,
        l.rejects.map((r) => [r.row, r.field, r.value]).sort((a, b) => Number(a[0]) - Number(b[0])),
      ]),
    );
    expect(rejects[usbp]).toEqual([
      [3, 'coverage', 'most'],
      [4, 'member_code', '4814'],
      [5, 'member_code', '06025'],
      [7, 'basis', ' '],
      [8, 'basis', 'blog'],
      [9, 'source_url', 'cbp.gov/laredo'],
      [
        10,
        'unit+member_type+member_code+member_name',
        'San Diego Sector | county | 06073 | San Diego County, CA',
      ],
      [11, 'member_code', ''],
      [12, 'agency', 'CBP'],
      [13, 'member_code', 'NV'],
      [14, '(row)', 'U.S. Border Patrol (CBP),Yuma Sector,,,state,NV'],
    ]);
    expect(rejects[ofo]).toEqual([[3, 'member_code', '240']]);
    expect(rejects[sedena]).toEqual([
      [3, 'member_code', '33'],
      [4, 'member_type', 'county'],
    ]);
    expect(rejects[UNITS_FILE]).toEqual([
      [3, 'agency', 'HSI'],
      [4, 'hq_source_url', 'www.leopulse.com'],
      [5, 'agency+unit', 'U.S. Border Patrol (CBP) | San Diego Sector'],
    ]);
    // Every row read is kept or rejected, file by file.
    for (const l of t.ledgers) {
      expect(l.read, l.file).toBe(l.kept + l.rejected);
      l.assertBalanced();
    }
    expect(t.ledgers.find((l) => l.file === usbp)).toMatchObject({ read: 13, kept: 2 });
    // A port without a code is kept: it is listed as unplaced, not drawn.
    expect(t.members.filter((m) => m.agency === 'ofo').map((m) => [m.name, m.code])).toEqual([
      ['Fort Hancock', ''],
    ]);
    expect(t.members.find((m) => m.code === '19')).toMatchObject({
      basis: 'news_quoting_official',
      strength: 'news',
    });
  });
});

describe('basis grading', () => {
  it('grades every basis the provenance defines and refuses others', () => {
    const graded = Object.fromEntries(
      [
        'official',
        'official_archived',
        'named_in_source',
        'official_document_third_party_copy',
        'official_press_release_via_news',
        'news',
        'news_quoting_official',
        'news_citing_official',
        'third_party',
        'third_party_zone_table',
        'official_inferred',
        'news_inferred',
        'inferred_count_state',
        'blog',
      ].map((b) => [b, basisStrength(b)]),
    );
    expect(graded).toEqual({
      official: 'official',
      official_archived: 'official',
      named_in_source: 'official',
      official_document_third_party_copy: 'official',
      official_press_release_via_news: 'official',
      news: 'news',
      news_quoting_official: 'news',
      news_citing_official: 'news',
      third_party: 'weak',
      third_party_zone_table: 'weak',
      official_inferred: 'weak',
      news_inferred: 'weak',
      inferred_count_state: 'weak',
      blog: null,
    });
    expect(weakest(['official', 'news', 'official'])).toBe('news');
    expect(weakest(['official', 'weak', 'news'])).toBe('weak');
  });
});

describe('units', () => {
  it('lists units from units.csv and the membership tables, with their status', async () => {
    const files = aorFiles(
      {
        usbp: [
          member('usbp', { ...SD, hq: ['Chula Vista', 'CA'] }),
          member('usbp', {
            unit: 'Tucson Sector',
            type: 'county',
            code: '04019',
            name: 'Pima County, AZ',
            coverage: 'unknown',
          }),
          member('usbp', {
            unit: 'Tucson Sector',
            type: 'state',
            code: 'AZ',
            name: 'Arizona',
            coverage: 'part',
          }),
        ],
        sedena: [
          member('sedena', {
            unit: 'VI Región Militar',
            type: 'state',
            code: '30',
            name: 'Veracruz',
            coverage: 'unknown',
          }),
        ],
        fgr: [
          member('fgr', {
            unit: 'Delegación FGR Sonora',
            type: 'state',
            code: '26',
            name: 'Sonora',
            hq: ['', 'Sonora'],
          }),
        ],
      },
      [
        unitRow('usbp', 'Tucson Sector', { hq: ['Tucson', 'AZ'] }),
        unitRow('atf', 'Dallas Field Division'),
      ],
    );
    const t = await readAors((await rawFixture(files)).raw);
    const units = groupUnits(t).map((u) => [
      u.agency.id,
      u.unit,
      u.hqCity,
      u.hqState,
      unitStatus(u),
    ]);
    expect(units).toEqual([
      ['usbp', 'Tucson Sector', 'Tucson', 'AZ', 'partly drawn'],
      ['usbp', 'San Diego Sector', 'Chula Vista', 'CA', 'drawn'],
      ['atf', 'Dallas Field Division', '', '', 'unknown'],
      ['sedena', 'VI Región Militar', '', '', 'unknown'],
      ['fgr', 'Delegación FGR Sonora', '', 'Sonora', 'drawn'],
    ]);
    const states = new Map([
      ['26', 'Sonora'],
      ['30', 'Veracruz'],
      ['07', 'Chiapas'],
    ]);
    // Veracruz, named with unknown extent, is still named; other agencies' rows do not count.
    expect(notInAny(t.members, 'sedena', states)).toEqual(['Chiapas', 'Sonora']);
  });

  it('reads the years of free-text dates, ignoring remarks in brackets', () => {
    expect(
      yearSpan([
        '2024/2025 (news item citing CBP sector webpage)',
        'c. late 2014 (article refers to the November 2014 elections)',
        'undated table (page text opens with the 1996 structure)',
        '2008-01 (division opened Dec 10, 2007)',
      ]),
    ).toEqual([2008, 2025]);
    expect(yearSpan(['undated'])).toBeNull();
  });
});
