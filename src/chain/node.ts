// A node of the follow-the-guns chain: the place, dealer, port or case a reader follows the
// court-case firearms from. Pure: which paths pass through a node, its name, its link form.
import type { ChainPathRow, Table } from '../../scripts/lib/tables';

export const CHAIN_KINDS = [
  'mx-state',
  'mx-mun',
  'us-state',
  'us-county',
  'us-city',
  'dealer',
  'port',
  'case',
] as const;
export type ChainKind = (typeof CHAIN_KINDS)[number];

export interface ChainNode {
  kind: ChainKind;
  /** "14" (INEGI), "14039", "TX" (USPS), "48201" (FIPS), "TX:Houston", a dealer id, a port code, a case name. */
  key: string;
}

export type ChainTable = Table<'chain'>;

/** The key a path has at a node kind (null where the link is unknown). */
export function keyAt(p: ChainPathRow, kind: ChainKind): string | null {
  switch (kind) {
    case 'mx-state':
      return p.recovery_state;
    case 'mx-mun':
      return p.recovery_municipio;
    case 'us-state':
      return p.purchase_state;
    case 'us-county':
      return p.purchase_county;
    case 'us-city':
      return p.purchase_city && p.purchase_state ? `${p.purchase_state}:${p.purchase_city}` : null;
    case 'dealer':
      return p.dealer;
    case 'port':
      return p.port;
    case 'case':
      return p.case;
  }
}

export const through = (paths: readonly ChainPathRow[], n: ChainNode) =>
  paths.filter((p) => keyAt(p, n.kind) === n.key);

/** The node's display name from the table ("Jalisco", "Harris County, TX", "Nogales"). */
export function nodeName(table: ChainTable, n: ChainNode): string {
  if (n.kind === 'dealer') {
    const d = table.dealers.find((x) => x.id === n.key);
    return d ? `${d.name} (${d.city}${d.state ? `, ${d.state}` : ''})` : n.key;
  }
  if (n.kind === 'us-city') return n.key.replace(/^(\w\w):(.*)$/, '$2, $1');
  if (n.kind === 'case') return n.key;
  return table.names[`${n.kind}:${n.key}`] ?? n.key;
}

/** Whether any firearm passes through the node (a link to a node with none is ignored). */
export const exists = (table: ChainTable, n: ChainNode) =>
  table.paths.some((p) => keyAt(p, n.kind) === n.key);

/** `chain=<kind>:<key>` in the URL: the key is everything after the first colon. */
export function parseNode(value: string): ChainNode | null {
  const i = value.indexOf(':');
  const kind = value.slice(0, i) as ChainKind;
  const key = value.slice(i + 1);
  if (i < 1 || !CHAIN_KINDS.includes(kind)) return null;
  if (key.length === 0 || key.length > 160 || /[<>]|\p{Cc}/u.test(key)) return null;
  return { kind, key };
}

export const nodeParam = (n: ChainNode) => `${n.kind}:${n.key}`;
