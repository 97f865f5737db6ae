// The chain's report of dealer matches: every dealer the filings name, matched or not, with the
// evidence compared, so a reader can check each link to the penalized-inspection list.
import { stringify } from 'csv-stringify/sync';
import type { ChainDealerRow } from '../lib/tables';

export function chainReports(dealers: ChainDealerRow[]): { name: string; csv: string }[] {
  const rows = [...dealers]
    .sort((a, b) => b.firearms - a.firearms || a.id.localeCompare(b.id))
    .map((d) => ({
      dealer_id: d.id,
      name: d.name,
      address: d.address,
      city: d.city,
      state: d.state ?? '',
      seller: d.seller,
      also_written_as: d.also
        .map((a) => [a.name, a.address, a.city].filter(Boolean).join('; '))
        .join(' | '),
      same_address_as: d.same_address.join(' | '),
      firearms: d.firearms,
      cases: d.cases,
      confidence: d.match?.confidence ?? 'unmatched',
      ffl_number: d.match?.inspections[0]?.ffl_number ?? '',
      inspections: d.match?.inspections.map((i) => i.inspection_id).join('; ') ?? '',
      evidence: d.match?.evidence ?? '',
    }));
  return [
    {
      name: 'dealer-matches',
      csv: stringify(rows, {
        header: true,
        columns: [
          'dealer_id',
          'name',
          'address',
          'city',
          'state',
          'seller',
          'also_written_as',
          'same_address_as',
          'firearms',
          'cases',
          'confidence',
          'ffl_number',
          'inspections',
          'evidence',
        ],
      }),
    },
  ];
}
