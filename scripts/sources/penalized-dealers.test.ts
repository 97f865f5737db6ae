import { describe, expect, it } from 'vitest';
import { toFeature } from './penalized-dealers';

const good = {
  ffl_number: '1-56-059-01-6F-21093',
  final_disposition: 'Warning letter',
  inspection_complete_date: '2015-12-01',
  report_url: 'https://example.org/r.pdf',
  citation_count: 3,
  ffl_proprietor: '<b>Milholen</b>',
};
const pt = { type: 'Point', coordinates: [-80.45809, 36.03614] };

describe('penalized dealers toFeature', () => {
  it('keeps a valid inspection, with its year and disposition class, text untouched', () => {
    const f = toFeature({ properties: good, geometry: pt });
    expect('reason' in f).toBe(false);
    if ('reason' in f) return;
    expect(f.properties).toMatchObject({
      year: 2015,
      disposition_class: 'warning-letter',
      citation_count: 3,
      name: '<b>Milholen</b>',
    });
  });

  it('rejects bad records naming the field', () => {
    const cases: [Record<string, unknown>, unknown, string][] = [
      [good, null, 'geometry'],
      [good, { type: 'Point', coordinates: [10, 50] }, 'geometry'],
      [{ ...good, ffl_number: '123' }, pt, 'ffl_number'],
      [{ ...good, final_disposition: 'Applause' }, pt, 'final_disposition'],
      [{ ...good, inspection_complete_date: '12/01/2015' }, pt, 'inspection_complete_date'],
      [{ ...good, report_url: 'javascript:alert(1)' }, pt, 'report_url'],
      [{ ...good, citation_count: -1 }, pt, 'citation_count'],
    ];
    for (const [properties, geometry, field] of cases) {
      expect(toFeature({ properties, geometry }), field).toMatchObject({ field });
    }
  });
});
