// Matching the dealers named in court filings to the ATF penalized-inspection list. A match is
// evidence, not a guess: the licence number when a filing gives one, else the business name
// and the street address, else the name and the city when only one licensee of that name is
// there. Anything weaker (a shared address under another name, a name in another city) stays
// unmatched, and every match carries the words it rests on.
import { fold } from './gazetteer';

export type Confidence = 'licence' | 'name+address' | 'name+city';

/** One inspection of the penalized list, as the penalized-dealers layer publishes it. */
export interface Inspection {
  inspection_id: string;
  ffl_number: string;
  /** Proprietor and trade names (either may be the one a filing uses). */
  names: string[];
  address: string;
  city: string;
  state: string;
  complete_date: string | null;
  disposition: string;
  /** Our class of the disposition (revocation, settlement, warning-letter…), as the layer has it. */
  disposition_class: string;
  violations: string;
  citation_count: number | null;
}

export interface DealerMatch {
  confidence: Confidence;
  /** The words compared, side by side. */
  evidence: string;
  /** Every inspection of the matched licence (a licensee can be inspected more than once). */
  inspections: Inspection[];
}

/** Filings and the list write business names differently ("Forza Armory, LLC" / "Forza Armory LLC"). */
const SUFFIX = /\b(llc|l l c|inc|co|corp|corporation|company|ltd|the|dba)\b/g;
export const dealerName = (s: string): string =>
  fold(s.replace(/&/g, ' and ')).replace(SUFFIX, ' ').replace(/\s+/g, ' ').trim();

const WORDS: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  boulevard: 'blvd',
  road: 'rd',
  drive: 'dr',
  lane: 'ln',
  highway: 'hwy',
  freeway: 'fwy',
  trail: 'trl',
  parkway: 'pkwy',
  court: 'ct',
  place: 'pl',
  east: 'e',
  west: 'w',
  north: 'n',
  south: 's',
};
/**
 * The street address without its unit ("4647 East Chandler Boulevard - Suite 3-5" →
 * "4647 e chandler blvd"): a suite number differs between a filing and the list more often
 * than the premises do. Empty when no address is given.
 */
export function streetAddress(s: string): string {
  const words = fold(s)
    .split(' ')
    .filter(Boolean)
    .map((w) => WORDS[w] ?? w);
  const unit = words.findIndex((w) => /^(ste|suite|unit|apt|bldg|building|no)$/.test(w));
  return (unit > 0 ? words.slice(0, unit) : words).join(' ');
}

/** An ATF licence number (1-56-059-01-6F-21093) written anywhere in the text. */
const LICENCE = /\b\d-\d{2}-\d{3}-\d{2}-[0-9A-Z]{2}-\d{5}\b/i;

export interface DealerIndex {
  byName: Map<string, Inspection[]>;
  byLicence: Map<string, Inspection[]>;
}

export function indexInspections(list: Inspection[]): DealerIndex {
  const byName = new Map<string, Inspection[]>();
  const byLicence = new Map<string, Inspection[]>();
  for (const i of list) {
    for (const n of new Set(i.names.map(dealerName).filter(Boolean))) {
      const k = `${n}|${i.state}`;
      byName.set(k, [...(byName.get(k) ?? []), i]);
    }
    byLicence.set(i.ffl_number.toUpperCase(), [
      ...(byLicence.get(i.ffl_number.toUpperCase()) ?? []),
      i,
    ]);
  }
  return { byName, byLicence };
}

/** A dealer as a filing names it. */
export interface NamedDealer {
  name: string;
  address: string;
  city: string;
  /** USPS code, or null when the filing's state is not one state. */
  state: string | null;
}

const sameLicence = (xs: Inspection[]) => new Set(xs.map((x) => x.ffl_number)).size === 1;
const quote = (s: string) => `"${s}"`;

/** The match for a named dealer, or null with no evidence strong enough. */
export function matchDealer(d: NamedDealer, index: DealerIndex): DealerMatch | null {
  const licence = LICENCE.exec(`${d.name} ${d.address}`)?.[0].toUpperCase();
  if (licence && index.byLicence.has(licence))
    return {
      confidence: 'licence',
      evidence: `licence ${licence} in the filing`,
      inspections: index.byLicence.get(licence)!,
    };
  if (!d.state) return null;
  const named = index.byName.get(`${dealerName(d.name)}|${d.state}`) ?? [];
  if (named.length === 0) return null;
  const nameEvidence = (i: Inspection) =>
    `name ${quote(d.name)} = ${quote(i.names.find((n) => dealerName(n) === dealerName(d.name))!)}`;
  const street = streetAddress(d.address);
  const atAddress = street ? named.filter((i) => streetAddress(i.address) === street) : [];
  if (atAddress.length && sameLicence(atAddress)) {
    const i = atAddress[0]!;
    return {
      confidence: 'name+address',
      evidence: `${nameEvidence(i)}; address ${quote(d.address)} = ${quote(i.address)}, ${d.state}`,
      inspections: index.byLicence.get(i.ffl_number.toUpperCase()) ?? atAddress,
    };
  }
  const inCity = d.city ? named.filter((i) => fold(i.city) === fold(d.city)) : [];
  // Two licensees of one name in one city (two branches): which one sold is not known.
  if (inCity.length && sameLicence(inCity)) {
    const i = inCity[0]!;
    return {
      confidence: 'name+city',
      evidence: `${nameEvidence(i)}; city ${quote(d.city)} = ${quote(i.city)}, ${d.state}; address ${d.address ? `${quote(d.address)} ≠ ${quote(i.address)}` : 'not in the filing'}`,
      inspections: index.byLicence.get(i.ffl_number.toUpperCase()) ?? inCity,
    };
  }
  return null;
}

/**
 * Who sold a firearm, by the filing's words: a licensed dealer, a gun show (a venue where
 * licensed dealers and private sellers both sell; the filing does not say which), or a private
 * sale (no licensee, so nothing to match to the inspection list).
 */
export type SellerKind = 'dealer' | 'gun-show' | 'private';
export function sellerKind(name: string): SellerKind {
  const n = fold(name);
  if (/\bgun ?shows?\b/.test(n)) return 'gun-show';
  if (/\bprivate (sale|sales|party|seller|sellers|individual|transfer)\b/.test(n)) return 'private';
  return 'dealer';
}

const STRENGTH: Record<Confidence, number> = { licence: 0, 'name+address': 1, 'name+city': 2 };

/**
 * One dealer written in two places ("Glick Twins" in "Pharr" and in "Phar", TX): records with
 * the same name in the same state matched to the same licence are one licensee. Returns each
 * record's id → the id they share: the record with the most firearms (ties: the first id).
 */
export function sameLicensee(
  dealers: readonly {
    id: string;
    name: string;
    state: string | null;
    firearms: number;
    match: { confidence: Confidence; inspections: { ffl_number: string }[] } | null;
  }[],
): Map<string, string> {
  const groups = new Map<string, typeof dealers>();
  for (const d of dealers) {
    const ffl = d.match?.inspections[0]?.ffl_number;
    const key = ffl ? `${d.state}|${dealerName(d.name)}|${ffl}` : `id|${d.id}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out = new Map<string, string>();
  for (const g of groups.values()) {
    const main = [...g].sort((a, b) => b.firearms - a.firearms || a.id.localeCompare(b.id))[0]!;
    for (const d of g) out.set(d.id, main.id);
  }
  return out;
}

/** The stronger of two matches (licence, then name and address, then name and city). */
export const strongerMatch = <M extends { confidence: Confidence }>(a: M | null, b: M | null) =>
  !a ? b : !b ? a : STRENGTH[b.confidence] < STRENGTH[a.confidence] ? b : a;

/**
 * Dealers written at the same street address in the same city and state under different names
 * ("Liberty Pawn" and "Liberty Pawn Shop", but also two businesses sharing premises): said
 * beside each other, never merged — the filings do not say they are one licensee.
 */
export function sharedAddresses(
  dealers: readonly { id: string; address: string; city: string; state: string | null }[],
): Map<string, string[]> {
  const at = new Map<string, string[]>();
  for (const d of dealers) {
    const street = streetAddress(d.address);
    if (!street) continue;
    const k = `${d.state}|${fold(d.city)}|${street}`;
    at.set(k, [...(at.get(k) ?? []), d.id]);
  }
  const out = new Map<string, string[]>();
  for (const ids of at.values())
    for (const id of ids) out.set(id, ids.filter((x) => x !== id).sort());
  return out;
}
