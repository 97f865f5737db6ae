// A table layer, checked against the shape the pipeline declares for it (scripts/lib/tables.ts).
// Its own module, loaded on demand: no first paint needs a table, nor the validator.
import { checkTable, type Table, type TableId } from '../../scripts/lib/tables';
import { loadJson } from './load';

export async function loadTable<K extends TableId>(id: K, url: string): Promise<Table<K>> {
  return checkTable(id, await loadJson<unknown>(url));
}
