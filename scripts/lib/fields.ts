/** One attribute of a built layer, as declared by its source module and written to the manifest. */
export interface FieldSpec {
  name: string;
  /** `date`: an ISO 8601 day (YYYY-MM-DD), written as a date-time column GIS tools read as a date. */
  type: 'int' | 'double' | 'string' | 'bool' | 'date';
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

/** A string attribute, the most common kind of field. */
export function stringField(name: string, description: string): FieldSpec {
  return { name, type: 'string', description };
}

/** The distinct years a numeric property takes across features, ascending (nulls left out). */
export function distinctYears(
  features: { properties: Record<string, unknown> }[],
  field: string,
): number[] {
  const ys = new Set<number>();
  for (const f of features) {
    const y = f.properties[field];
    if (typeof y === 'number') ys.add(y);
  }
  return [...ys].sort((a, b) => a - b);
}

/** Inclusive integer range, for year lists. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
