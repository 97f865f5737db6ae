// The chain panel's words (the sentences are in narrate.ts).
import type { Text } from '../i18n/strings';
import type { ChainKind } from './node';

export const KIND: Record<ChainKind, Text> = {
  'mx-state': { en: 'Mexican state (recovery)', es: 'Estado mexicano (recuperación)' },
  'mx-mun': { en: 'Municipio (recovery)', es: 'Municipio (recuperación)' },
  'us-state': { en: 'U.S. state (purchase)', es: 'Estado de EE. UU. (compra)' },
  'us-county': { en: 'U.S. county (purchase)', es: 'Condado de EE. UU. (compra)' },
  'us-city': { en: 'U.S. city (purchase)', es: 'Ciudad de EE. UU. (compra)' },
  dealer: { en: 'Dealer', es: 'Armería' },
  port: { en: 'Port (modeled crossing)', es: 'Puerto (cruce modelado)' },
  case: { en: 'Court case', es: 'Caso judicial' },
};

export const TEXT = {
  title: { en: 'Follow the guns', es: 'Siga las armas' },
  search: {
    en: 'Follow from a place, dealer, port or case',
    es: 'Seguir desde un lugar, armería, puerto o caso',
  },
  searchHint: {
    en: 'Type a name and choose it from the list; or click a state, county, port or dealer on the map.',
    es: 'Escriba un nombre y elíjalo de la lista; o haga clic en un estado, condado, puerto o armería del mapa.',
  },
  noMatch: {
    en: 'No place, dealer, port or case by that name.',
    es: 'Ningún lugar, armería, puerto o caso con ese nombre.',
  },
  diversion: { en: 'Points of diversion', es: 'Puntos de desvío' },
  back: { en: 'Back to the points of diversion', es: 'Volver a los puntos de desvío' },
  diagram: {
    en: 'Flow of these firearms: purchase state → port (modeled) → recovery state. Band widths are firearms; the same counts are in the table below.',
    es: 'Flujo de estas armas: estado de compra → puerto (modelado) → estado de recuperación. El ancho de cada banda son armas; las mismas cifras están en la tabla.',
  },
  colFrom: { en: 'Bought in', es: 'Compradas en' },
  colPort: { en: 'Port (modeled)', es: 'Puerto (modelado)' },
  colTo: { en: 'Recovered in', es: 'Recuperadas en' },
  firearms: { en: 'Firearms', es: 'Armas' },
  share: { en: 'Share', es: 'Proporción' },
  cases: { en: 'Cases', es: 'Casos' },
  other: { en: 'other', es: 'otros' },
  /** Short forms for the diagram's unknown nodes (the table and legend say it in full). */
  noStateShort: { en: 'no state', es: 'sin estado' },
  noPortShort: { en: 'no port', es: 'sin puerto' },
  noRecoveryShort: { en: 'not stated', es: 'sin dato' },
  noState: { en: 'no purchase state', es: 'sin estado de compra' },
  noPort: { en: 'not routed', es: 'sin ruta' },
  noRecovery: {
    en: 'no recovery place (or not placeable)',
    es: 'sin lugar de recuperación (o no ubicable)',
  },
  flowsCaption: {
    en: 'Firearms by purchase state, modeled port and recovery state',
    es: 'Armas por estado de compra, puerto modelado y estado de recuperación',
  },
  dealersCaption: {
    en: 'Dealers (and other sellers) named in the filings',
    es: 'Armerías (y otros vendedores) nombradas en los expedientes',
  },
  dealer: { en: 'Dealer', es: 'Armería' },
  atf: { en: 'ATF inspection', es: 'Inspección de la ATF' },
  penalized: {
    en: 'penalized {date}: {disposition} ({n} citation(s){sections}; matched by {confidence})',
    es: 'sancionada {date}: {disposition} ({n} citación(es){sections}; vinculada por {confidence})',
  },
  /** The regulations an inspection cites, as the ATF list writes them (27 CFR 478…). */
  sections: { en: ', sections cited: {list}', es: ', secciones citadas: {list}' },
  notMatched: {
    en: 'not matched to the penalized list (2015–2017)',
    es: 'no vinculada a la lista de sancionadas (2015–2017)',
  },
  document: { en: 'Court filing', es: 'Expediente judicial' },
  legendPurchase: { en: 'Purchase place (stated)', es: 'Lugar de compra (consta)' },
  legendPort: { en: 'Port (modeled)', es: 'Puerto (modelado)' },
  legendRecovery: { en: 'Recovery place (stated)', es: 'Lugar de recuperación (consta)' },
  legendRoute: {
    en: 'Route via the nearest port (modeled)',
    es: 'Ruta por el puerto más cercano (modelada)',
  },
  source: {
    en: 'Source: {source}; ports are our model (the nearest land port to the purchase place), not a record of crossing.',
    es: 'Fuente: {source}; los puertos son nuestro modelo (el puerto terrestre más cercano al lugar de compra), no un registro del cruce.',
  },
  rankBy: { en: 'Rank', es: 'Clasificar' },
  weaponClass: { en: 'Weapon class', es: 'Tipo de arma' },
  allClasses: { en: 'All classes', es: 'Todos los tipos' },
  fromYear: { en: 'Bought from', es: 'Compradas desde' },
  toYear: { en: 'to', es: 'hasta' },
  anyYear: { en: 'any year', es: 'cualquier año' },
  rankNote: {
    en: '{n} firearms counted; {unknown} have no {what}.',
    es: '{n} armas contadas; {unknown} no tienen {what}.',
  },
  undatedNote: {
    en: '{n} firearms with no purchase year are left out by the year filter.',
    es: 'El filtro de años deja fuera {n} armas sin año de compra.',
  },
  follow: { en: 'Follow', es: 'Seguir' },
  sameAddress: {
    en: 'same street address as {names} (the filings do not say they are one business)',
    es: 'misma dirección que {names} (los expedientes no dicen que sean un mismo negocio)',
  },
  firstOf: { en: 'The first {k} of {n} are listed.', es: 'Se listan las primeras {k} de {n}.' },
  tracedCaption: {
    en: 'Source states in ATF traces: every firearm recovered and traced, not only these cases',
    es: 'Estados de origen en los rastreos de la ATF: todas las armas recuperadas y rastreadas, no solo estos casos',
  },
  tracedState: { en: 'U.S. state', es: 'Estado de EE. UU.' },
  tracedPeriod: { en: 'Traced {period}', es: 'Rastreadas {period}' },
  tracedBought: { en: 'These firearms bought there', es: 'Estas armas compradas ahí' },
  tracedOverlap: {
    en: '● The period overlaps the purchase years of these firearms ({years}).',
    es: '● El periodo coincide con los años de compra de estas armas ({years}).',
  },
  tracedUndated: {
    en: 'None of these firearms has a purchase year to compare with the periods.',
    es: 'Ninguna de estas armas tiene año de compra para compararlo con los periodos.',
  },
  tracedGaps: {
    en: 'A state with no figure is one the source does not name (not zero). {n} of these firearms were bought in states no trace source gives a figure for.',
    es: 'Un estado sin cifra es uno que la fuente no nombra (no es cero). {n} de estas armas se compraron en estados para los que ninguna fuente de rastreo da cifra.',
  },
  tracedSource: {
    en: '{period}: {source} (recovered in {recovered})',
    es: '{period}: {source} (recuperadas en {recovered})',
  },
  noneThrough: {
    en: 'No court-case firearm passes through {name}.',
    es: 'Ninguna arma de los casos judiciales pasa por {name}.',
  },
  rank: { en: '#', es: 'n.º' },
} satisfies Record<string, Text>;

/** What a seller the filings name is when it is not a licensed dealer. */
export const SELLER: Record<'gun-show' | 'private', Text> = {
  'gun-show': {
    en: 'a gun show: dealers and private sellers both sell there; the filing does not say which',
    es: 'una feria de armas: allí venden armerías y particulares; el expediente no dice cuál',
  },
  private: {
    en: 'a private sale: no licensed dealer, nothing to match to the ATF list',
    es: 'una venta privada: sin armería con licencia, nada que vincular a la lista de la ATF',
  },
};

/** How a dealer was matched to the penalized list, in words. */
export const CONFIDENCE: Record<string, Text> = {
  licence: { en: 'licence number', es: 'número de licencia' },
  'name+address': { en: 'name and address', es: 'nombre y dirección' },
  'name+city': { en: 'name and city', es: 'nombre y ciudad' },
};

/** What a ranked node is, and what an unknown one lacks. */
export const RANK_LABEL: Record<
  'dealer' | 'us-city' | 'port' | 'mx-state',
  { label: Text; lacks: Text }
> = {
  dealer: {
    label: { en: 'Dealers', es: 'Armerías' },
    lacks: { en: 'dealer named', es: 'armería nombrada' },
  },
  'us-city': {
    label: { en: 'Purchase cities', es: 'Ciudades de compra' },
    lacks: { en: 'purchase city', es: 'ciudad de compra' },
  },
  port: {
    label: { en: 'Ports (modeled)', es: 'Puertos (modelados)' },
    lacks: {
      en: 'purchase place to model a port from',
      es: 'lugar de compra para modelar un puerto',
    },
  },
  'mx-state': {
    label: { en: 'Recovery states', es: 'Estados de recuperación' },
    lacks: { en: 'recovery place stated', es: 'lugar de recuperación que conste' },
  },
};
