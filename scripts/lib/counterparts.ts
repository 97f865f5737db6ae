// Counterparts across the border: which U.S. and Mexican units face each other. Derived from
// the drawn areas of responsibility by walking the border line: every few km, a point just
// inside each country; the U.S. units holding the one and the Mexican units holding the other
// face each other along that stretch. A field office covers ports, not areas: it faces the
// Mexican units on the other side of its ports. Stretches where an agency has no known unit are
// gaps, measured and kept. Pure.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  booleanPointInPolygon,
  destination,
  length,
  lineString,
  along,
  bearing,
  point,
} from '@turf/turf';

export interface UnitShape {
  agency: string;
  unit: string;
  /** whole / part / ports: how much of the drawn area the unit is known to cover. */
  coverage: string;
  geometry: Polygon | MultiPolygon;
}

export interface PortAt {
  code: string;
  name: string;
  at: [number, number];
  /** The field office (agency ofo) the port belongs to, when a source says so. */
  office: string | null;
}

export interface Pair {
  us_agency: string;
  us_unit: string;
  us_coverage: string;
  mx_agency: string;
  mx_unit: string;
  mx_coverage: string;
  /** Border km along which the two areas face each other (0 when only a port joins them). */
  border_km: number;
  /** Ports whose Mexican side lies in the Mexican unit (field offices). */
  ports: string[];
}

export interface Gap {
  agency: string;
  /** Border km with no known unit of the agency on its side. */
  km: number;
}

const inside = (g: Polygon | MultiPolygon, p: Position) =>
  booleanPointInPolygon(point(p), { type: 'Feature', geometry: g, properties: {} });

/** Samples every `stepKm` along each line, with a point `offsetKm` to each side. */
function samples(lines: Position[][], stepKm: number, offsetKm: number) {
  const out: { left: Position; right: Position; at: Position }[] = [];
  for (const coords of lines) {
    if (coords.length < 2) continue;
    const line = lineString(coords);
    const total = length(line);
    for (let d = stepKm / 2; d < total; d += stepKm) {
      const here = along(line, d).geometry.coordinates;
      const ahead = along(line, Math.min(total, d + 0.5)).geometry.coordinates;
      const b = bearing(here, ahead);
      out.push({
        at: here,
        left: destination(here, offsetKm, b - 90).geometry.coordinates,
        right: destination(here, offsetKm, b + 90).geometry.coordinates,
      });
    }
  }
  return out;
}

export function counterparts(
  border: Position[][],
  isMexico: (p: Position) => boolean,
  us: readonly UnitShape[],
  mx: readonly UnitShape[],
  ports: readonly PortAt[],
  { stepKm = 5, offsetKm = 3 } = {},
): { pairs: Pair[]; gaps: Gap[]; borderKm: number } {
  const pairs = new Map<string, Pair>();
  const pair = (u: UnitShape, m: UnitShape) => {
    const k = `${u.agency}|${u.unit}|${u.coverage}|${m.agency}|${m.unit}|${m.coverage}`;
    const p = pairs.get(k) ?? {
      us_agency: u.agency,
      us_unit: u.unit,
      us_coverage: u.coverage,
      mx_agency: m.agency,
      mx_unit: m.unit,
      mx_coverage: m.coverage,
      border_km: 0,
      ports: [],
    };
    pairs.set(k, p);
    return p;
  };
  const agencies = [...new Set([...us, ...mx].map((u) => u.agency))];
  const gapKm = new Map(agencies.map((a) => [a, 0]));
  const areal = us.filter((u) => u.coverage !== 'ports');
  const all = samples(border, stepKm, offsetKm);
  // The km walked are the samples on a stretch that divides the two countries.
  let walked = 0;
  for (const s of all) {
    // Which side is which: the offset point that lies in Mexico.
    const [mxSide, usSide] = isMexico(s.left) ? [s.left, s.right] : [s.right, s.left];
    if (!isMexico(mxSide) || isMexico(usSide)) continue; // not a border stretch after all
    walked += stepKm;
    const here = {
      us: areal.filter((u) => inside(u.geometry, usSide)),
      mx: mx.filter((m) => inside(m.geometry, mxSide)),
    };
    for (const u of here.us) for (const m of here.mx) pair(u, m).border_km += stepKm;
    for (const a of agencies) {
      const side = us.some((u) => u.agency === a) ? here.us : here.mx;
      if (!side.some((x) => x.agency === a) && !(a === 'ofo')) gapKm.set(a, gapKm.get(a)! + stepKm);
    }
  }
  // A port joins its field office to the Mexican units on the other side of it.
  for (const port of ports) {
    if (!port.office) continue;
    const office = us.find((u) => u.agency === 'ofo' && u.unit === port.office);
    const near = all
      .map((s) => ({ s, d: Math.hypot(s.at[0]! - port.at[0], s.at[1]! - port.at[1]) }))
      .sort((a, b) => a.d - b.d)[0];
    if (!office || !near) continue;
    const mxSide = isMexico(near.s.left) ? near.s.left : near.s.right;
    for (const m of mx.filter((x) => inside(x.geometry, mxSide))) {
      const p = pair(office, m);
      if (!p.ports.includes(port.name)) p.ports.push(port.name);
    }
  }
  const round = (x: number) => Math.round(x);
  return {
    pairs: [...pairs.values()]
      .map((p) => ({ ...p, border_km: round(p.border_km), ports: p.ports.sort() }))
      .sort(
        (a, b) =>
          a.us_agency.localeCompare(b.us_agency) ||
          a.us_unit.localeCompare(b.us_unit) ||
          a.mx_agency.localeCompare(b.mx_agency) ||
          b.border_km - a.border_km ||
          a.mx_unit.localeCompare(b.mx_unit),
      ),
    gaps: agencies.filter((a) => a !== 'ofo').map((a) => ({ agency: a, km: round(gapKm.get(a)!) })),
    borderKm: round(walked),
  };
}
