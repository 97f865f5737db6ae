// displacement-states: people displaced by violence per Mexican state and year, where a source
// gives it (CMDPDH episodes of massive displacement; the table's preferred figure). A state and
// year without a figure stays empty: not zero, no data.
import { CITATIONS } from '../reference/citations';
import { CMDPDH_FILE, readStateDisplacement } from '../lib/cmdpdh';
import { yearlyFields } from '../lib/fields';
import {
  builtFeatures,
  type BuiltLayer,
  type LayerFeature,
  type Props,
  type SourceModule,
} from '../lib/layer';

export const displacementStates: SourceModule = {
  id: 'displacement-states',
  dependsOn: ['mx-states'],
  inputs: [
    {
      path: CMDPDH_FILE,
      url: 'https://cmdpdh.org/',
      manual: true,
      getFrom: 'hand transcription (see mx-displacement-cmdpdh/README.md)',
    },
  ],
  async build(ctx): Promise<BuiltLayer> {
    const states = builtFeatures(ctx, 'mx-states');
    const { rows, ledger, conflicts } = await readStateDisplacement(ctx.raw(CMDPDH_FILE));
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const features: LayerFeature[] = states.map((s) => {
      const code = String(s.properties.cve_ent);
      const p: Props = { cve_ent: code, name: s.properties.name ?? null };
      for (const y of years) {
        const r = rows.find((x) => x.cve_ent === code && x.year === y);
        p[`displaced_${y}`] = r?.value ?? null;
        p[`text_${y}`] = r?.cite.text ?? '';
        p[`source_${y}`] = r ? `${r.source} · ${r.cite.publisher}` : '';
        p[`url_${y}`] = r?.cite.url ?? '';
      }
      return { type: 'Feature', geometry: s.geometry, properties: p };
    });
    return {
      id: 'displacement-states',
      title: 'People displaced by violence, by Mexican state (where a source gives it)',
      geometryType: 'MultiPolygon',
      features,
      fields: [
        { name: 'cve_ent', type: 'string', description: 'INEGI state code' },
        { name: 'name', type: 'string', description: 'State name (INEGI)' },
        ...yearlyFields('displaced', years, {
          type: 'int',
          unit: 'people',
          description: (y) =>
            `People displaced in massive displacement episodes in ${y} (empty = no figure in our sources)`,
        }),
        ...years.flatMap((y) => [
          {
            name: `text_${y}`,
            type: 'string' as const,
            description: `The ${y} figure’s words as printed`,
          },
          {
            name: `source_${y}`,
            type: 'string' as const,
            description: `Who counted (${y}) · who published the page`,
          },
          {
            name: `url_${y}`,
            type: 'string' as const,
            description: `The page the ${y} figure was read from`,
          },
        ]),
      ],
      key: 'cve_ent',
      years,
      // Coverage differs by year (complete for 2018–2019 only); the legend says how many states
      // have a figure in each year, and states without one are drawn as no data.
      partialYears: [],
      conflicts,
      sources: [CITATIONS.cmdpdh, CITATIONS.inegiStates],
      method: [
        'State rows "people_displaced" for a whole calendar year, the figure the transcribed table marks as preferred. Part-year, cumulative, national and regional rows are left out (counted in the accounting).',
        'CMDPDH counts people in massive displacement episodes, documented mainly from press reports (its size threshold is not stated in our sources); it is not every displaced person. 2023–2024 figures, where present, come from other monitors (see source). Coverage is complete for 2018–2019 only; other years name only some states.',
        'A state without a figure is drawn as "no data", never as zero.',
      ],
      methodEs: [
        'Filas estatales "people_displaced" de un año calendario completo, la cifra que la tabla transcrita marca como preferida. Se excluyen periodos parciales, acumulados, nacionales y regionales (contados en el balance).',
        'La CMDPDH cuenta personas en episodios de desplazamiento masivo, documentados sobre todo por la prensa (su umbral de tamaño no aparece en nuestras fuentes); no es toda persona desplazada. Las cifras 2023–2024, si las hay, vienen de otros monitores (ver fuente). La cobertura es completa solo para 2018–2019; otros años nombran solo algunos estados.',
        'Un estado sin cifra se dibuja como "sin datos", nunca como cero.',
      ],
      ledgers: [ledger],
    };
  },
};
