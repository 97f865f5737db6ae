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
  fallback: { en: 'Fallback image', es: 'Imagen de respaldo' },
  fallbackHelp: {
    en: 'For readers without JavaScript, AMP pages, newsletters and print: download the picture (your texts, the legends, the sources), put it online, and give its address to add it to the code.',
    es: 'Para lectores sin JavaScript, páginas AMP, boletines e impresión: descargue la imagen (sus textos, las leyendas, las fuentes), súbala y escriba su dirección para añadirla al código.',
  },
  scale: { en: 'Resolution', es: 'Resolución' },
  download: { en: 'Download fallback image', es: 'Descargar imagen de respaldo' },
  fallbackUrl: {
    en: 'Address of the image once online (https://…)',
    es: 'Dirección de la imagen ya publicada (https://…)',
  },
} satisfies Record<string, Text>;
