// Strict readers for raw cell values: each returns null when the cell is not what it claims, and
// the caller rejects the row naming the field. Nothing is coerced silently.

/** A non-negative whole count; accepts "16" and "16.0" (pandas writes counts as floats). */
export function count(v: string | undefined): number | null {
  const t = (v ?? '').trim().replace(/,/g, '');
  if (!/^\d+(\.0+)?$/.test(t)) return null;
  return Number(t);
}

/** Any finite decimal number. */
export function num(v: string | undefined): number | null {
  const t = (v ?? '').trim();
  if (t === '' || t.toUpperCase() === 'NA') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A four-digit year within [min, max]. */
export function year(v: string | undefined, min: number, max: number): number | null {
  const t = (v ?? '').trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= min && y <= max ? y : null;
}
