// PNG export of the current view: the map and deck.gl canvases (both keep their drawing buffer,
// so a copy reads the frame on screen), with the title, year, legends and source line drawn
// around them.
import { css } from '../lib/colors';
import type { Legend } from '../layers/types';

export interface PngText {
  title: string;
  subtitle: string;
  legends: Legend[];
  source: string;
}

const PAD = 16;
const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';

/** Lays out the legends in rows of swatches; returns the height used. */
function drawLegends(
  ctx: CanvasRenderingContext2D,
  legends: Legend[],
  x0: number,
  y0: number,
  width: number,
  draw: boolean,
): number {
  let y = y0;
  for (const l of legends) {
    ctx.font = `600 13px ${FONT}`;
    if (draw) ctx.fillText(l.title, x0, y + 13);
    y += 20;
    let x = x0;
    ctx.font = `12px ${FONT}`;
    for (const e of l.entries) {
      const w = 18 + ctx.measureText(e.label).width + 14;
      if (x + w > x0 + width) {
        x = x0;
        y += 18;
      }
      if (draw) {
        ctx.fillStyle = css(e.color);
        if (e.shape === 'circle') {
          ctx.beginPath();
          ctx.arc(x + 6, y + 7, 6, 0, Math.PI * 2);
          ctx.fill();
        } else if (e.shape === 'line') ctx.fillRect(x, y + 5, 13, 4);
        else ctx.fillRect(x, y + 1, 13, 13);
        ctx.fillStyle = '#1d1d1b';
        ctx.fillText(e.label, x + 18, y + 12);
      }
      x += w;
    }
    y += 24;
    // Partial-year and incomplete flags travel with the picture, wrapped to the width.
    ctx.font = `12px ${FONT}`;
    for (const flag of l.flags ?? []) {
      let line = '';
      for (const word of `⚠ ${flag}`.split(' ')) {
        if (line && ctx.measureText(`${line} ${word}`).width > width) {
          if (draw) ctx.fillText(line, x0, y + 12);
          y += 16;
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (draw) ctx.fillText(line, x0, y + 12);
      y += 20;
    }
  }
  return y - y0;
}

/** Composes the canvases (bottom first) and the text into one PNG. */
export async function composePng(
  canvases: HTMLCanvasElement[],
  cssWidth: number,
  cssHeight: number,
  text: PngText,
): Promise<Blob> {
  const dpr = canvases[0] ? canvases[0].width / cssWidth : 1;
  const measure = document.createElement('canvas').getContext('2d')!;
  const head = 58;
  const legendHeight = drawLegends(measure, text.legends, PAD, 0, cssWidth - 2 * PAD, false);
  const foot = legendHeight + 34;
  const out = document.createElement('canvas');
  out.width = Math.round(cssWidth * dpr);
  out.height = Math.round((head + cssHeight + foot) * dpr);
  const ctx = out.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssWidth, head + cssHeight + foot);
  ctx.fillStyle = '#1d1d1b';
  ctx.font = `700 20px ${FONT}`;
  ctx.fillText(text.title, PAD, 26);
  ctx.font = `14px ${FONT}`;
  ctx.fillStyle = '#55524c';
  ctx.fillText(text.subtitle, PAD, 47);
  for (const c of canvases) ctx.drawImage(c, 0, head, cssWidth, cssHeight);
  ctx.fillStyle = '#1d1d1b';
  drawLegends(ctx, text.legends, PAD, head + cssHeight + 10, cssWidth - 2 * PAD, true);
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#55524c';
  ctx.fillText(text.source, PAD, head + cssHeight + foot - 10, cssWidth - 2 * PAD);
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
