// traces: U.S. states shaded by firearms recovered in Mexico and traced to them, one field per
// labelled period (the periods overlap and differ by source, so they stay periods). Only states
// a source names get a value; a figure given for two states together stays a combined note.
import { CITATIONS } from '../reference/citations';
import { roundGeometry, toMultiPolygon } from '../lib/geo';
import { fold } from '../lib/gazetteer';
import type { FieldSpec } from '../lib/fields';
import type { BuiltLayer, LayerFeature, Props, SourceModule } from '../lib/layer';
import { packageTopology, topoFeatures } from '../lib/topo';
import { periodKey, readTraces, TRACES_FILE } from '../lib/traces';
import { usStates } from '../lib/us-states';

const MEASURE = 'firearms_traced_to_source_state';

export const traces: SourceModule = {
  id: 'traces',
  inputs: [
    {
      path: TRACES_FILE,
      url: 'https://www.atf.gov/resource-center/data-statistics',
      manual: true,
      getFrom: 'hand transcription (see atf-mexico-traces/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const { rows, ledger } = await readTraces(ctx.raw(TRACES_FILE), (r) =>
      r.measure !== MEASURE
        ? 'not a source-state figure (in trace-figures)'
        : periodKey(r)
          ? null
          : 'period without years',
    );
    const states = topoFeatures(packageTopology('us-atlas/states-10m.json'), 'states', 0.3);
    const byName = new Map(states.map((f) => [fold(String(f.properties.name)), f]));
    const stateRows = rows;
    const periods = [...new Set(stateRows.map((r) => periodKey(r)!))].sort();
    const props = new Map<string, Props>();
    const uspsOf = new Map([...usStates().values()].map((st) => [fold(st.name), st.usps]));
    const blank = (name: string): Props => {
      const usps = uspsOf.get(fold(name));
      if (!usps) throw new Error(`${TRACES_FILE}: "${name}" is not in the U.S. state list`);
      const p: Props = { name, usps };
      for (const k of periods) {
        p[`traced_${k}`] = null;
        p[`combined_${k}`] = '';
        p[`text_${k}`] = '';
        p[`recovered_${k}`] = '';
        p[`source_${k}`] = '';
        p[`url_${k}`] = '';
      }
      return p;
    };
    for (const r of stateRows) {
      const k = periodKey(r)!;
      const names = r.source_place.split('+').map((s) => s.trim());
      for (const name of names) {
        const f = byName.get(fold(name));
        if (!f) throw new Error(`${TRACES_FILE}: "${name}" is not a U.S. state in us-atlas`);
        const p = props.get(name) ?? blank(name);
        if (names.length === 1) p[`traced_${k}`] = r.value;
        else p[`combined_${k}`] = `${r.source_place}: ${r.value?.toLocaleString('en')}`;
        p[`text_${k}`] = r.cite.text;
        p[`recovered_${k}`] = r.recovery_place;
        p[`source_${k}`] = r.cite.publisher;
        p[`url_${k}`] = r.cite.url;
        props.set(name, p);
      }
    }
    const features: LayerFeature[] = [...props].map(([name, p]) => ({
      type: 'Feature',
      geometry: roundGeometry(toMultiPolygon(byName.get(fold(name))!.geometry)),
      properties: p,
    }));
    const labels = new Map(stateRows.map((r) => [periodKey(r)!, r]));
    const fields: FieldSpec[] = [
      { name: 'name', type: 'string', description: 'U.S. state' },
      { name: 'usps', type: 'string', description: 'USPS code of the state' },
      ...periods.flatMap((k): FieldSpec[] => {
        const r = labels.get(k)!;
        return [
          {
            name: `traced_${k}`,
            type: 'int',
            unit: 'firearms',
            description: `Firearms recovered in ${r.recovery_place} and traced to this state, period "${r.period}" (${r.original_data_source})`,
          },
          {
            name: `combined_${k}`,
            type: 'string',
            description: `A figure the source gives for this state together with another, period "${r.period}"`,
          },
          { name: `text_${k}`, type: 'string', description: 'The words as printed' },
          {
            name: `recovered_${k}`,
            type: 'string',
            description: 'Where the traced guns were recovered, as the source says',
          },
          { name: `source_${k}`, type: 'string', description: 'Publisher of the page' },
          { name: `url_${k}`, type: 'string', description: 'The page' },
        ];
      }),
    ];
    return {
      id: 'traces',
      title: 'Firearms recovered in Mexico and traced to U.S. source states (by period)',
      geometryType: 'MultiPolygon',
      features,
      fields,
      years: [],
      partialYears: [],
      sources: [CITATIONS.atfTraces, CITATIONS.usAtlas],
      method: [
        `Rows "${MEASURE}" of the transcribed ATF trace table. Each labelled period is its own field (${periods.join(', ')}); periods overlap and come from different extractions, so they are never split into years or added.`,
        'Only states a source names are drawn; other states have no figure (not zero). A figure given for two states together is shown as a combined note on both, not divided.',
        'The 2015–2022 figures (Iron River, ATF data via FOIA) count recoveries in Mexico and Central America.',
      ],
      methodEs: [
        `Filas "${MEASURE}" de la tabla transcrita de rastreos de la ATF. Cada periodo es un campo propio (${periods.join(', ')}); los periodos se traslapan y provienen de extracciones distintas, así que nunca se reparten por año ni se suman.`,
        'Solo se dibujan los estados que una fuente nombra; los demás no tienen cifra (no cero). Una cifra dada para dos estados juntos se muestra como nota combinada en ambos, sin dividirla.',
        'Las cifras 2015–2022 (Iron River, datos de la ATF vía FOIA) cuentan recuperaciones en México y Centroamérica.',
      ],
      ledgers: [ledger],
    };
  },
};
