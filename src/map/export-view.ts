// "Download PNG": the view on screen with its title, year, legends and sources, as a file.
import { saveFile } from '../data/download';
import { t } from '../i18n/strings';
import type { AppState } from '../state/app.svelte';
import type { MapHandle } from './create-map';
import { composePng } from './export-png';

export async function exportView(handle: MapHandle, app: AppState): Promise<void> {
  const { canvases, width, height } = handle.canvases();
  const from = app.mode === 'briefing' ? null : app.compare;
  const blob = await composePng(canvases, width, height, {
    title: `${t(app.lang, 'title')} — ${app.shown.map((l) => t(app.lang, l.title)).join(' · ')}`,
    // In compare mode the picture shows a change, and says between which years.
    subtitle: `${from === null ? app.year : `${from} → ${app.year}`} · ${t(app.lang, 'subtitle')}`,
    legends: app.shown.map((l) => app.legend(l.id)),
    source: `${app.sourceLine} · ${t(app.lang, 'attribution')}`,
  });
  saveFile(`southbound-${from === null ? app.year : `${from}-${app.year}`}.png`, blob);
}
