import { describe, expect, it } from 'vitest';
import { withBriefing } from './offline-copy';

describe('an offline copy with a briefing inside', () => {
  it('opens on the briefing unless its link says otherwise, before the app starts', () => {
    const html =
      '<!doctype html><html><head><meta charset="UTF-8"><script type="module">app("<head>")</script></head></html>';
    const out = withBriefing(html, 'abc_-');
    expect(out.indexOf("#mode=briefing&scene=1&b=abc_-'")).toBeLessThan(out.indexOf('app('));
    expect(out.split('replaceState')).toHaveLength(2);
    expect(out).toContain("if(!location.hash)history.replaceState(null,'','#mode=briefing");
  });

  it('refuses a file it cannot place the briefing in', () => {
    expect(() => withBriefing('<html><body></body></html>', 'x')).toThrow(/no <head>/);
  });
});
