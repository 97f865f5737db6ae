import { describe, expect, it } from 'vitest';
import {
  dealerName,
  indexInspections,
  matchDealer,
  sameLicensee,
  sharedAddresses,
  sellerKind,
  streetAddress,
  strongerMatch,
  type Confidence,
  type Inspection,
} from './dealer-match';

const inspection = (over: Partial<Inspection>): Inspection => ({
  inspection_id: 'X-1',
  ffl_number: '5-74-215-01-7A-12345',
  names: ['Forza Armory LLC'],
  address: '1911 E University Dr',
  city: 'Edinburg',
  state: 'TX',
  complete_date: '2016-03-01',
  disposition: 'Warning letter',
  disposition_class: 'warning-letter',
  violations: '478.21(a)',
  citation_count: 1,
  ...over,
});

describe('dealer matching', () => {
  it('reads names and street addresses the way both lists write them', () => {
    expect(dealerName('Forza Armory, LLC')).toBe(dealerName('Forza Armory LLC'));
    expect(dealerName("Danny's Pawn & Sporting Goods")).toBe('danny s pawn and sporting goods');
    expect(streetAddress('4647 East Chandler Boulevard - Suite 3-5')).toBe('4647 e chandler blvd');
    expect(streetAddress('4647 E CHANDLER BLVD STE 3-4')).toBe('4647 e chandler blvd');
    expect(streetAddress('')).toBe('');
  });

  it('matches by name and street address, then by name and city, and says on what', () => {
    const index = indexInspections([
      inspection({}),
      inspection({ inspection_id: 'X-2' }),
      inspection({
        inspection_id: 'K-1',
        ffl_number: '5-74-479-01-8B-00001',
        names: ['Kirkpatrick Guns & Ammo Inc.'],
        address: '6501 Arena Blvd. Ste 105-a',
        city: 'Laredo',
      }),
    ]);
    const forza = matchDealer(
      { name: 'Forza Armory, LLC', address: '1911 E UNIVERSITY DR', city: 'Edinburg', state: 'TX' },
      index,
    )!;
    expect(forza.confidence).toBe('name+address');
    expect(forza.inspections.map((i) => i.inspection_id)).toEqual(['X-1', 'X-2']);
    expect(forza.evidence).toBe(
      'name "Forza Armory, LLC" = "Forza Armory LLC"; address "1911 E UNIVERSITY DR" = "1911 E University Dr", TX',
    );
    const kirk = matchDealer(
      {
        name: 'Kirkpatrick Guns and Ammo',
        address: '313 W VILLAGE BLVD #103',
        city: 'Laredo',
        state: 'TX',
      },
      index,
    )!;
    expect(kirk.confidence).toBe('name+city');
    expect(kirk.evidence).toMatch(
      /address "313 W VILLAGE BLVD #103" ≠ "6501 Arena Blvd\. Ste 105-a"$/,
    );
  });

  it('leaves unmatched what the evidence does not carry', () => {
    const index = indexInspections([
      inspection({ names: ['Texas Vests Inc.'], address: '636 S Mason Rd', city: 'Katy' }),
      inspection({
        ffl_number: 'A',
        names: ['Ezpawn Arizona Inc', 'USA Pawn & Jewelry'],
        address: '4870 E 22nd St',
        city: 'Tucson',
        state: 'AZ',
      }),
      inspection({
        ffl_number: 'B',
        names: ['Ezpawn Arizona, Inc', 'USA Pawn & Jewelry'],
        address: '5000 E Speedway Ave',
        city: 'Tucson',
        state: 'AZ',
      }),
    ]);
    // Same address, another name: not the same dealer on this evidence.
    expect(
      matchDealer(
        { name: 'Katy Gun Gear', address: '636 S MASON RD', city: 'Katy', state: 'TX' },
        index,
      ),
    ).toBeNull();
    // Two licensees of that name in the city and no address to choose: ambiguous.
    expect(
      matchDealer({ name: 'USA Pawn & Jewelry', address: '', city: 'Tucson', state: 'AZ' }, index),
    ).toBeNull();
    // The right name in another state, or no single state.
    expect(
      matchDealer({ name: 'Forza Armory', address: '', city: 'Edinburg', state: 'NM' }, index),
    ).toBeNull();
    expect(
      matchDealer({ name: 'Forza Armory', address: '', city: '', state: null }, index),
    ).toBeNull();
  });

  it('matches a licence number written in a filing before anything else', () => {
    const index = indexInspections([inspection({})]);
    const m = matchDealer(
      { name: 'Someone (FFL 5-74-215-01-7A-12345)', address: '', city: '', state: null },
      index,
    )!;
    expect(m.confidence).toBe('licence');
    expect(m.evidence).toBe('licence 5-74-215-01-7A-12345 in the filing');
  });

  it('tells gun shows and private sales from dealers', () => {
    expect(sellerKind('SAXET gun show')).toBe('gun-show');
    expect(sellerKind('SAXET Gun Show')).toBe('gun-show');
    expect(sellerKind('Private sale')).toBe('private');
    expect(sellerKind('Show Off Sports LLC')).toBe('dealer');
    expect(sellerKind('J&B Gun Sales & Service')).toBe('dealer');
  });

  it('makes one dealer of one name matched to one licence in two spellings of a city', () => {
    const m = (ffl: string, confidence: 'name+address' | 'name+city' = 'name+city') => ({
      confidence,
      inspections: [{ ffl_number: ffl }],
    });
    const ids = sameLicensee([
      {
        id: 'tx-phar-glick',
        name: 'Glick Twins',
        state: 'TX',
        firearms: 1,
        match: m('5-1', 'name+address'),
      },
      { id: 'tx-pharr-glick', name: 'Glick Twins', state: 'TX', firearms: 8, match: m('5-1') },
      // Same licence, another name: not assumed to be the same business.
      { id: 'tx-pharr-other', name: 'Other Guns', state: 'TX', firearms: 2, match: m('5-1') },
      { id: 'tx-a', name: 'A', state: 'TX', firearms: 1, match: null },
      { id: 'tx-b', name: 'A', state: 'TX', firearms: 1, match: null },
    ]);
    expect(Object.fromEntries(ids)).toEqual({
      'tx-phar-glick': 'tx-pharr-glick',
      'tx-pharr-glick': 'tx-pharr-glick',
      'tx-pharr-other': 'tx-pharr-other',
      'tx-a': 'tx-a',
      'tx-b': 'tx-b',
    });
    const address: { confidence: Confidence } = { confidence: 'name+address' };
    const city: { confidence: Confidence } = { confidence: 'name+city' };
    expect(strongerMatch(city, address)).toBe(address);
    expect(strongerMatch(address, city)).toBe(address);
    expect(strongerMatch(null, city)).toBe(city);
  });

  it('says which dealers share a street address, without merging them', () => {
    const shared = sharedAddresses([
      { id: 'a', address: '1552 S 4th Ave', city: 'Tucson', state: 'AZ' },
      { id: 'b', address: '1552 South 4th Avenue Suite 2', city: 'TUCSON', state: 'AZ' },
      { id: 'c', address: '1552 S 4th Ave', city: 'Phoenix', state: 'AZ' },
      { id: 'd', address: '', city: 'Tucson', state: 'AZ' },
    ]);
    expect(Object.fromEntries(shared)).toEqual({ a: ['b'], b: ['a'], c: [] });
  });
});
