// In an iframe, tell the parent page our height whenever it changes, in each convention a
// newsroom's page may already listen for: our own (public/embed.js), Pym.js (when the frame was
// made by Pym, which names the child in the query: ?childId=…) and AMP's amp-iframe (resizable).

/** The messages for a height: only a number leaves the page, so any parent origin may read them. */
export function heightMessages(height: number, search: string): unknown[] {
  const out: unknown[] = [
    { type: 'southbound:height', height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  const id = new URLSearchParams(search).get('childId');
  // Pym.js's wire format: "pymxPYMx<id>xPYMxheightxPYMx<px>"; an id is a plain token.
  if (id && /^[\w-]{1,64}$/.test(id)) out.push(`pymxPYMx${id}xPYMxheightxPYMx${height}`);
  return out;
}

export function reportHeight(target: Window, root: HTMLElement, search = ''): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const m of heightMessages(height, search)) target.postMessage(m, '*');
  };
  const ro = new ResizeObserver(send);
  ro.observe(root);
  send();
  return () => ro.disconnect();
}
