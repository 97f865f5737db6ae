import { describe, expect, it } from 'vitest';
import { qualify } from '../briefing/formulas';
import { markIncomplete, type Indicator } from '../indicators/indicators';
import { featuresToCsv } from './download';
import { downloadNote, featureNotes, layerNote, lostFor } from './incomplete';
import type { LayerEntry } from './manifest';

/** A yearly state layer where Chihuahua's 2019 lost 3 rows and the layer lost 2 in 2020. */
const entry: LayerEntry = {
  id: 'homicides',
  title: 'Homicides',
  file: 'homicides.fgb',
  format: 'flatgeobuf',
  geometryType: 'MultiPolygon',
  featureCount: 2,
  key: 'cve_ent',
  years: [2019, 2020, 2025],
  fields: [
    { name: 'cve_ent', type: 'string' },
    { name: 'homicides_2019', type: 'int' },
  ],
  partialYears: [{ year: 2025, note: 'January–June 2025 only.', noteEs: 'Solo enero–junio.' }],
  modeled: false,
  sources: [],
  incomplete: [
    { feature: '08', year: 2019, rows: 3, source: 'victims.csv' },
    { feature: null, year: 2020, rows: 2, source: 'victims.csv' },
  ],
};

const feature = (cve: string, n: number) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
  properties: { cve_ent: cve, homicides_2019: n, homicides_2020: n, homicides_2025: n },
});

describe('incomplete figures', () => {
  it('tells a feature’s own losses from the layer’s, by year', () => {
    expect(lostFor(entry, '08', 2019)).toEqual({ own: 3, layer: 0 });
    expect(lostFor(entry, '02', 2019)).toEqual({ own: 0, layer: 0 });
    expect(lostFor(entry, '02', 2020)).toEqual({ own: 0, layer: 2 });
    expect(lostFor(entry, '08', null)).toEqual({ own: 3, layer: 2 });
  });

  it('says so in the reader’s language, in the tooltip, legend and table', () => {
    expect(featureNotes(entry, '08', 2019, 'en', false)).toEqual([
      '3 source row(s) behind this figure were rejected: it is incomplete.',
    ]);
    expect(featureNotes(entry, '08', 2020, 'es', true)).toEqual([
      '2 fila(s) de la fuente de esta capa no se pudieron usar ni ubicar: los totales pueden quedar cortos.',
    ]);
    expect(layerNote(entry, 2019, 'en')).toBe(
      '1 place(s) have figures missing source rows (marked * in the data table).',
    );
    expect(layerNote(entry, 2021, 'en')).toBeNull();
  });

  it('writes an incomplete column in downloads, empty where nothing was lost', () => {
    expect(downloadNote(entry, '08')).toBe(
      '2019: 3 source rows rejected for this feature (victims.csv); 2020: 2 source rows lost by the layer (victims.csv)',
    );
    const csv = featuresToCsv(entry, [feature('08', 2580), feature('02', 10)]);
    expect(csv.split('\n')[0]).toBe(
      '\uFEFFcve_ent,homicides_2019,incomplete,partial_years,licence,citation',
    );
    expect(csv).toContain('08,2580,2019: 3 source rows rejected');
    expect(csv).toContain(
      '02,10,2020: 2 source rows lost by the layer (victims.csv),2025: partial year — January–June 2025 only.,',
    );
  });

  it('qualifies a briefing callout: partial years it reads and rows lost by what it sums', () => {
    const data = [feature('08', 2580), feature('02', 10)];
    expect(
      qualify({ op: 'sum', layer: 'homicides', field: 'homicides', year: 2019 }, entry, data),
    ).toEqual({ partial: [], lostRows: 3 });
    expect(
      qualify(
        { op: 'sum', layer: 'homicides', field: 'homicides', year: 2019, where: { cve_ent: '02' } },
        entry,
        data,
      ),
    ).toEqual({ partial: [], lostRows: 0 });
    expect(
      qualify(
        { op: 'change', layer: 'homicides', field: 'homicides', from: 2020, to: 2025 },
        entry,
        data,
      ),
    ).toEqual({ partial: [entry.partialYears[0]], lostRows: 2 });
  });

  it('marks indicator points whose year lost rows', () => {
    const ind: Indicator = {
      id: 'seizures',
      title: { en: '', es: '' },
      unit: { en: '', es: '' },
      note: { en: '', es: '' },
      points: [
        { label: '2019', value: 1 },
        { label: '2021', value: 1 },
      ],
    };
    expect(markIncomplete(ind, entry).points.map((p) => p.incomplete ?? false)).toEqual([
      true,
      false,
    ]);
  });
});
