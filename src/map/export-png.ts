// PNG export of the current view: the map and deck.gl canvases (both keep their drawing buffer,
// so a copy reads the frame on screen) with, around them, a picture that can be published as
// is: the headline and description wrapped (never clipped), the legends naming their layer with
// their flags (partial year, lost rows, no data), the notes, the sources in the reader's
// language, the credit and the map's address. Drawn at a chosen scale, whatever the screen.
import { css } from '../lib/colors';
import type { Legend } from '../layers/types';
import { withText } from './png-text';
import { wrapLines } from './wrap';

export interface PngText {
  title: string;
  subtitle: string;
  legends: Legend[];
  source: string;
  /** An editor's notes, below the map. */
  notes?: string;
  /** Byline and credit line, as the editor wrote them. */
  credit?: string;
  /** Where the map is (its permalink), the picture's last line. */
  url?: string;
}

const PAD = 16;
const FONT = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const INK = '#1d1d1b';
const MUTED = '#55524c';

/** Draws (or, with draw false, only measures) wrapped text; returns the height used. */
function paragraph(
  ctx: CanvasRenderingContext2D,
  text: string,
  font: string,
  size: number,
  color: string,
  x: number,
  y: number,
  width: number,
  draw: boolean,
): number {
  ctx.font = `${font} ${size}px ${FONT}`;
  const lines = wrapLines(text, width, (s) => ctx.measureText(s).width);
  const step = Math.round(size * 1.3);
  if (draw) {
    ctx.fillStyle = color;
    lines.forEach((l, i) => ctx.fillText(l, x, y + size + i * step));
  }
  return lines.length * step;
}

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
    // Away from the layer list, a legend says which layer it is for.
    if (l.layer) y += paragraph(ctx, l.layer, '700', 13, INK, x0, y, width, draw);
    y += paragraph(ctx, l.title, '600', 13, INK, x0, y, width, draw) + 4;
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
        ctx.fillStyle = INK;
        ctx.fillText(e.label, x + 18, y + 12);
      }
      x += w;
    }
    y += 22;
    // Partial-year, no-data and incomplete flags travel with the picture.
    for (const flag of l.flags ?? [])
      y += paragraph(ctx, `⚠ ${flag}`, '', 12, INK, x0, y, width, draw) + 2;
    y += 6;
  }
  return y - y0;
}

/** Everything below the map; returns its height. */
function footer(
  ctx: CanvasRenderingContext2D,
  text: PngText,
  y0: number,
  width: number,
  draw: boolean,
): number {
  let y = y0 + 10;
  if (text.notes) y += paragraph(ctx, text.notes, '', 13, INK, PAD, y, width, draw) + 8;
  y += drawLegends(ctx, text.legends, PAD, y, width, draw);
  if (text.credit) y += paragraph(ctx, text.credit, '600', 12, INK, PAD, y, width, draw) + 2;
  y += paragraph(ctx, text.source, '', 11, MUTED, PAD, y, width, draw) + 2;
  if (text.url) y += paragraph(ctx, text.url, '', 11, MUTED, PAD, y, width, draw);
  return y - y0 + 10;
}

/** Composes the canvases (bottom first) and the text into one PNG at `scale` px per CSS px. */
export async function composePng(
  canvases: HTMLCanvasElement[],
  cssWidth: number,
  cssHeight: number,
  text: PngText,
  scale = 1,
): Promise<Blob> {
  const measure = document.createElement('canvas').getContext('2d')!;
  const width = cssWidth - 2 * PAD;
  const header = (ctx: CanvasRenderingContext2D, draw: boolean) => {
    let y = 10;
    y += paragraph(ctx, text.title, '700', 20, INK, PAD, y, width, draw) + 4;
    y += paragraph(ctx, text.subtitle, '', 14, MUTED, PAD, y, width, draw);
    return y + 10;
  };
  const head = header(measure, false);
  const foot = footer(measure, text, 0, width, false);
  const out = document.createElement('canvas');
  out.width = Math.round(cssWidth * scale);
  out.height = Math.round((head + cssHeight + foot) * scale);
  const ctx = out.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssWidth, head + cssHeight + foot);
  header(ctx, true);
  for (const c of canvases) ctx.drawImage(c, 0, head, cssWidth, cssHeight);
  footer(ctx, text, head + cssHeight, width, true);
  const blob = await new Promise<Blob>((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  // The words travel inside the file too, for when the picture is saved apart from the page.
  const bytes = withText(new Uint8Array(await blob.arrayBuffer()), {
    Title: text.title,
    Description: text.subtitle,
    Author: text.credit ?? '',
    Source: text.source,
    URL: text.url ?? '',
  });
  return new Blob([bytes as BlobPart], { type: 'image/png' });
}
