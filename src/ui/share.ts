// Permalinks and the iframe snippet for the share dialog.

/** The page's URL without its hash: the base that links and embeds point at. */
export function pageBase(href: string): string {
  const u = new URL(href);
  u.hash = '';
  return u.href;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The iframe (with the optional resize script) for the current state in embed mode; with a
 * fallback image (the PNG the editor downloaded and put online), a `<noscript>` picture for
 * readers without JavaScript, newsletters and print.
 */
export function embedSnippet(
  base: string,
  hash: string,
  title: string,
  fallback?: { src: string; alt: string },
): string {
  const src = `${base}${hash}`;
  const script = new URL('embed.js', base).href;
  const img = fallback && /^https?:\/\//.test(fallback.src) ? fallback : null;
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="620" ` +
    `style="border:0;max-width:100%" loading="lazy" allow="fullscreen"></iframe>\n` +
    (img
      ? `<noscript><img src="${escapeAttr(img.src)}" alt="${escapeAttr(img.alt)}" style="width:100%;height:auto"></noscript>\n`
      : '') +
    `<script src="${escapeAttr(script)}" async></script>`
  );
}
