// The shapes of the table layers the pipeline writes as JSON, declared once: the pipeline
// validates what it writes against them and the app validates what it loads, so a change on
// one side that the other does not know fails loudly, by field. zod/mini keeps the app's
// chunk small.
import * as z from 'zod/mini';

/** Where a transcribed figure was printed, carried with it to the UI. */
export const Cited = z.object({
  publisher: z.string(),
  url: z.string(),
  date: z.string(),
  locator: z.string(),
  /** The figure's words as printed ("more than 99,000 firearms"). */
  text: z.string(),
  note: z.string(),
});

const year = z.nullable(z.number());

export const SeizureFigure = z.object({
  fiscal_year: z.string(),
  /** Years the label covers (fiscal years), or null when it has none. */
  from: year,
  to: year,
  period: z.string(),
  place: z.string(),
  place_level: z.string(),
  /** The direction as stated, and the class it belongs to. */
  direction: z.string(),
  direction_class: z.enum(['outbound', 'inbound', 'unspecified', 'all directions', 'neither']),
  measure: z.string(),
  value: z.number(),
  unit: z.string(),
  cite: Cited,
});

export const TraceFigure = z.object({
  period: z.string(),
  from: year,
  to: year,
  source_place: z.string(),
  recovery_place: z.string(),
  place_level: z.string(),
  measure: z.string(),
  /** Null only for figures the source gives in words alone ("four in ten"). */
  value: z.nullable(z.number()),
  unit: z.string(),
  original_data_source: z.string(),
  cite: Cited,
});

const Figure = z.object({ value: z.number(), measure: z.string(), cite: Cited });

export const TracedPeriod = z.object({
  period: z.string(),
  from: year,
  to: year,
  total: z.nullable(Figure),
  us: z.nullable(Figure),
  /** Stated by the source, or computed by us from two figures of the same page. */
  share: z.nullable(z.extend(Figure, { computed: z.boolean() })),
});

export const SedenaFigure = z.object({
  year: z.number(),
  period: z.string(),
  measure: z.string(),
  value: z.number(),
  unit: z.string(),
  cite: Cited,
});

export const NationalDisplacement = z.object({
  year: z.number(),
  new_displacements: z.nullable(z.number()),
  new_displacements_raw: z.nullable(z.number()),
  stock: z.nullable(z.number()),
  stock_raw: z.nullable(z.number()),
});

export const UnitEntry = z.object({
  unit: z.string(),
  unit_code: z.string(),
  hq_city: z.string(),
  hq_state: z.string(),
  status: z.enum(['drawn', 'partly drawn', 'unknown']),
  coverage_classes: z.array(z.enum(['whole', 'part', 'ports'])),
  members: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      coverage: z.string(),
      basis: z.string(),
      basis_strength: z.enum(['official', 'news', 'weak']),
      as_of: z.string(),
      source_url: z.string(),
      source_locator: z.string(),
    }),
  ),
  stated_extent: z.string(),
  notes: z.string(),
});

/**
 * The follow-the-guns chain: court-case firearms grouped by the path they share (purchase place,
 * dealer, modeled port, recovery place, class, case, years), each link with its basis.
 */
export const ChainPath = z.object({
  firearms: z.number(),
  /** Lines of these firearms in the raw file. */
  rows: z.array(z.number()),
  case: z.nullable(z.string()),
  weapon_class: z.string(),
  calibre_group: z.string(),
  purchase_year: year,
  recovery_year: year,
  /** USPS code; null when the filing gives no single U.S. state. */
  purchase_state: z.nullable(z.string()),
  purchase_city: z.nullable(z.string()),
  /** FIPS of the county holding the purchase city's centre (a located city, not an address). */
  purchase_county: z.nullable(z.string()),
  purchase_basis: z.enum(['filing', 'unknown']),
  /** Dealer id (see `dealers`), null when the filing names none. */
  dealer: z.nullable(z.string()),
  /** Nearest land port to the purchase place: a model, never a record. */
  port: z.nullable(z.string()),
  port_basis: z.enum(['modeled', 'unknown']),
  recovery_state: z.nullable(z.string()),
  recovery_municipio: z.nullable(z.string()),
  recovery_basis: z.enum(['filing', 'unplaced', 'unknown']),
});

export const ChainDealer = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.nullable(z.string()),
  /** A licensed dealer, a gun show (licensed or private sellers: not said) or a private sale. */
  seller: z.enum(['dealer', 'gun-show', 'private']),
  /** The same licensee as other filings write it (a city's typo: "Phar" for Pharr). */
  also: z.array(z.object({ name: z.string(), address: z.string(), city: z.string() })),
  /** Other dealers the filings write at the same street address (said, never merged). */
  same_address: z.array(z.string()),
  firearms: z.number(),
  cases: z.number(),
  match: z.nullable(
    z.object({
      confidence: z.enum(['licence', 'name+address', 'name+city']),
      evidence: z.string(),
      inspections: z.array(
        z.object({
          inspection_id: z.string(),
          ffl_number: z.string(),
          complete_date: z.nullable(z.string()),
          disposition: z.string(),
          disposition_class: z.string(),
          violations: z.string(),
          citation_count: z.nullable(z.number()),
        }),
      ),
    }),
  ),
});

/** Every table layer by manifest id. */
export const TABLES = {
  'seizure-figures': z.object({ rows: z.array(SeizureFigure) }),
  'trace-figures': z.object({
    traced: z.array(TracedPeriod),
    rows: z.array(TraceFigure),
    sedena: z.array(SedenaFigure),
  }),
  displacement: z.object({
    level: z.literal('national'),
    national: z.array(NationalDisplacement),
    note: z.string(),
  }),
  chain: z.object({
    totals: z.object({ firearms: z.number(), cases: z.number() }),
    paths: z.array(ChainPath),
    dealers: z.array(ChainDealer),
    cases: z.array(
      z.object({ name: z.string(), firearms: z.number(), document: z.nullable(z.string()) }),
    ),
    /** Display names of every place code the paths use ("us-county:48201" → "Harris County, TX"). */
    names: z.record(z.string(), z.string()),
    /** Where nodes are drawn: "us-city:TX:Houston", "us-state:TX", "port:2304", "mx-mun:14039". */
    points: z.record(z.string(), z.tuple([z.number(), z.number()])),
    /** Recovery places as written that could not be placed, with their firearms and why. */
    unplaced: z.array(z.object({ text: z.string(), firearms: z.number(), reason: z.string() })),
  }),
  counterparts: z.object({
    border_km: z.number(),
    pairs: z.array(
      z.object({
        us_agency: z.string(),
        us_unit: z.string(),
        us_coverage: z.string(),
        mx_agency: z.string(),
        mx_unit: z.string(),
        mx_coverage: z.string(),
        border_km: z.number(),
        ports: z.array(z.string()),
      }),
    ),
    gaps: z.array(z.object({ agency: z.string(), km: z.number() })),
    unplaced: z.array(z.object({ agency: z.string(), unit: z.string() })),
  }),
  'aor-units': z.object({
    agencies: z.array(z.object({ id: z.string(), name: z.string(), units: z.array(UnitEntry) })),
    /** Mexican states no row of the agency names. */
    not_in_any: z.object({ sedena: z.array(z.string()), gn: z.array(z.string()) }),
  }),
};

export type TableId = keyof typeof TABLES;
export type Table<K extends TableId> = z.infer<(typeof TABLES)[K]>;
export type CitedFigure = z.infer<typeof Cited>;
export type SeizureFigureRow = z.infer<typeof SeizureFigure>;
export type TraceFigureRow = z.infer<typeof TraceFigure>;
export type TracedPeriodRow = z.infer<typeof TracedPeriod>;
export type UnitEntryRow = z.infer<typeof UnitEntry>;
export type ChainPathRow = z.infer<typeof ChainPath>;
export type ChainDealerRow = z.infer<typeof ChainDealer>;
export type NationalDisplacementRow = z.infer<typeof NationalDisplacement>;

export const isTableId = (id: string): id is TableId => Object.hasOwn(TABLES, id);

/**
 * Checks a table against its declared shape; throws naming the table and the first field that
 * does not fit.
 */
export function checkTable<K extends TableId>(id: K, data: unknown): Table<K> {
  const r = z.safeParse(TABLES[id], data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`table ${id}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data as Table<K>;
}
