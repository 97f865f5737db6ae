// The layers of the explorer, in panel order. Adding a layer: one module and one line here.
import { corridors } from './corridors';
import { dealers } from './dealers';
import { encounters } from './encounters';
import { guns } from './guns';
import { homicides } from './homicides';
import { penalizedDealers } from './penalized-dealers';
import { ports } from './ports';
import { recoveries } from './recoveries';
import type { Group, LayerDef } from './types';

export const LAYERS: LayerDef[] = [
  dealers,
  penalizedDealers,
  guns,
  ports,
  corridors,
  encounters,
  homicides,
  recoveries,
];

export const GROUPS: Group[] = ['us', 'border', 'mx'];

export function layer(id: string): LayerDef {
  const l = LAYERS.find((x) => x.id === id);
  if (!l) throw new Error(`unknown layer ${id}`);
  return l;
}
