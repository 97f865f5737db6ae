// Areas of responsibility: one toggle per agency, all drawn from the one `aors` file. Outlines
// only, so where two agencies' areas meet or overlap both stay visible; the line style says how
// complete the drawn area is (whole members, part of a member, or a modeled hull of ports).
import type { Layer } from '@deck.gl/core';
import type { CollisionFilterExtensionProps, PathStyleExtensionProps } from '@deck.gl/extensions';
import type { LayerFeature, Props } from '../data/load';
import { OKABE_ITO, type RGB } from '../lib/colors';
import { t, type Text } from '../i18n/strings';
import type { LayerDef, LegendEntry, RenderState } from './types';
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
export const STRENGTH: Record<string, Text> = {
  official: { en: 'official source', es: 'fuente oficial' },
  news: { en: 'news report', es: 'nota de prensa' },
  weak: { en: 'third party or inferred', es: 'terceros o inferido' },
};

const TEXT = {
  weakNote: {
    en: '* membership from a third-party source or inferred.',
    es: '* membresía de una fuente de terceros o inferida.',
  },
  hq: { en: 'HQ', es: 'Sede' },
  notGiven: { en: 'not given', es: 'no indicada' },
  coverage: { en: 'Coverage', es: 'Cobertura' },
  members: { en: 'Members drawn', es: 'Miembros dibujados' },
  basis: { en: 'Basis', es: 'Base' },
  asOf: { en: 'As of', es: 'Fecha de la fuente' },
  unknown: { en: 'Unconfirmed members (not drawn)', es: 'Miembros sin confirmar (no dibujados)' },
  unplaced: {
    en: 'Members with no location (outside the outline)',
    es: 'Miembros sin ubicación (fuera del contorno)',
  },
  extent: { en: 'Stated extent', es: 'Extensión declarada' },
} satisfies Record<string, Text>;

/** A lookup table's text for `key`, or the key itself when the table lacks it. */
const textOr = (table: Record<string, Text>, key: string, lang: RenderState['lang']) =>
  table[key] ? t(lang, table[key]) : key;

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
      return {
        title: t(s.lang, a.name),
        entries: kinds.map((k): LegendEntry => ({
          color: a.color,
          label: textOr(COVERAGE, k, s.lang),
          shape: k === 'whole' ? 'outline' : k === 'ports' ? 'dot' : 'dash',
        })),
        note: fs.some((f) => f.properties.basis_strength === 'weak')
          ? t(s.lang, TEXT.weakNote)
          : undefined,
      };
    },
    tooltip: (f, s) => {
      const p = f.properties;
      const rows: [string, string][] = [
        [
          t(s.lang, TEXT.hq),
          [p.hq_city, p.hq_state].filter(Boolean).join(', ') || t(s.lang, TEXT.notGiven),
        ],
        [t(s.lang, TEXT.coverage), textOr(COVERAGE, String(p.coverage), s.lang)],
        [t(s.lang, TEXT.members), String(p.members || '—')],
        [
          t(s.lang, TEXT.basis),
          `${textOr(STRENGTH, String(p.basis_strength), s.lang)} (${p.basis})`,
        ],
        [t(s.lang, TEXT.asOf), String(p.as_of || '—')],
      ];
      if (p.members_unknown) rows.push([t(s.lang, TEXT.unknown), String(p.members_unknown)]);
      if (p.unplaced) rows.push([t(s.lang, TEXT.unplaced), String(p.unplaced)]);
      if (p.stated_extent) rows.push([t(s.lang, TEXT.extent), String(p.stated_extent)]);
      const first = String(p.source_urls ?? '').split(' ; ')[0];
      return {
        title: `${p.unit} — ${t(s.lang, a.name)}`,
        rows,
        ...(first
          ? {
              link: {
                href: first,
                label: `${t(s.lang, 'source')}: ${new URL(first).hostname}`,
              },
            }
          : {}),
      };
    },
    table: (data, s) =>
      featuresOf(data, a.id).map((f) => ({
        place: `${f.properties.unit} (${textOr(COVERAGE, String(f.properties.coverage), s.lang).split(' (')[0]})`,
        value: null,
        display: String(f.properties.members || '—'),
      })),
  };
}

export const AOR_LAYERS: LayerDef[] = AGENCIES.map(aorLayer);
