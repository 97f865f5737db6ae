import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleRoot, bundleZip, readmeText } from './bundle';
import { MANIFEST } from './manifest';

const parts = () => ({
  published: new Map(MANIFEST.layers.map((l) => [l.file, new Uint8Array([1, 2, l.file.length])])),
  csv: new Map(MANIFEST.layers.map((l) => [l.id, `\uFEFFid\n${l.id}\n`])),
  geojson: new Map([['ports', '{"type":"FeatureCollection","features":[]}']]),
  datapackage: '{"name":"southbound"}',
  citationCff: 'cff-version: 1.2.0\n',
});

describe('the data bundle', () => {
  it('holds every published layer file where datapackage.json says, with CSV, GeoJSON and README', () => {
    const files = unzipSync(bundleZip(MANIFEST, parts()));
    const root = bundleRoot(MANIFEST);
    expect(root).toBe(`southbound-data-${MANIFEST.release.version}`);
    for (const l of MANIFEST.layers) {
      expect([...files[`${root}/${l.file}`]!], l.file).toEqual([1, 2, l.file.length]);
      expect(strFromU8(files[`${root}/csv/${l.id}.csv`]!)).toContain(l.id);
    }
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        `${root}/README.txt`,
        `${root}/CITATION.cff`,
        `${root}/datapackage.json`,
        `${root}/geojson/ports.geojson`,
      ]),
    );
  });

  it('is the same bytes every time (dated with the release, not the clock)', () => {
    expect(bundleZip(MANIFEST, parts())).toEqual(bundleZip(MANIFEST, parts()));
  });

  it('refuses to zip a release with a layer file missing', () => {
    const p = parts();
    p.published.delete('homicides.fgb');
    expect(() => bundleZip(MANIFEST, p)).toThrow('bundle: homicides.fgb was not loaded');
  });

  it('says in the README how to cite, and each layer’s licence, partial years and losses', () => {
    const text = readmeText(MANIFEST);
    expect(text).toContain(
      `version ${MANIFEST.release.version}, released ${MANIFEST.release.date}`,
    );
    expect(text).toContain('@misc{southbound_');
    expect(text).toMatch(
      /displacement\.json {2}\(displacement\)[^\n]*\n {4}licence: [^\n]*CC BY-NC/,
    );
    expect(text).toMatch(/\(homicides\)[^\n]*\n[^\n]*\n {4}partial years: 2025: partial year/);
    expect(text).toMatch(/\(corridors\)[^\n]*\n[^\n]*\n {4}modeled: /);
    expect(text).toMatch(/\(ports\)[\s\S]*?incomplete: \d+ source row\(s\) lost/);
  });
});
