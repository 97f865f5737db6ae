// MapLibre's stylesheet carries the looks of every control it ships (icons as inline SVG, in light
// and dark), eight times the size of what the map uses: the zoom buttons, the folded credit and
// the cooperative-gesture notice. This PostCSS plugin drops, from that file only, the rules for
// the parts the app never creates. Adding one of them to the map (a popup, a geolocate button)
// means taking it off UNUSED, or it would show unstyled.
import type { AtRule, Plugin, Rule } from 'postcss';

/** MapLibre's parts the app does not use, as the class-name stems their rules are keyed by. */
export const UNUSED = [
  'ctrl-geolocate',
  'ctrl-compass',
  'ctrl-fullscreen',
  'ctrl-shrink',
  'pseudo-fullscreen',
  'ctrl-terrain',
  'ctrl-globe',
  'ctrl-logo',
  'ctrl-scale',
  'popup',
  'marker',
  'user-location',
];

const unused = new RegExp(`\\.maplibregl-(${UNUSED.join('|')})\\b`);
const isMapLibreCss = (file: string | undefined) =>
  !!file && /maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/.test(file);

/** Whether every selector of a rule styles an unused part (a shared rule stays). */
export const onlyUnused = (selectors: string[]) => selectors.every((s) => unused.test(s));

export function dropUnusedMapLibreCss(): Plugin {
  return {
    postcssPlugin: 'southbound-drop-unused-maplibre-css',
    Once(root) {
      if (!isMapLibreCss(root.source?.input.file)) return;
      root.walkRules((rule: Rule) => {
        if (onlyUnused(rule.selectors)) rule.remove();
      });
      // Animations only the dropped parts ran (the location dot's pulse), and emptied blocks.
      root.walkAtRules((at: AtRule) => {
        if (at.name === 'keyframes' && /^maplibregl-user-location/.test(at.params)) at.remove();
        else if (at.nodes && at.nodes.length === 0) at.remove();
      });
    },
  };
}
