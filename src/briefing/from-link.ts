// Opens the briefing a link carries (`b=`): decoded, then checked like any other. Loaded only
// when a link has one, so the map's first load does not carry the checker.
import { checkBriefing } from './check';
import { decodeBriefing } from './link';
import type { Checked } from './schema';

export async function briefingFromLink(param: string): Promise<Checked> {
  try {
    return checkBriefing(await decodeBriefing(param));
  } catch (e) {
    return { errors: [(e as Error).message] };
  }
}
