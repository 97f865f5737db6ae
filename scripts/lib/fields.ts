/** One attribute of a built layer, as declared by its source module and written to the manifest. */
export interface FieldSpec {
  name: string;
  type: 'int' | 'double' | 'string' | 'bool';
  /** Unit of a numeric field ("victims", "per 100,000 people", "dealers per 100 sq mi"). */
  unit?: string;
  description: string;
}

/** Declares `<metric>_<YYYY>` fields for each year, the naming the app relies on. */
export function yearlyFields(
  metric: string,
  years: readonly number[],
  spec: Omit<FieldSpec, 'name' | 'description'> & { description: (year: number) => string },
): FieldSpec[] {
  return years.map((y) => ({
    name: `${metric}_${y}`,
    type: spec.type,
    unit: spec.unit,
    description: spec.description(y),
  }));
}

/** Inclusive integer range, for year lists. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
