// In an iframe, tell the parent page our height whenever it changes, so the embed script can
// size the frame: postMessage({ type: 'southbound:height', height }).
export function reportHeight(target: Window, root: HTMLElement): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // Only a number leaves the page, so any parent origin may receive it.
    target.postMessage({ type: 'southbound:height', height }, '*');
  };
  const ro = new ResizeObserver(send);
  ro.observe(root);
  send();
  return () => ro.disconnect();
}
