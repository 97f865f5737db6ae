// penalized-dealers: ATF inspections of gun dealers that found violations and ended in a penalty
// (Jul 2015 – Jun 2017), one point per inspection, as geocoded by The Trace.
import { CITATIONS } from '../reference/citations';
import { distinctYears, stringField } from '../lib/fields';
import { DataError } from '../lib/errors';
import { roundGeometry } from '../lib/geo';
import { readFeatureCollection } from '../lib/json';
import type { BuiltLayer, LayerFeature, SourceModule } from '../lib/layer';
import { KeySet } from '../lib/keyset';
import { Ledger } from '../lib/ledger';
import { placeProblem } from '../lib/countries';

export const FILE = 'atf-dealer-inspections-geocoded/atf-inspection-reports-data.geojson';

/** Disposition classes the map colours by; the published wording is kept beside it. */
export const DISPOSITIONS: Record<string, string> = {
  'warning letter': 'warning-letter',
  'warning conference': 'warning-conference',
  'revocation/denial of renewal': 'revocation',
  settlement: 'settlement',
  'surrendered/out of business': 'surrendered',
};

const str = (v: unknown) =>
  v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates one record; returns the reason and field when it cannot be kept. */
export function toFeature(f: {
  properties: Record<string, unknown> | null;
  geometry: unknown;
}): LayerFeature | { field: string; value: unknown; reason: string } {
  const p = f.properties ?? {};
  const g = f.geometry as { type?: string; coordinates?: unknown } | null;
  const c =
    g?.type === 'Point' && Array.isArray(g.coordinates) ? (g.coordinates as unknown[]) : null;
  if (!c || typeof c[0] !== 'number' || typeof c[1] !== 'number')
    return { field: 'geometry', value: JSON.stringify(g), reason: 'no point coordinates' };
  const where = placeProblem(c[0], c[1], ['US']);
  if (where) return { field: 'geometry', value: c.join(','), reason: `dealer ${where}` };
  const ffl = str(p.ffl_number);
  if (!ffl || !/^\d-\d{2}-\d{3}-\d{2}-[0-9A-Z]{2}-\d{5}$/.test(ffl))
    return { field: 'ffl_number', value: ffl, reason: 'not an FFL number (R-DD-CCC-TT-XX-SSSSS)' };
  const disposition = str(p.final_disposition);
  const cls = disposition ? DISPOSITIONS[disposition.toLowerCase()] : undefined;
  if (!disposition || !cls)
    return { field: 'final_disposition', value: disposition, reason: 'unknown disposition' };
  const complete = str(p.inspection_complete_date);
  if (complete !== null && !DATE.test(complete))
    return { field: 'inspection_complete_date', value: complete, reason: 'not a YYYY-MM-DD date' };
  const url = str(p.report_url);
  if (url !== null && !/^https:\/\//.test(url))
    return { field: 'report_url', value: url, reason: 'not an https URL' };
  const citations = p.citation_count;
  if (
    citations !== null &&
    citations !== undefined &&
    !(Number.isInteger(citations) && (citations as number) >= 0)
  ) {
    return { field: 'citation_count', value: citations, reason: 'not a whole number ≥ 0' };
  }
  return {
    type: 'Feature',
    geometry: roundGeometry({ type: 'Point', coordinates: [c[0], c[1]] }, 5),
    properties: {
      inspection_id: str(p.ui_number),
      ffl_number: ffl,
      license_type: str(p.license_type),
      license_desc: str(p.license_desc),
      name: str(p.ffl_proprietor),
      name_2: str(p.ffl_proprietor_2),
      address: str(p.ffl_address),
      city: str(p.ffl_city),
      state: str(p.ffl_state),
      zip: str(p.ffl_zip),
      county: str(p.ffl_county),
      disposition,
      disposition_class: cls,
      revocation_warranted: str(p.revocation_warranted),
      violations: str(p.violations),
      citation_count: (citations as number | null) ?? null,
      assign_date: str(p.inspection_assign_date),
      complete_date: complete,
      revocation_date: str(p.revocation_effective_date),
      year: complete ? Number(complete.slice(0, 4)) : null,
      report_url: url,
    },
  };
}

export const penalizedDealers: SourceModule = {
  id: 'penalized-dealers',
  inputs: [
    {
      path: FILE,
      key: ['ui_number'],
      url: 'https://raw.githubusercontent.com/hrbrmstr/2021-gun-dealer-inspections-data/HEAD/atf-inspection-reports-data.geojson',
      getFrom:
        'The Trace / USA TODAY ATF inspections (see atf-dealer-inspections-geocoded/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const ledger = new Ledger(FILE);
    const fc = await readFeatureCollection(ctx.raw(FILE), FILE, ledger);
    const features: LayerFeature[] = [];
    // One record per inspection: a repeated inspection number is rejected (counted once).
    const seen = new KeySet();
    fc.features.forEach((f, i) => {
      const r = toFeature(f);
      if ('reason' in r) return ledger.reject(i + 1, r.field, r.value, r.reason);
      const first = seen.add(
        String(r.properties.inspection_id),
        JSON.stringify(f.properties),
        i + 1,
      );
      if (first)
        return ledger.reject(
          i + 1,
          'ui_number',
          r.properties.inspection_id,
          first.same
            ? `exact copy of feature ${first.line} (counted once)`
            : `same inspection as feature ${first.line} with different values`,
          { lossless: first.same },
        );
      ledger.keep();
      features.push(r);
    });
    ledger.assertBalanced(fc.features.length);
    if (features.length < 1000)
      throw new DataError(FILE, `expected about 1,900 inspections, kept only ${features.length}`);
    features.sort((a, b) =>
      String(a.properties.inspection_id).localeCompare(String(b.properties.inspection_id)),
    );
    const years = distinctYears(features, 'year');
    const s = stringField;
    return {
      id: 'penalized-dealers',
      title: 'Gun dealers penalized after ATF inspections',
      geometryType: 'Point',
      features,
      fields: [
        s('inspection_id', 'ATF inspection (UI) number'),
        s(
          'ffl_number',
          'Federal firearms licence number (region-district-county-type-expiry-sequence)',
        ),
        s(
          'license_type',
          'Licence type code (01 dealer, 02 pawnbroker, 07 manufacturer, 08 importer)',
        ),
        s('license_desc', 'Licence type description (ATF fact sheet)'),
        s('name', 'Licensee (proprietor) name as printed in the report'),
        s('name_2', 'Second proprietor name'),
        s('address', 'Premises street address'),
        s('city', 'Premises city'),
        s('state', 'Premises state (USPS)'),
        s('zip', 'Premises ZIP code'),
        s('county', 'Premises county'),
        s(
          'disposition',
          'Final disposition as published (warning letter, warning conference, revocation/denial of renewal, settlement, surrendered/out of business)',
        ),
        s(
          'disposition_class',
          'Disposition class: warning-letter, warning-conference, revocation, settlement, surrendered',
        ),
        s('revocation_warranted', 'Whether the inspector found revocation warranted (Y/N)'),
        s('violations', 'Violations cited (27 CFR sections)'),
        {
          name: 'citation_count',
          type: 'int',
          unit: 'violations',
          description: 'Number of violations cited',
        },
        { name: 'assign_date', type: 'date', description: 'Inspection assigned' },
        { name: 'complete_date', type: 'date', description: 'Inspection completed' },
        { name: 'revocation_date', type: 'date', description: 'Revocation effective date, if any' },
        {
          name: 'year',
          type: 'int',
          description: 'Year the inspection was completed (empty when the report gives no date)',
        },
        s('report_url', 'Link to the inspection report (PDF)'),
      ],
      key: 'inspection_id',
      years,
      // Coverage is inspections conducted July 2015 – June 2017, so no completion year is whole.
      partialYears: years.map((year) => ({
        year,
        note: 'Covers only inspections conducted July 2015 – June 2017 that ended in a penalty.',
        noteEs:
          'Solo incluye inspecciones realizadas entre julio de 2015 y junio de 2017 que terminaron en sanción.',
      })),
      sources: [CITATIONS.atfInspections],
      method: [
        'Only inspections that found violations and ended in a penalty, July 2015 – June 2017: a dealer’s absence means nothing.',
        'Points as geocoded by The Trace (14 records without coordinates were already left out upstream); coordinates rounded to 5 decimals.',
        'The year is the year the inspection was completed.',
      ],
      methodEs: [
        'Solo inspecciones que hallaron violaciones y terminaron en sanción, julio 2015 – junio 2017: que una armería no aparezca no significa nada.',
        'Puntos geocodificados por The Trace (14 registros sin coordenadas ya se habían excluido); coordenadas redondeadas a 5 decimales.',
        'El año es el año en que concluyó la inspección.',
      ],
      ledgers: [ledger],
    };
  },
};
