// Areas of responsibility: one toggle per agency, all drawn from the one `aors` file. Outlines
// only, so where two agencies' areas meet or overlap both stay visible; the line style says how
// complete the drawn area is (whole members, part of a member, or a modeled hull of ports).
import type { Layer } from '@deck.gl/core';
import type { CollisionFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import type { LayerFeature, Props } from '../data/load';
import { OKABE_ITO, type RGB } from '../lib/colors';
import type { LayerDef, LegendEntry, RenderState, Text } from './types';
import type { DeckModules } from '../map/deck';

export interface Agency {
  id: string;
  name: Text;
  color: RGB;
}

export const AGENCIES: Agency[] = [
  {
    id: 'usbp',
    name: { en: 'Border Patrol sectors', es: 'Sectores de la Patrulla Fronteriza' },
    color: OKABE_ITO.green,
  },
  {
    id: 'ofo',
    name: { en: 'CBP field offices (ports)', es: 'Oficinas de campo de la CBP (puertos)' },
    color: OKABE_ITO.blue,
  },
  {
    id: 'atf',
    name: { en: 'ATF field divisions', es: 'Divisiones de campo de la ATF' },
    color: OKABE_ITO.vermillion,
  },
  { id: 'dea', name: { en: 'DEA divisions', es: 'Divisiones de la DEA' }, color: OKABE_ITO.purple },
  {
    id: 'sedena',
    name: { en: 'SEDENA military regions', es: 'Regiones militares de la SEDENA' },
    color: OKABE_ITO.orange,
  },
  {
    id: 'gn',
    name: { en: 'Guardia Nacional coordinations', es: 'Coordinaciones de la Guardia Nacional' },
    color: OKABE_ITO.skyBlue,
  },
  {
    id: 'fgr',
    name: { en: 'FGR state delegations', es: 'Delegaciones estatales de la FGR' },
    color: OKABE_ITO.black,
  },
];

/** Dash pattern (px on, px off) per coverage: solid = whole members. */
export const DASH = {
  whole: [0, 0],
  part: [7, 4],
  ports: [2, 3],
} satisfies Record<string, [number, number]>;
/** A coverage without its own pattern (border segment, unknown) is drawn like a part. */
const dashOf = (coverage: unknown): [number, number] =>
  DASH[String(coverage) as keyof typeof DASH] ?? DASH.part;

const COVERAGE: Record<string, Text> = {
  whole: { en: 'whole member states/counties', es: 'estados/condados completos' },
  part: {
    en: 'part of the drawn area (the source says part of a state or county): drawn larger than the unit',
    es: 'parte del área dibujada (la fuente dice parte de un estado o condado): se dibuja más grande que la unidad',
  },
  ports: {
    en: 'outline around the office’s ports (modeled, not a legal boundary)',
    es: 'contorno alrededor de los puertos de la oficina (modelado, no un límite legal)',
  },
};
const STRENGTH: Record<string, Text> = {
  official: { en: 'official source', es: 'fuente oficial' },
  news: { en: 'news report', es: 'nota de prensa' },
  weak: { en: 'third party or inferred', es: 'terceros o inferido' },
};

const byAgency = new WeakMap<LayerFeature[], Map<string, LayerFeature[]>>();
/** The features of one agency (computed once per loaded file). */
export function featuresOf(data: LayerFeature[], agency: string): LayerFeature[] {
  let m = byAgency.get(data);
  if (!m) {
    m = new Map();
    for (const f of data) {
      const a = String(f.properties.agency);
      m.set(a, [...(m.get(a) ?? []), f]);
    }
    byAgency.set(data, m);
  }
  return m.get(agency) ?? [];
}

const labelCache = new WeakMap<LayerFeature[], LayerFeature[]>();
/** One label per unit (its whole part when it has one); cached so re-renders keep the array. */
function labelled(fs: LayerFeature[]): LayerFeature[] {
  let out = labelCache.get(fs);
  if (!out) {
    out = fs.filter(
      (f) =>
        f.properties.coverage !== 'part' ||
        !fs.some((g) => g !== f && g.properties.unit === f.properties.unit),
    );
    labelCache.set(fs, out);
  }
  return out;
}

const labelOf = (p: Props) =>
  `${p.unit}${p.hq_city ? ` (${p.hq_city})` : ''}${p.basis_strength === 'weak' ? ' *' : ''}`;

function render(deck: DeckModules, a: Agency, data: LayerFeature[], s: RenderState): Layer[] {
  const fs = featuresOf(data, a.id);
  const selected = s.selected as object | null;
  return [
    new deck.layers.GeoJsonLayer<Props, PathStyleExtensionProps<LayerFeature>>({
      id: `aor-${a.id}`,
      data: fs as never,
      pickable: true,
      stroked: true,
      filled: true,
      lineWidthUnits: 'pixels',
      getFillColor: (f) => [...a.color, f.properties.coverage === 'whole' ? 16 : 6],
      getLineColor: (f) => (f === selected ? [0, 0, 0, 255] : [...a.color, 235]),
      getLineWidth: (f) =>
        f === selected ? 3.5 : f.properties.basis_strength === 'weak' ? 1.5 : 2.2,
      extensions: [new deck.extensions.PathStyleExtension({ dash: true })],
      getDashArray: (f: LayerFeature) => dashOf(f.properties.coverage),
      dashJustified: true,
      updateTriggers: { getLineColor: [s.selected], getLineWidth: [s.selected] },
    }),
    new deck.layers.TextLayer<LayerFeature, CollisionFilterExtensionProps<LayerFeature>>({
      id: `aor-${a.id}-labels`,
      data: labelled(fs),
      getPosition: (f) => [Number(f.properties.label_lon), Number(f.properties.label_lat)],
      getText: (f) => labelOf(f.properties),
      getSize: 11,
      getColor: [...a.color.map((c) => Math.round(c * 0.7)), 255] as [
        number,
        number,
        number,
        number,
      ],
      fontFamily: 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif',
      fontWeight: 600,
      characterSet: 'auto',
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
      // Overlapping labels (Texas is "part" of seven units) hide each other on the GPU; every unit
      // stays in the tooltip and the data table. Whole units win over partial ones.
      extensions: [new deck.extensions.CollisionFilterExtension()],
      collisionGroup: 'aor-labels',
      getCollisionPriority: (f: LayerFeature) => (f.properties.coverage === 'whole' ? 10 : 0),
    }),
  ];
}

export function aorLayer(a: Agency): LayerDef {
  return {
    id: `aor-${a.id}`,
    manifestId: 'aors',
    title: a.name,
    description: {
      en: 'Outlines dissolved from the member states or counties a source names; dashed where the source says only part of a member. Units whose membership is unknown are listed below, not drawn.',
      es: 'Contornos unidos a partir de los estados o condados miembros que nombra una fuente; discontinuos donde la fuente dice solo parte de un miembro. Las unidades de membresía desconocida se listan abajo, sin dibujarse.',
    },
    group: 'aor',
    defaultVisible: false,
    key: (f) => `${f.properties.unit}|${f.properties.coverage}`,
    metrics: [{ id: 'outline', label: { en: 'Outline', es: 'Contorno' } }],
    years: () => null,
    render: (deck, data, s) => render(deck, a, data, s),
    legend: (data, s) => {
      const fs = featuresOf(data, a.id);
      const kinds = Object.keys(DASH).filter((k) => fs.some((f) => f.properties.coverage === k));
      const es = s.lang === 'es';
      return {
        title: a.name[s.lang],
        entries: kinds.map((k): LegendEntry => ({
          color: a.color,
          label: COVERAGE[k]?.[s.lang] ?? k,
          shape: k === 'whole' ? 'outline' : k === 'ports' ? 'dot' : 'dash',
        })),
        note: fs.some((f) => f.properties.basis_strength === 'weak')
          ? es
            ? '* membresía de una fuente de terceros o inferida.'
            : '* membership from a third-party source or inferred.'
          : undefined,
      };
    },
    tooltip: (f, s) => {
      const p = f.properties;
      const es = s.lang === 'es';
      const rows: [string, string][] = [
        [
          es ? 'Sede' : 'HQ',
          [p.hq_city, p.hq_state].filter(Boolean).join(', ') || (es ? 'no indicada' : 'not given'),
        ],
        [
          es ? 'Cobertura' : 'Coverage',
          COVERAGE[String(p.coverage)]?.[s.lang] ?? String(p.coverage),
        ],
        [es ? 'Miembros dibujados' : 'Members drawn', String(p.members || '—')],
        [
          es ? 'Base' : 'Basis',
          `${STRENGTH[String(p.basis_strength)]?.[s.lang] ?? ''} (${p.basis})`,
        ],
        [es ? 'Fecha de la fuente' : 'As of', String(p.as_of || '—')],
      ];
      if (p.members_unknown)
        rows.push([
          es ? 'Miembros sin confirmar (no dibujados)' : 'Unconfirmed members (not drawn)',
          String(p.members_unknown),
        ]);
      if (p.unplaced)
        rows.push([
          es
            ? 'Miembros sin ubicación (fuera del contorno)'
            : 'Members with no location (outside the outline)',
          String(p.unplaced),
        ]);
      if (p.stated_extent)
        rows.push([es ? 'Extensión declarada' : 'Stated extent', String(p.stated_extent)]);
      const first = String(p.source_urls ?? '').split(' ; ')[0];
      return {
        title: `${p.unit} — ${a.name[s.lang]}`,
        rows,
        ...(first
          ? {
              link: {
                href: first,
                label: `${es ? 'Fuente' : 'Source'}: ${new URL(first).hostname}`,
              },
            }
          : {}),
      };
    },
    table: (data, s) =>
      featuresOf(data, a.id).map((f) => ({
        place: `${f.properties.unit} (${COVERAGE[String(f.properties.coverage)]?.[s.lang].split(' (')[0] ?? f.properties.coverage})`,
        value: null,
        display: String(f.properties.members || '—'),
      })),
  };
}

export const AOR_LAYERS: LayerDef[] = AGENCIES.map(aorLayer);
