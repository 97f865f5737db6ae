// The URL mirrors everything a reader can change, in the hash (no server round trip, and an
// iframe's src carries it):
//   #year=2019&layers=homicides,ports&m.homicides=victims&view=-103.5,28.1,4.5&lang=es
//    &sel=homicides:08&mode=embed&scene=3&cmp=2015 (compare the year with 2015)
//    &g.class=rifle&g.cal=.50&g.case=<case>&g.when=all (the firearms filter)
//    &place=us-state:TX (a place's profile that no one feature is: a U.S. state)
//    &chain=mx-state:14 (follow the guns from a node; chain=top: the points of diversion)
//    &cover=-110.94,31.33 (who covers here: the agencies' units at a point)
//    &bbox=-118,14,-86,33 (an area to frame, west,south,east,north: the same area at any width)
//    &title=…&desc=…&notes=…&byline=…&credit=… (an editor's texts, plain, length-limited)
//    &theme=dark&controls=year,legend (an embed's look and the controls it offers)
//    &ann=-106.45,31.69,0,-40,Juárez|Juárez (an annotation: place, label offset, texts; repeatable)
// and, for a briefing someone made, the whole briefing: #mode=briefing&scene=2&b=<deflated JSON>
// Unknown or invalid values are ignored with a console warning, never thrown and never rendered.
import { nodeParam, parseNode, type ChainNode } from '../chain/node';
import { atParam, parseAt } from '../coverage/at';
import {
  annotationParam,
  MAX_ANNOTATIONS,
  parseAnnotation,
  type Annotation,
} from '../embed/annotations';
import {
  cleanText,
  parseControls,
  TEXT_FIELDS,
  THEMES,
  type Control,
  type Editorial,
  type TextField,
  type Theme,
} from '../embed/editorial';
import type { GunFilter } from '../layers/gun-filter';
import type { Lang } from '../lib/format';

/** `presenter`: the briefing's second window (current and next scene, notes, timer). */
export type Mode = 'full' | 'embed' | 'briefing' | 'presenter';

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  year?: number;
  /** Compare mode: the base year the shown year is compared with. */
  cmp?: number;
  /** The firearms filter: `g.class`, `g.cal`, `g.case`, `g.when` (checked against the data later). */
  guns?: Partial<GunFilter>;
  layers?: string[];
  metrics: Record<string, string>;
  view?: View;
  /** An area to frame (west, south, east, north): wins over `view`. */
  bbox?: [number, number, number, number];
  /** An editor's texts for an embed. */
  editorial?: Editorial;
  theme?: Theme;
  /** The controls an embed offers (absent: the default ones). */
  controls?: Control[];
  /** An editor's annotations, in order. */
  annotations?: Annotation[];
  lang?: Lang;
  /** Selected feature: layer id and the feature's key in that layer. */
  sel?: { layer: string; key: string };
  /** A U.S. state's profile (USPS code; checked against the state list later). */
  place?: { kind: 'us-state'; code: string };
  /** Follow the guns from a node, or 'top': the ranked points of diversion. */
  chain?: ChainNode | 'top';
  /** Who covers here: a point (lon, lat). */
  cover?: [number, number];
  mode?: Mode;
  scene?: number;
  /** A whole briefing, deflated and base64url-encoded (briefing/link.ts). */
  b?: string;
}

/** What is valid, from the registry and the data: kept apart so this module stays pure. */
export interface UrlRules {
  years: { min: number; max: number };
  layers: Record<string, string[]>;
  zoom: { min: number; max: number };
}

const KEY = /^[\w.-]{1,40}$/;

export function parseUrlState(
  hash: string,
  rules: UrlRules,
): { state: UrlState; warnings: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = { metrics: {} };
  const warnings: string[] = [];
  const warn = (name: string, value: string, why: string) =>
    warnings.push(`ignoring ${name}=${JSON.stringify(value.slice(0, 80))}: ${why}`);
  for (const [name, value] of params) {
    if (name === 'year') {
      const y = Number(value);
      if (/^\d{4}$/.test(value) && y >= rules.years.min && y <= rules.years.max) state.year = y;
      else warn(name, value, `not a year in ${rules.years.min}–${rules.years.max}`);
    } else if (name === 'cmp') {
      const y = Number(value);
      if (/^\d{4}$/.test(value) && y >= rules.years.min && y <= rules.years.max) state.cmp = y;
      else warn(name, value, `not a year in ${rules.years.min}–${rules.years.max}`);
    } else if (name === 'g.class' || name === 'g.cal' || name === 'g.case') {
      // Values are checked against the data when it arrives; here only their shape.
      const field = (
        { 'g.class': 'weaponClass', 'g.cal': 'calibre', 'g.case': 'caseName' } as const
      )[name];
      if (value.length > 0 && value.length <= 160 && !/[<>]|\p{Cc}/u.test(value))
        state.guns = { ...state.guns, [field]: value };
      else warn(name, value, 'not a filter value');
    } else if (name === 'g.when') {
      if (value === 'year' || value === 'all' || value === 'undated')
        state.guns = { ...state.guns, when: value };
      else warn(name, value, 'purchase years are year, all or undated');
    } else if (name === 'layers') {
      const ids = value === '' ? [] : value.split(',');
      const known = ids.filter((id) => id in rules.layers);
      for (const id of ids.filter((x) => !(x in rules.layers))) warn(name, id, 'unknown layer');
      state.layers = [...new Set(known)];
    } else if (name.startsWith('m.')) {
      const id = name.slice(2);
      if (rules.layers[id]?.includes(value)) state.metrics[id] = value;
      else warn(name, value, id in rules.layers ? `not a metric of ${id}` : 'unknown layer');
    } else if (name === 'view') {
      const parts = value.split(',').map(Number);
      const [lon, lat, zoom] = parts;
      if (
        parts.length === 3 &&
        parts.every(Number.isFinite) &&
        Math.abs(lon!) <= 180 &&
        Math.abs(lat!) <= 85 &&
        zoom! >= rules.zoom.min &&
        zoom! <= rules.zoom.max
      ) {
        state.view = { lon: lon!, lat: lat!, zoom: zoom! };
      } else
        warn(name, value, `expected lon,lat,zoom with zoom ${rules.zoom.min}–${rules.zoom.max}`);
    } else if (name === 'bbox') {
      const b = value.split(',').map(Number);
      const [w, so, e, n] = b;
      if (
        b.length === 4 &&
        b.every(Number.isFinite) &&
        Math.abs(w!) <= 180 &&
        Math.abs(e!) <= 180 &&
        Math.abs(so!) <= 85 &&
        Math.abs(n!) <= 85 &&
        w! < e! &&
        so! < n!
      )
        state.bbox = [w!, so!, e!, n!];
      else warn(name, value, 'expected west,south,east,north');
    } else if ((TEXT_FIELDS as string[]).includes(name)) {
      const text = cleanText(name as TextField, value);
      if (text) state.editorial = { ...state.editorial, [name]: text };
      else warn(name, value, 'no text left');
    } else if (name === 'ann') {
      const a = parseAnnotation(value);
      if (typeof a === 'string') warn(name, value, a);
      else if ((state.annotations?.length ?? 0) >= MAX_ANNOTATIONS)
        warn(name, value, `at most ${MAX_ANNOTATIONS} annotations`);
      else state.annotations = [...(state.annotations ?? []), a];
    } else if (name === 'theme') {
      if ((THEMES as readonly string[]).includes(value)) state.theme = value as Theme;
      else warn(name, value, 'themes are light, dark and auto');
    } else if (name === 'controls') {
      const { controls, unknown } = parseControls(value);
      for (const u of unknown) warn(name, u, 'controls are year, layers and legend');
      state.controls = controls;
    } else if (name === 'lang') {
      if (value === 'en' || value === 'es') state.lang = value;
      else warn(name, value, 'languages are en and es');
    } else if (name === 'sel') {
      const i = value.indexOf(':');
      const layer = value.slice(0, i);
      const key = value.slice(i + 1);
      if (i > 0 && layer in rules.layers && KEY.test(key)) state.sel = { layer, key };
      else warn(name, value, 'expected <layer>:<feature key>');
    } else if (name === 'place') {
      const m = /^us-state:([A-Z]{2})$/.exec(value);
      if (m) state.place = { kind: 'us-state', code: m[1]! };
      else warn(name, value, 'expected us-state:<USPS code>');
    } else if (name === 'chain') {
      const node = value === 'top' ? 'top' : parseNode(value);
      if (node) state.chain = node;
      else warn(name, value, 'expected top or <kind>:<key>');
    } else if (name === 'cover') {
      const at = parseAt(value);
      if (at) state.cover = at;
      else warn(name, value, 'expected <lon>,<lat>');
    } else if (name === 'mode') {
      if (value === 'full' || value === 'embed' || value === 'briefing' || value === 'presenter')
        state.mode = value;
      else warn(name, value, 'modes are full, embed, briefing and presenter');
    } else if (name === 'b') {
      if (/^[A-Za-z0-9_-]+$/.test(value)) state.b = value;
      else warn(name, value, 'not a briefing link');
    } else if (name === 'scene') {
      if (/^\d{1,2}$/.test(value) && Number(value) >= 1) state.scene = Number(value);
      else warn(name, value, 'not a scene number');
    } else {
      warn(name, value, 'unknown parameter');
    }
  }
  return { state, warnings };
}

/** The hash for a state; defaults are left out so shared links stay short. */
export function serializeUrlState(
  s: UrlState,
  defaults: { year: number; layers: string[]; metrics: Record<string, string>; lang: Lang },
): string {
  const p = new URLSearchParams();
  if (s.mode && s.mode !== 'full') p.set('mode', s.mode);
  if (s.scene) p.set('scene', String(s.scene));
  if (s.year !== undefined && s.year !== defaults.year) p.set('year', String(s.year));
  if (s.cmp !== undefined) p.set('cmp', String(s.cmp));
  if (s.guns?.weaponClass) p.set('g.class', s.guns.weaponClass);
  if (s.guns?.calibre) p.set('g.cal', s.guns.calibre);
  if (s.guns?.caseName) p.set('g.case', s.guns.caseName);
  if (s.guns?.when && s.guns.when !== 'year') p.set('g.when', s.guns.when);
  if (s.layers && s.layers.slice().sort().join(',') !== defaults.layers.slice().sort().join(','))
    p.set('layers', s.layers.join(','));
  for (const [id, m] of Object.entries(s.metrics).sort()) {
    if (m !== defaults.metrics[id] && s.layers?.includes(id)) p.set(`m.${id}`, m);
  }
  if (s.bbox) p.set('bbox', s.bbox.map((x) => x.toFixed(3)).join(','));
  else if (s.view)
    p.set('view', `${s.view.lon.toFixed(3)},${s.view.lat.toFixed(3)},${s.view.zoom.toFixed(2)}`);
  if (s.lang && s.lang !== defaults.lang) p.set('lang', s.lang);
  if (s.theme && s.theme !== 'light') p.set('theme', s.theme);
  if (s.controls) p.set('controls', s.controls.join(','));
  if (s.sel) p.set('sel', `${s.sel.layer}:${s.sel.key}`);
  else if (s.place) p.set('place', `${s.place.kind}:${s.place.code}`);
  if (s.chain) p.set('chain', s.chain === 'top' ? 'top' : nodeParam(s.chain));
  if (s.cover) p.set('cover', atParam(s.cover));
  // Last: the long parts, so the short ones stay readable at the start of the link.
  for (const f of TEXT_FIELDS) if (s.editorial?.[f]) p.set(f, s.editorial[f]!);
  for (const a of s.annotations ?? []) p.append('ann', annotationParam(a));
  if (s.b) p.set('b', s.b);
  const out = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return out ? `#${out}` : '';
}
