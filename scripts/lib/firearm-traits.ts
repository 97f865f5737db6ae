// The traits the firearms filter uses, read from one raw court-case row the same way for every
// layer that counts firearms (guns, recoveries, corridors), so a filter means one thing on all.
import { calibreGroup } from './calibre';
import type { Traits } from './composition';
import { weaponClass, type FirearmColumn } from './court-cases';

export function firearmTraits(v: Record<FirearmColumn, string>): Traits {
  return {
    weapon_class: weaponClass(v.Type, v.subType, v.Caliber, v['PRIO Type']),
    calibre_group: calibreGroup(v.Caliber),
    case: v['Reference case'].trim() || null,
  };
}
