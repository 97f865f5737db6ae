// The words that open "follow the guns" from the header and the details panel: apart from the
// panel's own text (text.ts), which loads with the panel, not with every page.
import type { Text } from '../i18n/strings';

export const ENTRY = {
  open: { en: 'Follow the guns', es: 'Siga las armas' },
  fromHere: { en: 'Follow the guns from here', es: 'Seguir las armas desde aquí' },
  followCase: { en: 'Follow a case', es: 'Seguir un caso' },
} satisfies Record<string, Text>;
