// Scripts the benchmark runs inside the page (as strings: the page has no access to our modules),
// so what is timed is the page's own work, not round trips to the test driver.

/** Southbound's performance marks (src/lib/marks.ts) as [name, ms since navigation]. */
export const MARKS = `performance.getEntriesByType('mark')
  .filter((m) => m.name.startsWith('sb:'))
  .map((m) => [m.name.slice(3), m.startTime])`;

/** Resolves when #map is ready and its data-state includes every string in `has`. */
const UNTIL_DRAWN = (has: string[]) => `new Promise((resolve) => {
  const m = document.querySelector('#map');
  const done = () => m.dataset.ready === 'true' &&
    ${JSON.stringify(has)}.every((x) => (m.dataset.state || '').includes(x));
  const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve(); } });
  obs.observe(m, { attributes: true });
})`;

/**
 * Moves the year slider to `year`; ms until that year's frame is finished on the GPU, and the
 * frames the map drew meanwhile.
 */
export const SWITCH_YEAR = (year: number) => `(async () => {
  const input = document.querySelector('.years input[type=range]');
  const drawn = ${UNTIL_DRAWN([`year=${year};`])};
  const f0 = window.southbound.frames();
  const t0 = performance.now();
  input.value = '${year}';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await drawn;
  return { ms: performance.now() - t0, frames: window.southbound.frames() - f0 };
})()`;

/** Ticks the checkboxes of layers `ids` (all off before); ms until they are all drawn. */
export const SWITCH_ON = (ids: string[]) => `(async () => {
  const drawn = ${UNTIL_DRAWN(ids.map((id) => `[${id}:`))};
  const t0 = performance.now();
  for (const id of ${JSON.stringify(ids)})
    document.querySelector('[data-layer="' + id + '"] input[type=checkbox]').click();
  await drawn;
  return performance.now() - t0;
})()`;

/** Median time of each mark over several loads, in the order they happen. */
export function profile(runs: { marks: [string, number][] }[]): [string, number][] {
  const at = new Map<string, number[]>();
  for (const r of runs) for (const [name, t] of r.marks) at.set(name, [...(at.get(name) ?? []), t]);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return [...at]
    .map(([name, ts]): [string, number] => [name, Math.round(median(ts))])
    .sort((a, b) => a[1] - b[1]);
}

/**
 * Run before a page's own scripts: counts the WebGL programs linked (each one a shader compile,
 * seconds on a software GPU) in `window.__sbPrograms`.
 */
export const COUNT_PROGRAMS = `(() => {
  window.__sbPrograms = 0;
  const p = WebGL2RenderingContext.prototype;
  const link = p.linkProgram;
  p.linkProgram = function (program) {
    window.__sbPrograms++;
    return link.call(this, program);
  };
})()`;

/** Programs linked so far, and whether deck.gl's code ran (it registers a global `deck`). */
export const GPU_FACTS = `({ programs: window.__sbPrograms ?? 0, deck: typeof window.deck !== 'undefined' })`;
