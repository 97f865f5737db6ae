// The words that open "who covers here" from the header and the details panel: apart from the
// panel's own text (text.ts), which loads with the panel, not with every page.
import type { Text } from '../i18n/strings';

export const ENTRY = {
  open: { en: 'Who covers here?', es: '¿Quién cubre aquí?' },
} satisfies Record<string, Text>;
