import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTable, TABLES, type TableId } from './tables';

const committed = (id: TableId) =>
  JSON.parse(readFileSync(new URL(`../../geodata/${id}.json`, import.meta.url), 'utf8')) as unknown;

describe('table shapes', () => {
  it('fit every table the pipeline wrote', () => {
    for (const id of Object.keys(TABLES) as TableId[])
      expect(() => checkTable(id, committed(id)), id).not.toThrow();
  });

  it('name the table and the field that does not fit', () => {
    const t = committed('seizure-figures') as { rows: Record<string, unknown>[] };
    const broken = { rows: [{ ...t.rows[0], value: '115' }] };
    expect(() => checkTable('seizure-figures', broken)).toThrow(
      /^table seizure-figures: rows\.0\.value: /,
    );
    expect(() => checkTable('displacement', { level: 'state', national: [], note: '' })).toThrow(
      /^table displacement: level: /,
    );
  });
});
