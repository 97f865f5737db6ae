// Briefings checked against this build's data: the bundled default, and any a presenter brings
// (from the editor, a file or a link), through the same schema and the same rules.
import { MANIFEST } from '../data/manifest';
import { LAYERS } from '../layers/registry';
import file from './default.json';
import { type Checked, validateBriefing, type Known } from './schema';

export const KNOWN: Known = {
  manifest: MANIFEST,
  metrics: Object.fromEntries(LAYERS.map((l) => [l.id, l.metrics.map((m) => m.id)])),
};

export const checkBriefing = (input: unknown): Checked => validateBriefing(input, KNOWN);

/** The bundled briefing, as checked (a broken file shows its errors instead of scenes). */
export const DEFAULT_BRIEFING = checkBriefing(file);
