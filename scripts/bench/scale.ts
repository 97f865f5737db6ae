// The scale figure: synthetic point sets filtered by year on the GPU (scripts/bench/bare/scale.ts),
// so we know where the app's way of drawing points stops.
import type { BrowserContext } from 'playwright-core';
import { type Stat, times } from './stats';

export interface ScaleResult {
  points: number;
  /** Making the feature objects in the page. */
  generateMs: number;
  /** From handing the layer to deck.gl to its first frame finished on the GPU. */
  firstFrameMs: number;
  /** Frames per second while the year changes every frame (2 s windows). */
  fps: Stat;
  jsHeapMB: number;
  gpuMB: number;
}

export async function scaleTest(
  context: BrowserContext,
  baseUrl: string,
  sizes: number[],
  runs: number,
): Promise<ScaleResult[]> {
  const out: ScaleResult[] = [];
  for (const n of sizes) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl}scale.html?n=${n}`);
    await page.waitForSelector('#map[data-ready="true"]', { timeout: 600_000 });
    const fps = await times(runs, () => page.evaluate<number>('window.scale.play(2000)'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const info = await page.evaluate<{ generated: number; firstFrame: number; gpu: number }>(
      `({ generated: window.scale.generated, firstFrame: window.scale.firstFrame, gpu: window.scale.gpuMemory() })`,
    );
    out.push({
      points: n,
      generateMs: info.generated,
      firstFrameMs: info.firstFrame,
      fps,
      jsHeapMB: heap / 2 ** 20,
      gpuMB: info.gpu / 2 ** 20,
    });
    await cdp.detach();
    await page.close();
  }
  return out;
}
