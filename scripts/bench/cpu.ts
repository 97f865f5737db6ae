// Main-thread time a page spends on some work, from a CPU profile: everything but "(idle)".
// With a software GPU the wall time of a frame is mostly the GPU's; this separates our share.
import type { Page } from 'playwright-core';

export async function mainThreadMs<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; busyMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const idle = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  let us = 0;
  profile.samples?.forEach((id, i) => {
    if (!idle.has(id)) us += profile.timeDeltas?.[i] ?? 0;
  });
  return { result, busyMs: us / 1000 };
}
