// Named points on the page's performance timeline. `npm run bench` reads them back
// (performance.getEntriesByType('mark')) to show where a cold load spends its time.
export function mark(name: string): void {
  performance.mark(`sb:${name}`);
}
