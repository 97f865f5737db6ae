// Permalinks and the iframe snippet for the share dialog.

/** The page's URL without its hash: the base that links and embeds point at. */
export function pageBase(href: string): string {
  const u = new URL(href);
  u.hash = '';
  return u.href;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe (with the optional resize script) for the current state in embed mode. */
export function embedSnippet(base: string, hash: string, title: string): string {
  const src = `${base}${hash}`;
  const script = new URL('embed.js', base).href;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="620" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>\n` +
    `<script src="${escapeAttr(script)}" async></script>`
  );
}
