// The weapon classes of the court-case firearms, as the map draws them (Okabe–Ito colours) and
// the filter offers them: one list and one mapping for the layer, its legend and the filter.
import { OKABE_ITO, type RGB } from '../lib/colors';
import type { Text } from '../i18n/strings';

export const CLASSES: { id: string; label: Text; color: RGB }[] = [
  {
    id: 'sniper-50',
    label: { en: '.50 calibre / sniper rifle', es: 'Fusil calibre .50 / de francotirador' },
    color: OKABE_ITO.vermillion,
  },
  { id: 'machine-gun', label: { en: 'Machine gun', es: 'Ametralladora' }, color: OKABE_ITO.black },
  { id: 'rifle', label: { en: 'Rifle', es: 'Rifle' }, color: OKABE_ITO.orange },
  { id: 'pistol', label: { en: 'Pistol', es: 'Pistola' }, color: OKABE_ITO.blue },
  { id: 'revolver', label: { en: 'Revolver', es: 'Revólver' }, color: OKABE_ITO.skyBlue },
  { id: 'shotgun', label: { en: 'Shotgun', es: 'Escopeta' }, color: OKABE_ITO.green },
  {
    id: 'part',
    label: { en: 'Receiver or part', es: 'Receptor o pieza' },
    color: OKABE_ITO.purple,
  },
  {
    id: 'other',
    label: { en: 'Other / unknown', es: 'Otro / desconocido' },
    color: OKABE_ITO.grey,
  },
];
const byId = new Map(CLASSES.map((c) => [c.id, c]));
/** The class a weapon_class value is drawn, listed and filtered as ("unknown" and anything
 * unlisted are "Other / unknown"). */
export const classOf = (id: unknown) => byId.get(String(id)) ?? CLASSES.at(-1)!;
