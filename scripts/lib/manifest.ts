import { z } from 'zod';

/** A cited source: who published it, where the official copy lives, and where our copy came from. */
export const SourceSchema = z.object({
  publisher: z.string().min(1),
  /** What the map says under a number: the publisher in a few words, in each language. */
  short: z.string().min(1).max(60),
  shortEs: z.string().min(1).max(70),
  title: z.string().min(1),
  titleEs: z.string().min(1),
  url: z.url(),
  license: z.string().min(1),
  licenseEs: z.string().min(1),
  accessed: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** Where the raw copy was taken from: repository and path, per the provenance note. */
  provenance: z.string().min(1),
  /** The README beside the raw file, which the project writes (relative to the raw folder). */
  provenanceFile: z.string().min(1),
});

export const FieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(['int', 'double', 'string', 'bool', 'date']),
  unit: z.string().optional(),
  description: z.string().min(1),
});

export const AccountingSchema = z
  .object({
    file: z.string().min(1),
    read: z.number().int().nonnegative(),
    kept: z.number().int().nonnegative(),
    /** Valid rows outside the layer's scope, counted per documented rule. */
    filtered: z.record(z.string(), z.number().int().positive()),
    rejected: z.number().int().nonnegative(),
    /** Of the rejected rows, exact copies of a counted row (nothing lost). */
    duplicates: z.number().int().nonnegative(),
    /** Cells whose mojibake was repaired on reading. */
    repaired: z.number().int().nonnegative(),
    rejectsReport: z.string().nullable(),
  })
  .refine(
    (a) => a.read === a.kept + Object.values(a.filtered).reduce((x, y) => x + y, 0) + a.rejected,
    {
      message: 'read must equal kept + filtered + rejected',
    },
  );

/** Two transcribed sources giving different figures for the same thing, and which one is shown. */
export const ConflictSchema = z.object({
  /** What the figures are of ("2022 firearms seized by SEDENA"). */
  about: z.string().min(1),
  values: z
    .array(
      z.object({
        value: z.number().nullable(),
        text: z.string(),
        source: z.string().min(1),
        url: z.string(),
        shown: z.boolean(),
      }),
    )
    .min(2),
  /** Why the shown one was chosen (the source table's own mark, or none shown). */
  note: z.string().min(1),
  noteEs: z.string().min(1),
});

/**
 * Published figures that lost source rows: rows rejected (not exact duplicates) that would have
 * counted toward them. `feature` (the layer's key value) and `year` narrow it down when the
 * rejected row said which figures it fed; null means the whole layer or every year.
 */
export const LossSchema = z.object({
  feature: z.string().nullable(),
  year: z.number().int().nullable(),
  rows: z.number().int().positive(),
  /** The raw file the rows came from, or "layer <id>" for rows an upstream layer lost. */
  source: z.string().min(1),
});

export const LayerEntrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: z.string().min(1),
  titleEs: z.string().min(1).optional(),
  file: z.string().min(1),
  format: z.enum(['flatgeobuf', 'json', 'topojson']),
  geometryType: z.enum([
    'Point',
    'LineString',
    'MultiLineString',
    'MultiPolygon',
    'table',
    'basemap',
  ]),
  featureCount: z.number().int().nonnegative(),
  fields: z.array(FieldSchema),
  /** The field that identifies a feature (what `incomplete[].feature` refers to). */
  key: z.string().nullable(),
  years: z.array(z.number().int()),
  partialYears: z.array(
    z.object({ year: z.number().int(), note: z.string().min(1), noteEs: z.string().min(1) }),
  ),
  /** True for layers whose geometry is modeled, not observed (corridors). */
  modeled: z.boolean(),
  /** Disagreeing sources for transcribed figures (empty for other layers). */
  conflicts: z.array(ConflictSchema).default([]),
  sources: z.array(SourceSchema).min(1),
  method: z.array(z.string().min(1)),
  methodEs: z.array(z.string().min(1)),
  accounting: z.array(AccountingSchema),
  /** Figures that lost source rows; empty when every row counted. */
  incomplete: z.array(LossSchema),
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const ManifestSchema = z.object({
  name: z.literal('southbound'),
  version: z.literal(1),
  /** The release these layers belong to (CITATION.cff): what a citation of the data names. */
  release: z.object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().min(1),
    authors: z.string().min(1),
  }),
  layers: z.array(LayerEntrySchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type LayerEntry = z.infer<typeof LayerEntrySchema>;
export type Loss = z.infer<typeof LossSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
