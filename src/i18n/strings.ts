// Every UI string in English and Spanish. Layer titles, legends and notes live with each layer.
import type { Lang } from '../lib/format';

export type { Lang };

export const STRINGS = {
  title: { en: 'Southbound', es: 'Southbound' },
  pageTitle: {
    en: 'Southbound — the U.S.→Mexico gun corridors',
    es: 'Southbound — los corredores de armas de EE. UU. a México',
  },
  subtitle: {
    en: 'How guns bought in the United States reach criminal groups in Mexico',
    es: 'Cómo las armas compradas en Estados Unidos llegan a grupos criminales en México',
  },
  mapLabel: {
    en: 'Map of the United States–Mexico border region',
    es: 'Mapa de la región fronteriza entre Estados Unidos y México',
  },
  mapDescription: {
    en: 'A map of the United States and Mexico with state borders, the names of states and major border cities, and the data layers listed in the layer panel. The same values are in the data table.',
    es: 'Un mapa de Estados Unidos y México con los límites estatales, los nombres de los estados y de las principales ciudades fronterizas, y las capas de datos de la lista de capas. Los mismos valores están en la tabla de datos.',
  },
  layers: { en: 'Layers', es: 'Capas' },
  groupUs: { en: 'United States', es: 'Estados Unidos' },
  groupBorder: { en: 'Border', es: 'Frontera' },
  groupMx: { en: 'Mexico', es: 'México' },
  year: { en: 'Year', es: 'Año' },
  play: { en: 'Play through the years', es: 'Recorrer los años' },
  pause: { en: 'Pause', es: 'Pausa' },
  previousYear: { en: 'Previous year', es: 'Año anterior' },
  nextYear: { en: 'Next year', es: 'Año siguiente' },
  metric: { en: 'Show', es: 'Mostrar' },
  view: { en: 'View', es: 'Vista' },
  source: { en: 'Source', es: 'Fuente' },
  sources: { en: 'Sources and downloads', es: 'Fuentes y descargas' },
  dataTable: { en: 'Data table', es: 'Tabla de datos' },
  close: { en: 'Close', es: 'Cerrar' },
  loading: { en: 'Loading…', es: 'Cargando…' },
  layerError: { en: 'This layer could not be loaded:', es: 'No se pudo cargar esta capa:' },
  noDataFor: { en: 'No data for {year} — {range}', es: 'Sin datos para {year} — {range}' },
  lastYear: { en: 'last year {year}', es: 'último año {year}' },
  firstYear: { en: 'first year {year}', es: 'primer año {year}' },
  partial: { en: 'partial year', es: 'año parcial' },
  incomplete: { en: 'Incomplete', es: 'Incompleto' },
  incompleteFeature: {
    en: '{n} source row(s) behind this figure were rejected: it is incomplete.',
    es: 'Se rechazaron {n} fila(s) de la fuente detrás de esta cifra: está incompleta.',
  },
  incompleteLayer: {
    en: '{n} source row(s) of this layer could not be used or placed: totals may be low.',
    es: '{n} fila(s) de la fuente de esta capa no se pudieron usar ni ubicar: los totales pueden quedar cortos.',
  },
  incompleteIntro: {
    en: 'Source rows that were rejected (a bad value, a place that cannot be located, a repeated key with other values) or lost before the data reached us, and the figures they belong to. Each rejected row is listed with its line and reason in the pipeline’s reports (geodata/reports/).',
    es: 'Filas de la fuente rechazadas (un valor inválido, un lugar que no se puede ubicar, una clave repetida con otros valores) o perdidas antes de que los datos nos llegaran, y las cifras a las que pertenecen. Cada fila rechazada se lista con su línea y motivo en los informes del proceso (geodata/reports/).',
  },
  wholeLayer: { en: 'whole layer', es: 'toda la capa' },
  rowsLost: { en: '{n} row(s) lost', es: '{n} fila(s) perdidas' },
  incompleteMark: {
    en: 'incomplete: source rows lost (see Sources)',
    es: 'incompleta: faltan filas de la fuente (ver Fuentes)',
  },
  incompleteCallout: {
    en: 'Incomplete: {n} source row(s) that may count here were lost (see Sources).',
    es: 'Incompleta: se perdieron {n} fila(s) de la fuente que pueden contar aquí (ver Fuentes).',
  },
  incompleteFeatures: {
    en: '{n} place(s) have figures missing source rows (marked * in the data table).',
    es: '{n} lugar(es) tienen cifras a las que les faltan filas de la fuente (marcadas con * en la tabla de datos).',
  },
  noData: { en: 'No data', es: 'Sin datos' },
  /** A missing value in a legend, tooltip or table cell. */
  noValue: { en: 'no data', es: 'sin datos' },
  firearms: { en: 'Firearms', es: 'Armas' },
  note: { en: 'Note', es: 'Nota' },
  years: { en: 'Years', es: 'Años' },
  sourceWords: { en: 'In the source’s words', es: 'En palabras de la fuente' },
  details: { en: 'Details', es: 'Detalles' },
  allYears: { en: 'All years', es: 'Todos los años' },
  publisher: { en: 'Publisher', es: 'Editor' },
  licence: { en: 'Licence', es: 'Licencia' },
  accessed: { en: 'Accessed', es: 'Consultado' },
  method: { en: 'Method', es: 'Método' },
  download: { en: 'Download', es: 'Descargar' },
  compareWith: { en: 'Compare with', es: 'Comparar con' },
  profileOf: { en: 'Profile: {place}', es: 'Perfil: {place}' },
  profileTable: { en: 'Figures for {place}, by year', es: 'Cifras de {place}, por año' },
  profileSources: { en: 'Sources of this profile', es: 'Fuentes de este perfil' },
  profileLink: { en: 'Copy the link to this profile', es: 'Copiar el enlace a este perfil' },
  linkCopied: { en: 'Link copied.', es: 'Enlace copiado.' },
  yearHeader: { en: 'Year', es: 'Año' },
  filterGuns: { en: 'Filter the firearms', es: 'Filtrar las armas' },
  stateProfile: {
    en: 'Profile of {state} (the whole state)',
    es: 'Perfil de {state} (todo el estado)',
  },
  filterAppliesTo: { en: 'Applies to: {layers}.', es: 'Se aplica a: {layers}.' },
  weaponClass: { en: 'Weapon class', es: 'Tipo de arma' },
  calibre: { en: 'Calibre', es: 'Calibre' },
  caseSearch: { en: 'Case (type to search)', es: 'Caso (escriba para buscar)' },
  noSuchCase: { en: 'No case is named “{v}”.', es: 'Ningún caso se llama “{v}”.' },
  anyValue: { en: 'all', es: 'todos' },
  purchaseYears: { en: 'Purchase years', es: 'Años de compra' },
  scopeYear: { en: 'bought in {year}', es: 'compradas en {year}' },
  scopeAll: { en: 'any year', es: 'cualquier año' },
  scopeUndated: { en: 'no purchase year', es: 'sin año de compra' },
  clearFilter: { en: 'Clear the filter', es: 'Quitar el filtro' },
  compareOff: { en: 'no comparison', es: 'sin comparar' },
  dataRelease: {
    en: 'Data release {version}, {date}',
    es: 'Versión de los datos {version}, {date}',
  },
  downloadAll: { en: 'Download all data (.zip)', es: 'Descargar todos los datos (.zip)' },
  preparing: { en: 'Preparing the zip…', es: 'Preparando el zip…' },
  downloadFailed: {
    en: 'The zip could not be made: {error}',
    es: 'No se pudo crear el zip: {error}',
  },
  howToCite: { en: 'How to cite', es: 'Cómo citar' },
  citeNote: {
    en: 'Cite also the original source of each layer you use (below): their licences differ.',
    es: 'Cite también la fuente original de cada capa que use (abajo): sus licencias difieren.',
  },
  tableCaption: {
    en: 'Values behind the visible layers for {year}',
    es: 'Valores de las capas visibles para {year}',
  },
  tableEmpty: {
    en: 'No visible layer has values for {year}.',
    es: 'Ninguna capa visible tiene valores para {year}.',
  },
  layer: { en: 'Layer', es: 'Capa' },
  place: { en: 'Place', es: 'Lugar' },
  value: { en: 'Value', es: 'Valor' },
  sortBy: { en: 'Sort by {column}', es: 'Ordenar por {column}' },
  noWebgl: {
    en: 'This map needs WebGL 2, which this browser or device does not provide. The data table below still works.',
    es: 'Este mapa necesita WebGL 2, que este navegador o dispositivo no ofrece. La tabla de datos sigue funcionando.',
  },
  share: { en: 'Share / embed', es: 'Compartir / insertar' },
  permalink: { en: 'Link to this view', es: 'Enlace a esta vista' },
  embedCode: { en: 'Embed code', es: 'Código para insertar' },
  embedHelp: {
    en: 'Paste into your page. The optional script resizes the frame to fit the map.',
    es: 'Pegue esto en su página. El script opcional ajusta la altura del marco al mapa.',
  },
  copy: { en: 'Copy', es: 'Copiar' },
  copied: { en: 'Copied', es: 'Copiado' },
  openFull: { en: 'Open the full map', es: 'Abrir el mapa completo' },
  exportPng: { en: 'Download PNG', es: 'Descargar PNG' },
  sourcesLine: { en: 'Sources', es: 'Fuentes' },
  iframeTitle: {
    en: 'Southbound: map of U.S.–Mexico gun trafficking corridors',
    es: 'Southbound: mapa de los corredores de tráfico de armas entre EE. UU. y México',
  },
  attribution: {
    en: 'Boundaries: Natural Earth, U.S. Census Bureau, INEGI',
    es: 'Límites: Natural Earth, Oficina del Censo de EE. UU., INEGI',
  },
  briefing: { en: 'Briefing', es: 'Presentación' },
  nationalOnly: {
    en: 'National series (IDMC). For states, see the layer “Displacement by violence, by state” (CMDPDH).',
    es: 'Serie nacional (IDMC). Por estado, ver la capa «Desplazamiento por violencia, por estado» (CMDPDH).',
  },
  groupAor: { en: 'Areas of responsibility', es: 'Áreas de responsabilidad' },
  indicators: { en: 'Indicators', es: 'Indicadores' },
  indicatorsTitle: {
    en: 'Public indicators we can source',
    es: 'Indicadores públicos que podemos documentar',
  },
  indicatorsIntro: {
    en: 'The measures a public report on U.S.→Mexico gun trafficking would track, as far as public sources give them. Gaps are gaps: partial series are marked.',
    es: 'Las medidas que un informe público sobre el tráfico de armas de EE. UU. a México seguiría, hasta donde las fuentes públicas las dan. Los huecos son huecos: las series parciales están marcadas.',
  },
  partialMark: { en: 'partial or a sample', es: 'parcial o una muestra' },
  values: { en: 'Values and sources', es: 'Valores y fuentes' },
  computed: { en: 'computed', es: 'calculado' },
  conflicts: { en: 'Sources that disagree', es: 'Fuentes que no coinciden' },
  shown: { en: 'shown', es: 'mostrada' },
  notShown: { en: 'not shown', es: 'no mostrada' },
  period: { en: 'Period', es: 'Periodo' },
  periods: { en: 'Periods', es: 'Periodos' },
  periodCount: { en: '{n} periods', es: '{n} periodos' },
  // CBP seizure figures (Indicators panel).
  cbpFigures: {
    en: 'CBP figures by fiscal year and place (transcribed)',
    es: 'Cifras de la CBP por año fiscal y lugar (transcritas)',
  },
  cbpCaption: {
    en: 'As published: scopes and periods differ, nothing is added up.',
    es: 'Tal como se publicaron: alcances y periodos distintos, nada se suma.',
  },
  direction: { en: 'Direction', es: 'Dirección' },
  directionStated: { en: 'Direction (as stated)', es: 'Dirección (textual)' },
  fiscalYear: { en: 'Fiscal year', es: 'Año fiscal' },
  figure: { en: 'Figure', es: 'Cifra' },
  // Displacement chart.
  displacementTitle: {
    en: 'Internal displacement by violence',
    es: 'Desplazamiento interno por violencia',
  },
  displacementDesc: {
    en: 'New displacements by conflict and violence in Mexico, per year (IDMC). No figure for 2009 and 2012.',
    es: 'Nuevos desplazamientos por conflicto y violencia en México, por año (IDMC). Sin cifra para 2009 y 2012.',
  },
  // Areas of responsibility: the units not drawn.
  aorUnits: { en: 'Units not drawn', es: 'Unidades no dibujadas' },
  aorDrawn: { en: 'Drawn: {drawn} of {total}', es: 'Dibujadas: {drawn} de {total}' },
  aorPartly: { en: ' ({n} only in part)', es: ' ({n} solo en parte)' },
  aorUnknown: { en: 'Membership unknown, not drawn:', es: 'Membresía desconocida, no dibujadas:' },
  aorNoUnit: {
    en: 'States in no unit in our sources:',
    es: 'Estados sin unidad en nuestras fuentes:',
  },
  // Briefing controls.
  scenes: { en: 'Scenes', es: 'Escenas' },
  previousScene: { en: 'Previous scene', es: 'Escena anterior' },
  nextScene: { en: 'Next scene', es: 'Escena siguiente' },
  sceneOf: { en: 'Scene {n} of {total}', es: 'Escena {n} de {total}' },
  noDataYear: {
    en: 'No data for {year}: nothing of this layer is drawn.',
    es: 'Sin datos para {year}: no se dibuja nada de esta capa.',
  },
  sceneChanged: {
    en: 'The map no longer shows this scene: the caption and numbers are for the scene ({year}).',
    es: 'El mapa ya no muestra esta escena: el texto y las cifras son los de la escena ({year}).',
  },
  backToScene: { en: 'Back to the scene', es: 'Volver a la escena' },
  highContrast: { en: 'High contrast', es: 'Alto contraste' },
  presenterView: { en: 'Presenter view', es: 'Vista del presentador' },
  presenterShort: { en: 'Presenter', es: 'Presentador' },
  contrastShort: { en: 'Contrast', es: 'Contraste' },
  elapsed: { en: 'Time elapsed', es: 'Tiempo transcurrido' },
  resetTimer: { en: 'Reset timer', es: 'Reiniciar' },
  notesHeading: { en: 'Notes', es: 'Notas' },
  nextHeading: { en: 'Next', es: 'Siguiente' },
  lastScene: { en: 'This is the last scene.', es: 'Es la última escena.' },
  untranslated: { en: 'not yet in English', es: 'aún sin traducir' },
  briefingInvalid: {
    en: 'This briefing cannot be shown:',
    es: 'Esta presentación no se puede mostrar:',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

/** One string in both languages: how every module declares the text it owns. */
export type Text = { en: string; es: string };

/** The `lang` half of a value given in both languages (the manifest's lists of method notes). */
export const pick = <T>(lang: Lang, pair: { en: T; es: T }): T => pair[lang];

/**
 * The one lookup for every string the app shows: a UI key from the table above, or a `Text` a
 * module declares next to what it describes (layer titles, legend labels, tooltip rows).
 * `{name}` placeholders are filled from `params`.
 */
export function t(
  lang: Lang,
  what: StringKey | Text,
  params: Record<string, string | number> = {},
): string {
  const text: Text = typeof what === 'string' ? STRINGS[what] : what;
  return pick(lang, text).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** A draft's text in `lang` or, when it has none yet, in the other language (flag `missing`). */
export function orOther(lang: Lang, text: Text): { text: string; missing: boolean } {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  return pick(lang, text)
    ? { text: t(lang, text), missing: false }
    : { text: t(other, text), missing: true };
}

/** A source's short name in the reader's language ("SESNSP", "Comunicados de la CBP…"). */
export const sourceName = (lang: Lang, s: { short: string; shortEs: string }): string =>
  t(lang, { en: s.short, es: s.shortEs });
