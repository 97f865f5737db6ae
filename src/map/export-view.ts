// "Download PNG" and an embed's fallback image: the view on screen with its title, year,
// legends and sources — and, for an embed, the editor's headline, description, notes, byline
// and credit and the map's address — drawn at a chosen scale, as a file.
import { saveFile } from '../data/save-file';
import { t } from '../i18n/strings';
import type { Lang } from '../lib/format';
import type { AppState } from '../state/app.svelte';
import type { MapHandle } from './create-map';
import { composePng } from './export-png';

export interface ExportOptions {
  /** Pixels per CSS pixel of the picture (1, 2 or 3), whatever the screen. */
  scale?: number;
  /** The picture's language (an embed's may differ from the page's). */
  lang?: Lang;
  /** An embed's fallback: the editor's texts and the address readers should visit. */
  embed?: { url: string };
}

export async function exportView(
  handle: MapHandle,
  app: AppState,
  { scale = 2, lang = app.lang, embed }: ExportOptions = {},
): Promise<void> {
  const from = app.mode === 'briefing' ? null : app.compare;
  const years = from === null ? String(app.year) : `${from} → ${app.year}`;
  const e = embed ? app.editorial : {};
  const blob = await handle.capture(scale, ({ canvases, width, height }) =>
    composePng(
      canvases,
      width,
      height,
      {
        title:
          e.title ?? `${t(lang, 'title')} — ${app.shown.map((l) => t(lang, l.title)).join(' · ')}`,
        // In compare mode the picture shows a change, and says between which years.
        subtitle: e.desc ? `${e.desc} (${years})` : `${years} · ${t(lang, 'subtitle')}`,
        notes: e.notes,
        legends: app.shown.map((l) => app.legend(l.id, lang)),
        credit: [e.byline, e.credit].filter(Boolean).join(' · ') || undefined,
        source: `${app.sources(lang)} · ${t(lang, 'attribution')}`,
        url: embed?.url,
      },
      scale,
    ),
  );
  const name = from === null ? app.year : `${from}-${app.year}`;
  saveFile(`southbound-${name}${embed ? '-fallback' : ''}@${scale}x.png`, blob);
}
