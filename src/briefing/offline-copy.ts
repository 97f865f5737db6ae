// "Download offline copy": the single-file app (`npm run build:offline`, built beside the app as
// offline/southbound.html) with the presenter's briefing inside, opening on its first scene.
import { encodeBriefing } from './link';
import type { Briefing } from './schema';

/** The offline file's HTML, set to open on the briefing `param` when opened without a link. */
export function withBriefing(html: string, param: string): string {
  // The document's own <head> is the first one, before any script (the inlined code may hold
  // the string "<head>" too).
  const head = /<head[^>]*>/i.exec(html);
  const script = html.search(/<script/i);
  if (!head || (script !== -1 && script < head.index))
    throw new Error('the offline file has no <head> before its scripts to put the briefing in');
  // A classic script runs before the app's module script, which reads the hash when it starts.
  const opener = `<script>if(!location.hash)history.replaceState(null,'','#mode=briefing&scene=1&b=${param}')</script>`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}${opener}${html.slice(at)}`;
}

export async function offlineCopy(b: Briefing): Promise<Blob> {
  const res = await fetch(new URL('offline/southbound.html', document.baseURI));
  if (!res.ok) throw new Error(`offline/southbound.html: HTTP ${res.status}`);
  return new Blob([withBriefing(await res.text(), await encodeBriefing(b))], {
    type: 'text/html',
  });
}
