// "Add this view as a scene": what the explorer shows now — layers, measures, year, the area on
// screen (as bounds, so the scene frames it on any screen), the selected feature and the chain
// followed or the place asked "who covers here" — as a scene
// a presenter then names and captions. The first title and caption come from the layers' own
// texts, in both languages, so a new scene is never blank.
import type { Text } from '../i18n/strings';
import type { Scene } from './schema';

export interface ViewNow {
  year: number;
  layers: string[];
  /** Measure per layer; only the shown layers' are kept. */
  metrics: Record<string, string>;
  view: { lon: number; lat: number; zoom: number };
  bounds: [number, number, number, number];
  selected: { layer: string; key: string } | null;
  /** Follow the guns (a node as in the link, or "top") and who covers here, when open. */
  chain: string | null;
  cover: [number, number] | null;
  /** The shown layers' titles, and the legend titles they show now ("Victims, 2019"). */
  titles: Text[];
  legends: Text[];
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const clampLat = (y: number) => Math.max(-85, Math.min(85, y));
const join = (ts: Text[], sep: string, empty: Text): Text =>
  ts.length ? { en: ts.map((t) => t.en).join(sep), es: ts.map((t) => t.es).join(sep) } : empty;

/** What a scene shows of the map: framing, year, layers, measures, highlight. */
export type Framing = Pick<
  Scene,
  'view' | 'bounds' | 'year' | 'layers' | 'metrics' | 'highlight' | 'chain' | 'cover'
>;

export function captureFraming(now: ViewNow): Framing {
  const [w, s, e, n] = now.bounds;
  return {
    view: { lon: round(now.view.lon), lat: round(now.view.lat), zoom: round(now.view.zoom, 2) },
    bounds: [round(w), round(clampLat(s)), round(e), round(clampLat(n))],
    year: now.year,
    layers: [...now.layers],
    metrics: Object.fromEntries(
      Object.entries(now.metrics).filter(([id]) => now.layers.includes(id)),
    ),
    // Said even when there is none, so re-framing a scene drops its old highlight.
    highlight:
      now.selected && now.layers.includes(now.selected.layer) ? { ...now.selected } : undefined,
    // Likewise said when closed, so re-framing a scene drops a chain or cover it had.
    chain: now.chain ?? undefined,
    cover: now.cover ? [round(now.cover[0], 4), round(now.cover[1], 4)] : undefined,
  };
}

export function captureScene(now: ViewNow): Omit<Scene, 'id'> {
  return {
    title: join(now.titles, ' · ', { en: 'The map', es: 'El mapa' }),
    caption: join(now.legends, '. ', { en: 'The basemap alone.', es: 'Solo el mapa base.' }),
    ...captureFraming(now),
    callouts: [],
    notes: '',
  };
}
