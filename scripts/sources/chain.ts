// chain: the follow-the-guns index. Every court-case firearm's path — U.S. purchase place
// (state, city, county) → dealer → modeled port → Mexican recovery place — with each link's basis
// (stated in a filing, modeled via the nearest port, unknown), grouped by the path firearms
// share. Dealers are matched to the ATF penalized-inspection list on stated evidence only.
import type { Position } from 'geojson';
import { bbox, booleanPointInPolygon, centerOfMass, point } from '@turf/turf';
import { CITATIONS } from '../reference/citations';
import {
  CASES_FILE,
  caseKey,
  FIREARMS_FILE,
  loadCaseLinks,
  loadFirearms,
  parseLooseDate,
} from '../lib/court-cases';
import {
  dealerName,
  indexInspections,
  matchDealer,
  sameLicensee,
  sellerKind,
  sharedAddresses,
  strongerMatch,
  type Inspection,
  type NamedDealer,
  type SellerKind,
} from '../lib/dealer-match';
import { firearmTraits } from '../lib/firearm-traits';
import { fold, MUN_INPUTS, usState } from '../lib/gazetteer';
import { builtFeatures, type BuiltLayer, type LayerFeature, type SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { matcherFor } from '../lib/mx-places';
import type { ChainDealerRow, ChainPathRow, Table } from '../lib/tables';
import { usStates } from '../lib/us-states';
import { nearest, vehiclePorts } from './corridors';
import { COURT_INPUTS, purchasePlace } from './guns';
import { chainReports } from './chain-reports';

/** The county whose polygon holds a point, from the dealers layer's outlines (bbox first). */
function countyLocator(counties: LayerFeature[]) {
  const boxes = counties
    .filter((f) => f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length > 0)
    .map((f) => ({ f, box: bbox(f) }));
  return (p: Position): LayerFeature | null => {
    const [x, y] = p as [number, number];
    const hit = boxes.find(
      ({ f, box }) =>
        x >= box[0] &&
        x <= box[2] &&
        y >= box[1] &&
        y <= box[3] &&
        booleanPointInPolygon(point(p), f as never),
    );
    return hit?.f ?? null;
  };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function inspectionsOf(features: LayerFeature[]): Inspection[] {
  return features.map(({ properties: p }) => ({
    inspection_id: str(p.inspection_id),
    ffl_number: str(p.ffl_number),
    names: [str(p.name), str(p.name_2)].filter(Boolean),
    address: str(p.address),
    city: str(p.city),
    state: str(p.state),
    complete_date: typeof p.complete_date === 'string' ? p.complete_date : null,
    disposition: str(p.disposition),
    disposition_class: str(p.disposition_class),
    violations: str(p.violations),
    citation_count: typeof p.citation_count === 'number' ? p.citation_count : null,
  }));
}

/** "tx-pearland-zeroed-in-armory-zia": stable, readable, fits a URL. */
const slug = (...parts: string[]) =>
  fold(parts.filter(Boolean).join(' ')).replace(/ /g, '-').slice(0, 60);

export const chain: SourceModule = {
  id: 'chain',
  dependsOn: ['mx-states', 'dealers', 'penalized-dealers', 'ports'],
  inputs: [...COURT_INPUTS, ...MUN_INPUTS],
  async build(ctx): Promise<BuiltLayer> {
    const matcher = await matcherFor(ctx);
    const links = await loadCaseLinks(ctx.raw(CASES_FILE), new Ledger(CASES_FILE));
    const ledger = new Ledger(FIREARMS_FILE);
    const rows = await loadFirearms(ctx.raw(FIREARMS_FILE), ledger, () => null);
    const countyAt = countyLocator(builtFeatures(ctx, 'dealers'));
    const ports = vehiclePorts(builtFeatures(ctx, 'ports'));
    const index = indexInspections(inspectionsOf(builtFeatures(ctx, 'penalized-dealers')));
    const names: Record<string, string> = {};
    for (const s of usStates().values()) names[`us-state:${s.usps}`] = s.name;
    for (const f of builtFeatures(ctx, 'mx-states'))
      names[`mx-state:${f.properties.cve_ent}`] = String(f.properties.name);
    for (const p of ports) names[`port:${p.code}`] = p.name;
    // Where each node is drawn on the map: located cities, state centres, ports, recovery places.
    const points: Record<string, [number, number]> = {};
    const at = (key: string, [lon, lat]: Position) =>
      (points[key] ??= [round4(lon!), round4(lat!)]);
    const stateCentres = new Map(
      builtFeatures(ctx, 'mx-states').map((f) => [
        String(f.properties.cve_ent),
        centerOfMass(f as never).geometry.coordinates,
      ]),
    );

    // One spelling per purchase city: filings write "TUCSON" and "Tucson"; the lookup folds
    // case, so the chain does too, shown in the spelling most rows use (ties: alphabetical).
    const spellings = new Map<string, Map<string, number>>();
    for (const { values: v } of rows) {
      const k = `${usState(v['Purchase State'])}|${fold(v.City.trim())}`;
      const m = spellings.get(k) ?? new Map<string, number>();
      m.set(v.City.trim(), (m.get(v.City.trim()) ?? 0) + 1);
      spellings.set(k, m);
    }
    const cityName = (city: string, state: string) =>
      [...spellings.get(`${state}|${fold(city)}`)!].sort(
        ([a, x], [b, y]) => y - x || a.localeCompare(b),
      )[0]![0];
    // Each dealer as the filings write it (name, state, city), matched once to the penalized
    // list; then records of one licensee written in two places (a city's typo) are one dealer.
    // Gun shows and private sales are sellers, not licensees: never matched.
    const dealerId = (text: string, state: string | null, city: string) =>
      slug(state ?? '', city, dealerName(text)) || slug(text);
    const matchOf = (d: NamedDealer) => {
      const hit = matchDealer(d, index);
      return (
        hit && {
          ...hit,
          inspections: hit.inspections.map(
            ({ names: _n, address: _a, city: _c, state: _s, ...i }) => i,
          ),
        }
      );
    };
    const written = new Map<
      string,
      NamedDealer & {
        id: string;
        firearms: number;
        seller: SellerKind;
        match: ChainDealerRow['match'];
      }
    >();
    for (const { values: v } of rows) {
      const text = v['Name of distibutor'].trim();
      if (!text) continue;
      const state = usState(v['Purchase State']);
      const city = state && v.City.trim() ? cityName(v.City, state) : v.City.trim();
      const id = dealerId(text, state, city);
      const d = { name: text, address: v.Address.trim(), city, state };
      const seller = sellerKind(text);
      const w = written.get(id) ?? {
        id,
        ...d,
        firearms: 0,
        seller,
        match: seller === 'dealer' ? matchOf(d) : null,
      };
      w.firearms++;
      written.set(id, w);
    }
    const licensee = sameLicensee([...written.values()]);
    /** A dealer record from the written ones it merges: the main one's words, the strongest match. */
    const dealerRecord = (id: string): ChainDealerRow & { caseSet: Set<string> } => {
      const main = written.get(id)!;
      const parts = [...written.values()].filter((w) => licensee.get(w.id) === id);
      return {
        id,
        name: main.name,
        address: main.address,
        city: main.city,
        state: main.state,
        seller: main.seller,
        also: parts
          .filter((p) => p.id !== id)
          .map((p) => ({ name: p.name, address: p.address, city: p.city })),
        same_address: [],
        firearms: 0,
        cases: 0,
        caseSet: new Set<string>(),
        match: parts.map((p) => p.match).reduce(strongerMatch, null),
      };
    };
    const dealers = new Map<string, ChainDealerRow & { caseSet: Set<string> }>();
    const paths = new Map<string, ChainPathRow>();
    const unplaced = new Map<string, { text: string; firearms: number; reason: string }>();
    for (const { line, values: v } of rows) {
      ledger.keep();
      const traits = firearmTraits(v);
      const state = usState(v['Purchase State']);
      const city = state && v.City.trim() ? cityName(v.City, state) : v.City.trim();
      const placed = state ? purchasePlace(city, state) : null;
      const origin: Position | null = placed ? [placed.place.lon, placed.place.lat] : null;
      const county = placed?.precision === 'city' ? countyAt(origin!) : null;
      if (county) {
        const fips = String(county.properties.fips);
        names[`us-county:${fips}`] = `${county.properties.name}, ${county.properties.state}`;
      }
      const portHit = origin ? nearest(origin, ports).item : null;
      const port = portHit?.code ?? null;
      if (portHit) at(`port:${portHit.code}`, portHit.coordinates);
      if (placed && state)
        at(placed.precision === 'city' ? `us-city:${state}:${city}` : `us-state:${state}`, origin!);
      const recoveryText = v['Mex Recovery area'].trim();
      const m = recoveryText ? matcher.match(recoveryText) : null;
      if (m && m.precision === null) {
        const u = unplaced.get(recoveryText) ?? {
          text: recoveryText,
          firearms: 0,
          reason: m.reason,
        };
        u.firearms++;
        unplaced.set(recoveryText, u);
      }
      if (m?.precision === 'municipio') {
        names[`mx-mun:${m.id}`] = m.name;
        at(`mx-mun:${m.id}`, [m.place.lon, m.place.lat]);
      }
      if (m?.precision) at(`mx-state:${m.stateCode}`, stateCentres.get(m.stateCode)!);
      const dealerText = v['Name of distibutor'].trim();
      let dealer: string | null = null;
      if (dealerText) {
        dealer = licensee.get(dealerId(dealerText, state, city))!;
        const known = dealers.get(dealer) ?? dealerRecord(dealer);
        known.firearms++;
        if (traits.case) known.caseSet.add(traits.case);
        dealers.set(dealer, known);
      }
      const path: Omit<ChainPathRow, 'firearms' | 'rows'> = {
        case: traits.case,
        weapon_class: traits.weapon_class,
        calibre_group: traits.calibre_group,
        purchase_year:
          (parseLooseDate(v['Purchase date']) ?? parseLooseDate(v['Purchase date assumed']))
            ?.year ?? null,
        recovery_year: parseLooseDate(v['Mex Recovery date'])?.year ?? null,
        purchase_state: state,
        purchase_city: placed?.precision === 'city' ? city : null,
        purchase_county: county ? String(county.properties.fips) : null,
        purchase_basis: state ? 'filing' : 'unknown',
        dealer,
        port,
        port_basis: port ? 'modeled' : 'unknown',
        recovery_state: m?.precision ? m.stateCode : null,
        recovery_municipio: m?.precision === 'municipio' ? m.id : null,
        recovery_basis: !recoveryText ? 'unknown' : m?.precision ? 'filing' : 'unplaced',
      };
      const key = JSON.stringify(path);
      const p = paths.get(key) ?? { ...path, firearms: 0, rows: [] };
      p.firearms++;
      p.rows.push(line);
      paths.set(key, p);
    }
    const caseCounts = new Map<string, number>();
    for (const p of paths.values())
      if (p.case) caseCounts.set(p.case, (caseCounts.get(p.case) ?? 0) + p.firearms);
    const shared = sharedAddresses([...dealers.values()]);
    const dealerList = [...dealers.values()]
      .map(({ caseSet, ...d }) => ({
        ...d,
        cases: caseSet.size,
        same_address: shared.get(d.id) ?? [],
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const json: Table<'chain'> = {
      totals: { firearms: rows.length, cases: caseCounts.size },
      paths: [...paths.values()].sort((a, b) => a.rows[0]! - b.rows[0]!),
      dealers: dealerList,
      cases: [...caseCounts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, firearms]) => ({
          name,
          firearms,
          document: links.get(caseKey(name)) ?? null,
        })),
      names: Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b))),
      points: Object.fromEntries(Object.entries(points).sort(([a], [b]) => a.localeCompare(b))),
      unplaced: [...unplaced.values()].sort((a, b) => a.text.localeCompare(b.text)),
    };
    return {
      id: 'chain',
      title:
        'Follow the guns: the chain of each court-case firearm, from U.S. purchase to Mexican recovery',
      titleEs:
        'Sigue las armas: la cadena de cada arma de los casos judiciales, de la compra en EE. UU. a la recuperación en México',
      geometryType: 'table',
      json,
      fields: [
        {
          name: 'totals',
          type: 'string',
          description: 'Firearms and cases in the court-case data',
        },
        {
          name: 'paths',
          type: 'string',
          description:
            'Firearms grouped by the path they share: case, class, calibre group, purchase and recovery years, purchase state/city/county, dealer, modeled port, recovery state/municipio, each link with its basis (filing, modeled, unplaced, unknown) and the raw rows',
        },
        {
          name: 'dealers',
          type: 'string',
          description:
            'Dealers named in the filings, with firearms and cases, and their match to the ATF penalized-inspection list (confidence: licence, name+address, name+city; the evidence compared; the inspections)',
        },
        { name: 'cases', type: 'string', description: 'Court cases, firearms and filing link' },
        { name: 'names', type: 'string', description: 'Display names of the place codes used' },
        {
          name: 'points',
          type: 'string',
          description:
            'Where each node is drawn (lon, lat): located purchase cities, U.S. state centres for purchases placed only by state, ports, Mexican recovery municipios and state centres',
        },
        {
          name: 'unplaced',
          type: 'string',
          description: 'Recovery places as written that could not be placed, with why',
        },
      ],
      years: [],
      partialYears: [],
      modeled: true,
      sources: [
        CITATIONS.courtCases,
        CITATIONS.atfInspections,
        CITATIONS.bts,
        CITATIONS.zipcodes,
        CITATIONS.inegiMunicipios,
      ],
      method: [
        'Every firearm of the court-case file is in the chain; a link the data does not give is "unknown", never filled in.',
        'Purchase: the state and city as the filing gives them; the county is the one holding the city’s centre (a located city, not the dealer’s address).',
        'Port: the nearest U.S.–Mexico land port open to vehicles (vehicle crossings on record) to the purchase place (great circle) — a model, labelled modeled everywhere.',
        'Recovery: the free-text recovery area matched to an INEGI municipio or state as in the recoveries layer; what cannot be placed is "unplaced" and listed with its reason.',
        'Dealers: matched to the ATF penalized-inspection list by a licence number in the filing, else business name and street address (suite ignored), else name and city when one licensee of that name is in the city. A shared address under another name, or a name in another city, stays unmatched. One name in one state matched to one licence under two spellings of its city is one dealer, listed with the other spelling. A gun show or a private sale named as the seller is no dealer and is never matched. Different names at one street address are said side by side (same_address), never merged. Every match lists the words compared (reports/chain.dealer-matches.csv).',
      ],
      methodEs: [
        'Toda arma del archivo de casos está en la cadena; un eslabón que los datos no dan es "desconocido", nunca se rellena.',
        'Compra: el estado y la ciudad como los da el expediente; el condado es el que contiene el centro de la ciudad (una ciudad ubicada, no la dirección de la armería).',
        'Puerto: el puerto terrestre EE. UU.–México abierto a vehículos (con cruces de vehículos registrados) más cercano al lugar de compra (círculo máximo): un modelo, marcado como modelado en todas partes.',
        'Recuperación: el lugar escrito se compara con municipios y estados del INEGI como en la capa de recuperaciones; lo que no se puede ubicar queda "sin ubicar" y se lista con su motivo.',
        'Armerías: se vinculan con la lista de inspecciones sancionadas de la ATF por un número de licencia en el expediente; si no, por nombre comercial y dirección (sin el número de local); si no, por nombre y ciudad cuando hay un solo licenciatario con ese nombre en la ciudad. Una misma dirección con otro nombre, o un nombre en otra ciudad, quedan sin vincular. Un mismo nombre en un estado vinculado a una misma licencia con dos grafías de su ciudad es una sola armería, listada con la otra grafía. Una feria de armas o una venta privada nombrada como vendedor no es una armería y nunca se vincula. Nombres distintos en una misma dirección se señalan uno junto al otro (same_address), nunca se fusionan. Cada vínculo lista las palabras comparadas (reports/chain.dealer-matches.csv).',
      ],
      ledgers: [ledger],
      reports: chainReports(dealerList),
    };
  },
};
