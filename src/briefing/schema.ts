// What a briefing file must look like, checked when it is loaded and in the tests: an unknown
// layer, a year without data or a missing translation is reported with where it is.
import { z } from 'zod';
import type { Manifest } from '../data/manifest';
import { INDICATOR_IDS } from '../indicators/ids';
import { parseNode } from '../chain/node';
import type { Formula } from './formulas';

/**
 * Text in both languages. A draft may lack one (a presenter writes English first): that is a
 * warning, and the stage shows the other language with a flag, never a blank.
 */
const Text = z
  .object(
    { en: z.string().trim().default(''), es: z.string().trim().default('') },
    { error: 'needs "en" and "es" text' },
  )
  .refine((t) => t.en !== '' || t.es !== '', { error: 'needs text in English or Spanish' });
const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-85).max(85);
const WhereValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])),
]);
const Where = z.record(z.string(), WhereValue).optional();

const FormulaSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('sum'),
    layer: z.string(),
    field: z.string(),
    year: z.number().int().optional(),
    where: Where,
  }),
  z.object({ op: z.literal('count'), layer: z.string(), where: Where }),
  z.object({
    op: z.literal('change'),
    layer: z.string(),
    field: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    where: Where,
  }),
  z.object({
    op: z.literal('share'),
    layer: z.string(),
    part: z.string(),
    whole: z.string(),
    year: z.number().int().optional(),
    where: Where,
  }),
]);

const SceneSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: Text,
  caption: Text,
  view: z.object({ lon: Lon, lat: Lat, zoom: z.number().min(1.5).max(12) }),
  /**
   * The area to frame, west, south, east, north: when given it wins over `view`, so a scene
   * frames the same area on any screen.
   */
  bounds: z.tuple([Lon, Lat, Lon, Lat]).optional(),
  year: z.number().int(),
  layers: z.array(z.string()),
  metrics: z.record(z.string(), z.string()).default({}),
  highlight: z.object({ layer: z.string(), key: z.string() }).optional(),
  callouts: z.array(z.object({ label: Text, formula: FormulaSchema })).default([]),
  /**
   * Indicator charts shown on the stage in place of the map, two at most so their text stays
   * legible in the room (src/indicators/indicators.ts names them).
   */
  indicators: z.array(z.enum(INDICATOR_IDS)).min(1).max(2).optional(),
  /**
   * Follow the guns on the stage: a chain node as in the link (`mx-state:14`, `dealer:…`), or
   * `top` for the points of diversion. The stage narrates it and the map lights its chain.
   */
  chain: z
    .string()
    .refine((v) => v === 'top' || parseNode(v) !== null, {
      error: 'is not a chain node ("<kind>:<key>", e.g. "mx-state:14") or "top"',
    })
    .optional(),
  /** Who covers here on the stage: the point (lon, lat) whose agencies' units are listed. */
  cover: z.tuple([Lon, Lat]).optional(),
  /** The presenter's notes, shown only in the presenter view. */
  notes: z.string().max(5000).default(''),
});

export const BriefingSchema = z.object({
  title: Text,
  scenes: z.array(SceneSchema).min(1).max(20),
});

export type Briefing = z.infer<typeof BriefingSchema>;
export type Scene = z.infer<typeof SceneSchema>;

export interface Known {
  manifest: Manifest;
  /** Layer id → metric ids the explorer offers. */
  metrics: Record<string, string[]>;
}

/**
 * Validates a briefing against the schema and the data: every layer exists, every metric is one
 * of the layer's, every scene's year has data in each of its yearly layers, every formula names
 * a layer in the manifest. Returns the briefing or the list of problems, each with its path.
 */
export type Checked = { briefing: Briefing; warnings: string[] } | { errors: string[] };

export function validateBriefing(input: unknown, known: Known): Checked {
  const parsed = BriefingSchema.safeParse(input);
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  const errors: string[] = [];
  const years = new Map(known.manifest.layers.map((l) => [l.id, l.years]));
  parsed.data.scenes.forEach((s, n) => {
    const at = `scenes.${n} (${s.id})`;
    for (const id of s.layers) {
      if (!(id in known.metrics)) errors.push(`${at}.layers: unknown layer "${id}"`);
      else {
        const ys = years.get(id) ?? [];
        if (ys.length > 0 && !ys.includes(s.year))
          errors.push(`${at}.year: ${s.year} has no data in layer "${id}" (${ys[0]}–${ys.at(-1)})`);
      }
    }
    for (const [id, m] of Object.entries(s.metrics)) {
      if (!known.metrics[id]?.includes(m))
        errors.push(`${at}.metrics.${id}: "${m}" is not a metric of that layer`);
    }
    // One panel beside the map at a time, as in the explorer.
    if (s.chain && s.cover)
      errors.push(`${at}: a scene follows the guns or asks who covers, not both`);
    if ((s.chain || s.cover) && s.indicators)
      errors.push(
        `${at}: charts take the map's place, so a scene with indicators has no chain or cover`,
      );
    if (s.highlight && !s.layers.includes(s.highlight.layer))
      errors.push(`${at}.highlight: layer "${s.highlight.layer}" is not shown in the scene`);
    s.callouts.forEach((c, k) => {
      const f: Formula = c.formula;
      if (!years.has(f.layer))
        errors.push(`${at}.callouts.${k}.formula.layer: unknown layer "${f.layer}"`);
    });
  });
  return errors.length
    ? { errors }
    : { briefing: parsed.data, warnings: missingTexts(parsed.data) };
}

const LANGS = { en: 'English', es: 'Spanish' } as const;

/** Where a translation is missing: "scenes.3 (ports).caption: no Spanish text yet". */
export function missingTexts(b: Briefing): string[] {
  const out: string[] = [];
  const check = (at: string, t: { en: string; es: string }) => {
    for (const [lang, name] of Object.entries(LANGS))
      if (!t[lang as keyof typeof LANGS]) out.push(`${at}: no ${name} text yet`);
  };
  check('title', b.title);
  b.scenes.forEach((s, n) => {
    const at = `scenes.${n} (${s.id})`;
    check(`${at}.title`, s.title);
    check(`${at}.caption`, s.caption);
    s.callouts.forEach((c, k) => check(`${at}.callouts.${k}.label`, c.label));
  });
  return out;
}
