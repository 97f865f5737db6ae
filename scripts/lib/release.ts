// The release a build belongs to: version and date from CITATION.cff, the one place a release is
// declared (package.json repeats the version; a test keeps them equal). A build date taken from
// the clock would make every build differ; the release date keeps builds byte-identical.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { z } from 'zod';

export const ReleaseSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().min(1),
  authors: z.string().min(1),
});
export type Release = z.infer<typeof ReleaseSchema>;

const CITATION = new URL('../../CITATION.cff', import.meta.url);

/** Reads a CITATION.cff text; fails naming the field that is missing or malformed. */
export function parseRelease(text: string, file = 'CITATION.cff'): Release {
  const cff = yaml.load(text, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
  const authors = (cff.authors as { name?: string; 'family-names'?: string }[] | undefined) ?? [];
  const parsed = ReleaseSchema.safeParse({
    version: String(cff.version ?? ''),
    date: String(cff['date-released'] ?? ''),
    title: cff.title,
    authors: authors.map((a) => a.name ?? a['family-names'] ?? '').join(', '),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: field "${issue.path.join('.')}" ${issue.message}`);
  }
  return parsed.data;
}

export const readRelease = (): Release => parseRelease(readFileSync(CITATION, 'utf8'));
