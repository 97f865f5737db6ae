// Start-up settings, each with its default and what happens on bad input.

/** Default view: the border region from the central U.S. to southern Mexico, [[w, s], [e, n]]. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [-118.5, 14.5],
  [-88, 40],
];

/**
 * Optional remote basemap style for online users: `?basemap=https://…/style.json` or the
 * VITE_BASEMAP_STYLE build variable. Only https URLs are accepted; anything else is ignored with
 * a console warning and the offline basemap is used. Default: none (offline).
 */
export function remoteStyleUrl(search: string, env: string | undefined): string | null {
  const candidate = new URLSearchParams(search).get('basemap') ?? env ?? null;
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol === 'https:') return url.href;
  } catch {
    // fall through to the warning
  }
  console.warn(
    `Southbound: ignoring basemap style "${candidate}" (not an https URL); using the offline basemap.`,
  );
  return null;
}
