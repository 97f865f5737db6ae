// The search box's choices: every node some firearm passes through, named with its kind
// ("Jalisco — Mexican state (recovery)"), the most firearms first. Pure.
import { t } from '../i18n/strings';
import type { Lang } from '../lib/format';
import { CHAIN_KINDS, nodeName, type ChainNode, type ChainTable } from './node';
import { countBy } from './summary';
import { KIND } from './text';

export interface NodeOption {
  node: ChainNode;
  label: string;
  firearms: number;
}

export function nodeOptions(table: ChainTable, lang: Lang): NodeOption[] {
  return CHAIN_KINDS.flatMap((kind) =>
    countBy(table.paths, kind).counts.map((c) => {
      const node = { kind, key: c.key };
      return {
        node,
        label: `${nodeName(table, node)} — ${t(lang, KIND[kind])}`,
        firearms: c.firearms,
      };
    }),
  ).sort((a, b) => b.firearms - a.firearms || a.label.localeCompare(b.label));
}

/** The option a typed text names: exactly a label, else the one label that starts with it. */
export function findOption(options: readonly NodeOption[], text: string): NodeOption | null {
  const q = text.trim().toLowerCase();
  if (!q) return null;
  const exact = options.find((o) => o.label.toLowerCase() === q);
  if (exact) return exact;
  const starts = options.filter((o) => o.label.toLowerCase().startsWith(q));
  return starts.length === 1 ? starts[0]! : null;
}
