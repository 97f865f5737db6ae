// The lit chain on the map: everything else dimmed under a veil, then the followed firearms'
// purchase places, modeled ports and recovery places as circles, joined by dashed lines (every
// route through a port is our model). Pure derivation (`chainMarks`) and a thin deck.gl layer list.
import type { Layer } from '@deck.gl/core';
import type { PathStyleExtensionProps } from '@deck.gl/extensions';
import type { ChainPathRow } from '../../scripts/lib/tables';
import { OKABE_ITO, type RGB } from '../lib/colors';
import type { DeckModules } from '../map/deck';
import type { ChainTable } from './node';

export type MarkRole = 'purchase' | 'port' | 'recovery';

export interface ChainMark {
  key: string;
  role: MarkRole;
  position: [number, number];
  firearms: number;
}

export interface ChainLink {
  /** 0: purchase place → port; 1: port → recovery place. */
  step: 0 | 1;
  path: [number, number][];
  firearms: number;
}

export const ROLE_COLOR: Record<MarkRole, RGB> = {
  purchase: OKABE_ITO.blue,
  port: OKABE_ITO.black,
  recovery: OKABE_ITO.vermillion,
};

const purchaseKey = (p: ChainPathRow) =>
  p.purchase_state &&
  (p.purchase_city
    ? `us-city:${p.purchase_state}:${p.purchase_city}`
    : `us-state:${p.purchase_state}`);
const recoveryKey = (p: ChainPathRow) =>
  p.recovery_municipio
    ? `mx-mun:${p.recovery_municipio}`
    : p.recovery_state
      ? `mx-state:${p.recovery_state}`
      : null;

/**
 * The circles and lines of the followed paths, summed per place and per segment; a place the
 * table has no point for is left out of the map (it stays in the panel's counts).
 */
export function chainMarks(table: ChainTable, paths: readonly ChainPathRow[]) {
  const marks = new Map<string, ChainMark>();
  const links = new Map<string, ChainLink>();
  const add = (key: string | null, role: MarkRole, n: number) => {
    const at = key ? table.points[key] : undefined;
    if (!key || !at) return null;
    const m = marks.get(key) ?? { key, role, position: at, firearms: 0 };
    m.firearms += n;
    marks.set(key, m);
    return at;
  };
  const link = (step: 0 | 1, a: [number, number] | null, b: [number, number] | null, n: number) => {
    if (!a || !b) return;
    const k = `${step}:${a}:${b}`;
    const l = links.get(k) ?? { step, path: [a, b], firearms: 0 };
    l.firearms += n;
    links.set(k, l);
  };
  for (const p of paths) {
    const from = add(purchaseKey(p), 'purchase', p.firearms);
    const port = add(p.port && `port:${p.port}`, 'port', p.firearms);
    const to = add(recoveryKey(p), 'recovery', p.firearms);
    link(0, from, port, p.firearms);
    link(1, port, to, p.firearms);
  }
  return { marks: [...marks.values()], links: [...links.values()] };
}

/** Below this width (px) the chain panel is a sheet under the map (the @media in ChainPanel.svelte). */
export const NARROW = 600;

/** The area the followed chain's marks span (west, south, east, north), or null with none. */
export function marksBounds(marks: readonly ChainMark[]): [number, number, number, number] | null {
  if (!marks.length) return null;
  const xs = marks.map((m) => m.position[0]);
  const ys = marks.map((m) => m.position[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const WORLD: [number, number][] = [
  [-180, -85],
  [180, -85],
  [180, 85],
  [-180, 85],
];

export function chainLayers(
  deck: DeckModules,
  table: ChainTable,
  paths: readonly ChainPathRow[],
  symbolScale = 1,
): Layer[] {
  const { marks, links } = chainMarks(table, paths);
  return [
    new deck.layers.SolidPolygonLayer<{ polygon: [number, number][] }>({
      id: 'chain-veil',
      data: [{ polygon: WORLD }],
      getPolygon: (d) => d.polygon,
      getFillColor: [255, 255, 255, 205],
    }),
    new deck.layers.PathLayer<ChainLink, PathStyleExtensionProps<ChainLink>>({
      id: 'chain-links',
      data: links,
      widthUnits: 'pixels',
      capRounded: true,
      getPath: (l) => l.path,
      getWidth: (l) => Math.min(12, 1.5 + Math.sqrt(l.firearms)) * symbolScale,
      getColor: (l) => [...(l.step === 0 ? OKABE_ITO.blue : OKABE_ITO.vermillion), 200],
      // Dashed: a route through a port is modeled, never recorded.
      extensions: [new deck.extensions.PathStyleExtension({ dash: true })],
      getDashArray: [3, 2],
    }),
    new deck.layers.ScatterplotLayer<ChainMark>({
      id: 'chain-marks',
      data: marks,
      radiusUnits: 'pixels',
      stroked: true,
      lineWidthUnits: 'pixels',
      getPosition: (m) => m.position,
      getRadius: (m) => Math.min(16, 3 + Math.sqrt(m.firearms)) * symbolScale,
      getFillColor: (m) =>
        m.role === 'port' ? [255, 255, 255, 255] : [...ROLE_COLOR[m.role], 230],
      getLineColor: (m) =>
        [...(m.role === 'port' ? OKABE_ITO.black : [255, 255, 255]), 255] as never,
      getLineWidth: (m) => (m.role === 'port' ? 2 : 1),
    }),
  ];
}
