import { describe, expect, it } from 'vitest';
import { citeBibtex, citeText, downloadMeta, layerCitation, licences, partialYears } from './cite';
import { entry, MANIFEST } from './manifest';

const release = {
  version: '1.2.3',
  date: '2027-03-01',
  title: 'Southbound: a map',
  authors: 'The Southbound contributors',
};

describe('citations', () => {
  it('cites the release in plain text and BibTeX', () => {
    expect(citeText(release)).toBe(
      'The Southbound contributors (2027). Southbound: a map. Version 1.2.3, released 2027-03-01. Data set and software.',
    );
    expect(citeBibtex(release)).toBe(
      [
        '@misc{southbound_1_2_3,',
        '  author = {{The Southbound contributors}},',
        '  title = {{Southbound: a map}},',
        '  year = {2027},',
        '  version = {1.2.3},',
        '  note = {Data set and software, released 2027-03-01},',
        '}',
      ].join('\n'),
    );
  });

  it('cites a layer by its sources first, then the release', () => {
    const e = entry('homicides');
    const text = layerCitation(release, e);
    expect(text.startsWith(e.sources[0]!.publisher)).toBe(true);
    expect(text).toContain(e.sources[0]!.url);
    expect(text).toMatch(/Compiled in Southbound 1\.2\.3 \(2027-03-01\), layer "homicides"\.$/);
  });

  it('carries licences, partial years and lost rows with every download', () => {
    const idmc = entry('displacement');
    expect(licences(idmc)).toMatch(/CC BY-NC/);
    expect(partialYears(entry('homicides'))).toMatch(/^2025: partial year — /);
    const meta = downloadMeta(MANIFEST.release, entry('ports'));
    expect(meta.incomplete.length).toBeGreaterThan(0);
    expect(meta.release).toEqual({
      version: MANIFEST.release.version,
      date: MANIFEST.release.date,
    });
  });
});
