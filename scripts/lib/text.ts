// Text hygiene for raw cells: known mojibake repaired, control characters found. Every string a
// source module reads goes through `cleanCell`, and the runner checks every string it writes with
// `controlChar`, so no output holds a control character or a double-encoded accent.
import iconv from 'iconv-lite';

/** C0 controls other than tab/CR/LF, DEL, and the C1 range (which no real text uses). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** UTF-8 read as Latin-1/Windows-1252: "Ã±" for "ñ", "Ã©" for "é", "â€™" for "’". */
const DOUBLE_ENCODED =
  /[ÂÃâ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/;
/** Cheap test of a whole chunk before checking its cells one by one. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const MAYBE_DIRTY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009FÂÃâ]/;

/** The first control character in `s` (as U+XXXX), or null. */
export function controlChar(s: string): string | null {
  const m = CONTROL.exec(s);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/**
 * Repairs the two kinds of mojibake found in public files, and nothing else:
 * - text that was UTF-8, decoded as Latin-1 or Windows-1252 and saved again ("DoÃ±a Ana" →
 *   "Doña Ana"): re-encoded and decoded as UTF-8, kept only if that is valid UTF-8;
 * - Windows-1252 punctuation decoded as Latin-1, which leaves C1 control characters (U+0092 for
 *   the apostrophe ’): mapped to the Windows-1252 characters.
 * Returns the input itself when there is nothing to repair.
 */
export function repairMojibake(s: string): string {
  let out = s;
  if (DOUBLE_ENCODED.test(out)) {
    const bytes = iconv.encode(out, 'win1252');
    // Characters outside Windows-1252 become "?" in encode: then it was not double-encoded.
    if (bytes.filter((b) => b === 0x3f).length === out.split('?').length - 1) {
      try {
        const again = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        if (again.length < out.length) out = again;
      } catch {
        // Not valid UTF-8 once re-encoded: the accents were real, leave them.
      }
    }
  }
  if (/[\u0080-\u009F]/.test(out))
    out = out.replace(/[\u0080-\u009F]/g, (c) => {
      const mapped = iconv.decode(Buffer.from([c.charCodeAt(0)]), 'win1252');
      // Five bytes are undefined in Windows-1252; those stay and are reported as controls.
      return mapped === '\uFFFD' || /[\u0080-\u009F]/.test(mapped) ? c : mapped;
    });
  return out;
}
