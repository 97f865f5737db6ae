// guns: one point per firearm named in a U.S.→Mexico trafficking case that has a usable U.S.
// purchase place, located at the purchase city (or state) centroid.
import { CALIBRE_GROUPS } from '../lib/calibre';
import { CITATIONS } from '../reference/citations';
import { distinctYears, stringField } from '../lib/fields';
import {
  caseKey,
  FIREARMS_FILE,
  CASES_FILE,
  loadCaseLinks,
  loadFirearms,
  parseLooseDate,
} from '../lib/court-cases';
import { firearmTraits } from '../lib/firearm-traits';
import { cityCentroid, stateCentroid, usState, type Place } from '../lib/gazetteer';
import { roundTo } from '../lib/geo';
import type { BuiltLayer, LayerFeature, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';

export const COURT_INPUTS = [
  {
    path: FIREARMS_FILE,
    url: 'https://raw.githubusercontent.com/tophermcd/US-MX-flows_The-Conversation/HEAD/court_case_data%20-%20Firearm%20details.csv',
    getFrom: 'Campbell & McDougal court-case data (see us-mx-trafficking-court-cases/README.md)',
  },
  {
    path: CASES_FILE,
    key: ['Court Case'],
    url: 'https://raw.githubusercontent.com/tophermcd/US-MX-flows_The-Conversation/HEAD/Court%20case%20dataset.csv',
    getFrom: 'Campbell & McDougal court-case data (see us-mx-trafficking-court-cases/README.md)',
  },
];

/** Where a purchase is placed: the city centroid when the city is known, else the state's. */
export function purchasePlace(
  city: string,
  state: string,
): { place: Place; precision: 'city' | 'state' } | null {
  const c = city.trim() ? cityCentroid(city, state) : undefined;
  if (c) return { place: c, precision: 'city' };
  const s = stateCentroid(state);
  return s ? { place: s, precision: 'state' } : null;
}

export const guns: SourceModule = {
  id: 'guns',
  inputs: COURT_INPUTS,
  async build(ctx): Promise<BuiltLayer> {
    const caseLedger = new Ledger(CASES_FILE);
    const links = await loadCaseLinks(ctx.raw(CASES_FILE), caseLedger);
    const ledger = new Ledger(FIREARMS_FILE);
    const rows = await loadFirearms(ctx.raw(FIREARMS_FILE), ledger, (v) =>
      !v['Purchase State'].trim() && !v.City.trim() ? 'no U.S. purchase place given' : null,
    );

    const features: LayerFeature[] = [];
    for (const { line, values: v } of rows) {
      const stateRaw = v['Purchase State'].trim();
      const city = v.City.trim();
      const state = usState(stateRaw);
      // A firearm that cannot be placed is missing from its purchase year's counts.
      const cell = {
        feature: null,
        year:
          (parseLooseDate(v['Purchase date']) ?? parseLooseDate(v['Purchase date assumed']))
            ?.year ?? null,
      };
      if (!state) {
        ledger.reject(
          line,
          'Purchase State',
          stateRaw,
          stateRaw ? 'not a single U.S. state' : 'city given without a state',
          { cell },
        );
        continue;
      }
      const placed = purchasePlace(city, state);
      if (!placed) {
        ledger.reject(line, 'City', city, `cannot locate "${city}, ${state}" or the state`, {
          cell,
        });
        continue;
      }
      const stated = parseLooseDate(v['Purchase date']);
      if (v['Purchase date'].trim() && !stated) {
        ledger.reject(line, 'Purchase date', v['Purchase date'], 'not a readable date');
        continue;
      }
      // The authors imputed some purchase dates; used only when the filing gives none, and flagged.
      const assumed = stated ? null : parseLooseDate(v['Purchase date assumed']);
      const date = stated ?? assumed;
      const ref = v['Reference case'].trim();
      const traits = firearmTraits(v);
      ledger.keep();
      features.push({
        type: 'Feature',
        geometry: {
          type: 'Point',
          coordinates: [roundTo(placed.place.lon, 4), roundTo(placed.place.lat, 4)],
        },
        properties: {
          row: line,
          purchase_year: date?.year ?? null,
          purchase_date: date?.iso ?? null,
          purchase_date_text: v['Purchase date'].trim() || null,
          purchase_date_source: stated
            ? 'court filing'
            : assumed
              ? 'imputed by the dataset authors'
              : null,
          weapon_class: traits.weapon_class,
          type: v.Type.trim() || null,
          subtype: v.subType.trim() || null,
          caliber: v.Caliber.trim() || null,
          calibre_group: traits.calibre_group,
          make: v['Manufacturer or brand'].trim() || null,
          model: v.Model.trim() || null,
          dealer: v['Name of distibutor'].trim() || null,
          address: v.Address.trim() || null,
          city: city || null,
          state,
          geocode_precision: placed.precision,
          case: traits.case,
          case_number: v['Case Number'].trim() || null,
          case_state: v['Case state'].trim() || null,
          court_document: links.get(caseKey(ref)) ?? null,
          mx_recovery_area: v['Mex Recovery area'].trim() || null,
        },
      });
    }
    const years = distinctYears(features, 'purchase_year');
    const s = stringField;
    return {
      id: 'guns',
      title: 'Firearms named in U.S.→Mexico trafficking cases, by purchase place',
      geometryType: 'Point',
      features,
      fields: [
        {
          name: 'row',
          type: 'int',
          description:
            'Line of the firearm in the raw file (for tracing a point to its source row)',
        },
        {
          name: 'purchase_year',
          type: 'int',
          description: 'Year of purchase (empty when unknown)',
        },
        {
          name: 'purchase_date',
          type: 'date',
          description:
            'Purchase date, when the day is known (purchase_year holds a year given alone)',
        },
        s('purchase_date_text', 'Purchase date as written in the dataset'),
        s(
          'purchase_date_source',
          '"court filing", or "imputed by the dataset authors" when the filing gives no date',
        ),
        s(
          'weapon_class',
          'Normalised type: sniper-50 (.50-calibre rifle or sniper rifle), machine-gun (including belt-fed), rifle, pistol, revolver, shotgun, part (receiver, frame, barrel, silencer), other (replicas, combination guns, launchers), unknown',
        ),
        s('type', 'Type as written in the filing'),
        s('subtype', 'Subtype as written (sniper, AK-type, belt-fed…)'),
        s('caliber', 'Calibre'),
        s(
          'calibre_group',
          `Calibre group for filtering (${CALIBRE_GROUPS.join(', ')}); a bare "7.62" is not assumed to be either 7.62 cartridge`,
        ),
        s('make', 'Manufacturer or brand'),
        s('model', 'Model'),
        s('dealer', 'Selling dealer as named in the filing'),
        s('address', 'Dealer street address as written (not geocoded)'),
        s('city', 'Purchase city'),
        s('state', 'Purchase state (USPS)'),
        s(
          'geocode_precision',
          'How the point was placed: city (centroid of the city’s ZIP points) or state (state centre)',
        ),
        s('case', 'Court case'),
        s('case_number', 'Federal case number'),
        s('case_state', 'State where the case was filed'),
        s('court_document', 'Link to the case’s court filing (DocumentCloud)'),
        s('mx_recovery_area', 'Where in Mexico the firearm was recovered, as written (if known)'),
      ],
      key: 'row',
      years,
      partialYears: [],
      sources: [CITATIONS.courtCases, CITATIONS.zipcodes, CITATIONS.usAtlas],
      method: [
        'Only firearms with a U.S. purchase state (and, where given, city) are mapped; rows with no purchase place are counted as filtered, others that cannot be placed are rejected with a reason.',
        'Points are placed at the purchase city (mean of the city’s ZIP points, zipcodes package) or, without a city, at the state’s centre of mass (us-atlas). Street addresses are not geocoded offline: no point is more precise than its city, and many firearms share one point.',
        'Purchase dates: M/D/YYYY, M/D/YY (20YY), "Month D, YYYY", a year, or free text with one year. When the filing gives no date, the dataset authors’ imputed date is used and flagged in purchase_date_source.',
        'Cases, not a sample: firearms appear because prosecutors charged someone, so coverage is uneven (one Indiana case has 1,152 rows).',
      ],
      methodEs: [
        'Solo se mapean armas con estado de compra en EE. UU. (y ciudad, si se da); las filas sin lugar de compra se cuentan como filtradas, y las que no se pueden ubicar se rechazan con un motivo.',
        'Los puntos están en la ciudad de compra (media de los puntos de sus códigos postales, paquete zipcodes) o, sin ciudad, en el centro de masa del estado (us-atlas). Las direcciones no se geocodifican sin conexión: ningún punto es más preciso que su ciudad.',
        'Fechas de compra: M/D/AAAA, M/D/AA (20AA), «Mes D, AAAA», un año o texto libre con un año. Si el expediente no da fecha, se usa la fecha imputada por los autores y se señala en purchase_date_source.',
        'Casos, no una muestra: las armas aparecen porque la fiscalía acusó a alguien, así que la cobertura es desigual (un caso de Indiana tiene 1 152 filas).',
      ],
      ledgers: [ledger, caseLedger],
    };
  },
};
