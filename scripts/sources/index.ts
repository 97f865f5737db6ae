// The registry of source modules, in build order: adding a layer means one module and one line.
import type { SourceModule } from '../lib/layer';
import { aorUnits } from './aor-units';
import { aors } from './aors';
import { basemap } from './basemap';
import { chain } from './chain';
import { corridors } from './corridors';
import { counterparts } from './counterparts';
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
import { seizureFigures } from './seizure-figures';
import { seizures } from './seizures';
import { traceFigures } from './trace-figures';
import { traces } from './traces';
import { displacementStates } from './displacement-states';

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
  chain,
  encounters,
  displacement,
  displacementStates,
  seizures,
  seizureFigures,
  traces,
  traceFigures,
  aors,
  aorUnits,
  counterparts,
  dealerPoints,
];
