// The words of "who covers here" and the counterparts view.
import type { Text } from '../i18n/strings';

export const TEXT = {
  title: { en: 'Who covers here', es: 'Quién cubre aquí' },
  at: { en: 'At {lon}, {lat} — {state}', es: 'En {lon}, {lat} — {state}' },
  outside: {
    en: 'This point is in neither country: no agency of either covers it.',
    es: 'Este punto no está en ninguno de los dos países: ninguna de sus agencias lo cubre.',
  },
  hint: {
    en: 'Click anywhere on the map to ask about that place, or choose a city.',
    es: 'Haga clic en cualquier lugar del mapa para preguntar por ese lugar, o elija una ciudad.',
  },
  city: { en: 'City', es: 'Ciudad' },
  chooseCity: { en: 'Choose a city…', es: 'Elija una ciudad…' },
  whole: {
    en: 'covers it (whole members: {members})',
    es: 'lo cubre (miembros completos: {members})',
  },
  part: {
    en: 'may cover it: the source says part of {members}; which part is not recorded',
    es: 'puede cubrirlo: la fuente dice parte de {members}; no consta qué parte',
  },
  ports: {
    en: 'an outline around its ports holds this place (modeled): ports {members}',
    es: 'un contorno alrededor de sus puertos contiene este lugar (modelado): puertos {members}',
  },
  /** One word per kind of cover, for the briefing stage (the panel says it in full). */
  wholeShort: { en: 'covers it', es: 'lo cubre' },
  partShort: { en: 'may cover it (part of a state)', es: 'puede cubrirlo (parte de un estado)' },
  portsShort: { en: 'outline of its ports (modeled)', es: 'contorno de sus puertos (modelado)' },
  unknownShort: { en: 'unknown', es: 'desconocido' },
  // No closing stop: a source's name may end in one ("EE. UU.").
  sources: { en: 'Sources: {sources}', es: 'Fuentes: {sources}' },
  unknown: {
    en: 'Unknown: no unit is known to cover it.',
    es: 'Desconocido: no se sabe de ninguna unidad que lo cubra.',
  },
  unknownUnits: {
    en: '{n} unit(s) of this agency have no known area: {units}.',
    es: '{n} unidad(es) de esta agencia no tienen área conocida: {units}.',
  },
  stateUnnamed: {
    en: 'No source names a unit for {state}.',
    es: 'Ninguna fuente nombra una unidad para {state}.',
  },
  basis: { en: 'basis: {strength}, as of {asOf}', es: 'base: {strength}, a {asOf}' },
  source: { en: 'source', es: 'fuente' },
  counterparts: {
    en: 'Counterparts across the border',
    es: 'Contrapartes a través de la frontera',
  },
  counterpartsIntro: {
    en: 'U.S. and Mexican units whose areas face each other along the border (derived from the drawn areas: the border walked every 5 km), and the Mexican units across a CBP field office’s ports. "part": the unit covers an unknown part of a state, so it may not reach that stretch.',
    es: 'Unidades de EE. UU. y de México cuyas áreas se enfrentan a lo largo de la frontera (derivado de las áreas dibujadas: la frontera recorrida cada 5 km), y las unidades mexicanas frente a los puertos de una oficina de campo de la CBP. "parte": la unidad cubre una parte desconocida de un estado, así que puede no llegar a ese tramo.',
  },
  usUnit: { en: 'U.S. unit', es: 'Unidad de EE. UU.' },
  mxUnit: { en: 'Mexican unit', es: 'Unidad mexicana' },
  km: { en: 'Border km facing', es: 'Km de frontera enfrentados' },
  viaPorts: { en: 'Ports', es: 'Puertos' },
  partMark: { en: 'part', es: 'parte' },
  gaps: {
    en: 'Gaps: border km with no known unit of the agency — {list} (of {total} km walked).',
    es: 'Vacíos: km de frontera sin unidad conocida de la agencia — {list} (de {total} km recorridos).',
  },
  unplaced: {
    en: 'Not placed (no known area): {n} unit(s) — {units}.',
    es: 'Sin ubicar (sin área conocida): {n} unidad(es) — {units}.',
  },
  agencyPair: { en: 'Agencies', es: 'Agencias' },
} satisfies Record<string, Text>;
