// The layers of the explorer, in panel order. Adding a layer: one module and one line here.
import { corridors } from './corridors';
import { AOR_LAYERS } from './aors';
import { dealers } from './dealers';
import { displacementStates } from './displacement-states';
import { encounters } from './encounters';
import { guns } from './guns';
import { homicides } from './homicides';
import { penalizedDealers } from './penalized-dealers';
import { ports } from './ports';
import { recoveries } from './recoveries';
import { seizures } from './seizures';
import { traces } from './traces';
import type { Group, LayerDef } from './types';

export const LAYERS: LayerDef[] = [
  dealers,
  traces,
  penalizedDealers,
  guns,
  ports,
  seizures,
  corridors,
  encounters,
  homicides,
  displacementStates,
  recoveries,
  // Outlines last: they sit on top of every fill and point.
  ...AOR_LAYERS,
];

export const GROUPS: Group[] = ['us', 'border', 'mx', 'aor'];

export function layer(id: string): LayerDef {
  const l = LAYERS.find((x) => x.id === id);
  if (!l) throw new Error(`unknown layer ${id}`);
  return l;
}
