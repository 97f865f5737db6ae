// The registry of source modules, in build order: adding a layer means one module and one line.
import type { SourceModule } from '../lib/layer';
import { basemap } from './basemap';
import { dealers } from './dealers';
import { homicides } from './homicides';
import { mxStates } from './mx-states';

export const SOURCES: SourceModule[] = [mxStates, basemap, homicides, dealers];
