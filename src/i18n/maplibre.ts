// MapLibre's own UI text in Spanish (its defaults are English).
import type { Lang } from '../lib/format';

export function maplibreLocale(lang: Lang): Record<string, string> | undefined {
  if (lang !== 'es') return undefined;
  return {
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + rueda del ratón para acercar el mapa',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + rueda del ratón para acercar el mapa',
    'CooperativeGesturesHandler.MobileHelpText': 'Use dos dedos para mover el mapa',
    'NavigationControl.ZoomIn': 'Acercar',
    'NavigationControl.ZoomOut': 'Alejar',
    'AttributionControl.ToggleAttribution': 'Mostrar atribución',
  };
}
