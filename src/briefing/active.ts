// Which briefing is shown, for the stage and the presenter's window alike: one from a link or
// the editor, else the bundled one; while a link's briefing is being read, none (rather than the
// wrong briefing's first scene); if it cannot be read, why.
import type { AppState } from '../state/app.svelte';
import { DEFAULT_BRIEFING } from './check';
import type { Briefing } from './schema';

export interface Active {
  briefing: Briefing | null;
  pending: boolean;
  errors: string[];
}

export function activeBriefing(
  a: Pick<AppState, 'briefing' | 'briefingParam' | 'briefingErrors'>,
  fallback = DEFAULT_BRIEFING,
): Active {
  if (a.briefingErrors.length) return { briefing: null, pending: false, errors: a.briefingErrors };
  if (a.briefing) return { briefing: a.briefing, pending: false, errors: [] };
  if (a.briefingParam !== null) return { briefing: null, pending: true, errors: [] };
  return 'errors' in fallback
    ? { briefing: null, pending: false, errors: fallback.errors }
    : { briefing: fallback.briefing, pending: false, errors: [] };
}
