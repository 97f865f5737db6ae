// The registry of source modules, in build order: adding a layer means one module and one line.
import type { SourceModule } from '../lib/layer';
import { basemap } from './basemap';
import { corridors } from './corridors';
import { dealerPoints } from './dealer-points';
import { dealers } from './dealers';
import { displacement } from './displacement';
import { encounters } from './encounters';
import { guns } from './guns';
import { homicides } from './homicides';
import { mxStates } from './mx-states';
import { penalizedDealers } from './penalized-dealers';
import { ports } from './ports';
import { recoveries } from './recoveries';

export const SOURCES: SourceModule[] = [
  mxStates,
  basemap,
  homicides,
  dealers,
  penalizedDealers,
  ports,
  guns,
  recoveries,
  corridors,
  encounters,
  displacement,
  dealerPoints,
];
