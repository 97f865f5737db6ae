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
  annotations: { en: 'Annotations on the map', es: 'Anotaciones en el mapa' },
  annotationAt: { en: 'Annotation {n} at {lon}, {lat}', es: 'Anotación {n} en {lon}, {lat}' },
  annotationEn: { en: 'Text in English', es: 'Texto en inglés' },
  annotationEs: { en: 'Text in Spanish', es: 'Texto en español' },
  annotationSpot: { en: 'Label', es: 'Etiqueta' },
  spot_above: { en: 'above the place', es: 'sobre el lugar' },
  spot_below: { en: 'below the place', es: 'bajo el lugar' },
  spot_left: { en: 'left of the place', es: 'a la izquierda del lugar' },
  spot_right: { en: 'right of the place', es: 'a la derecha del lugar' },
  spot_on: { en: 'on the place', es: 'en el lugar' },
  remove: { en: 'Remove', es: 'Quitar' },
  addAnnotation: {
    en: 'Add an annotation: click the map',
    es: 'Añadir una anotación: haga clic en el mapa',
  },
  placing: {
    en: 'Click the place the annotation points to (Esc cancels).',
    es: 'Haga clic en el lugar al que apunta la anotación (Esc cancela).',
  },
  hidden: {
    en: '{n} annotation(s) hidden: not enough room on the map at this width.',
    es: '{n} anotación(es) ocultas: no caben en el mapa a este ancho.',
  },
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
