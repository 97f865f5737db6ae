// The words of the share dialog's embed editor.
import type { Text } from '../i18n/strings';
import type { Control, TextField, Theme } from './editorial';

export const FIELD: Record<TextField, Text> = {
  title: { en: 'Headline', es: 'Titular' },
  desc: { en: 'Description', es: 'Descripción' },
  notes: { en: 'Notes (below the map)', es: 'Notas (bajo el mapa)' },
  byline: { en: 'Byline', es: 'Firma' },
  credit: { en: 'Source / credit line', es: 'Línea de fuente / crédito' },
};

export const THEME: Record<Theme, Text> = {
  light: { en: 'Light', es: 'Claro' },
  dark: { en: 'Dark', es: 'Oscuro' },
  auto: { en: "Follow the reader's setting", es: 'Según el ajuste del lector' },
};

export const CONTROL: Record<Control, Text> = {
  year: { en: 'Year slider', es: 'Control de año' },
  layers: { en: 'Layer toggles', es: 'Capas activables' },
  legend: { en: 'Legend', es: 'Leyenda' },
};

export const TEXT = {
  editor: { en: 'Make it your own', es: 'Adáptelo a su medio' },
  editorHelp: {
    en: 'Plain text only: what you type is shown as written, never as HTML. The embed frames the area now on the map at any width.',
    es: 'Solo texto: lo que escriba se muestra tal cual, nunca como HTML. La inserción encuadra el área que ahora muestra el mapa, a cualquier ancho.',
  },
  language: { en: 'Language of the embed', es: 'Idioma de la inserción' },
  theme: { en: 'Theme', es: 'Tema' },
  controls: { en: 'Controls the reader gets', es: 'Controles para el lector' },
  preview: { en: 'Preview', es: 'Vista previa' },
  previewWidth: { en: 'Preview width', es: 'Ancho de la vista previa' },
  left: { en: '{n} characters left', es: 'quedan {n} caracteres' },
} satisfies Record<string, Text>;
