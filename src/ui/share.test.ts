import { describe, expect, it } from 'vitest';
import { embedSnippet, pageBase } from './share';

describe('share', () => {
  it('builds links from the page without its hash', () => {
    expect(pageBase('https://example.org/map/index.html?basemap=x#year=2019')).toBe(
      'https://example.org/map/index.html?basemap=x',
    );
  });

  it('writes an iframe with title, lazy loading, fullscreen, full width, and the resize script', () => {
    const s = embedSnippet('https://example.org/map/', '#mode=embed&year=2019', 'Map "A" & <B>');
    expect(s).toContain('<iframe src="https://example.org/map/#mode=embed&amp;year=2019"');
    expect(s).toContain('title="Map &quot;A&quot; &amp; &lt;B>"');
    expect(s).toContain('loading="lazy"');
    expect(s).toContain('allow="fullscreen"');
    expect(s).toContain('width="100%"');
    expect(s).toContain('<script src="https://example.org/map/embed.js" async></script>');
  });

  it('adds a noscript picture for readers without JavaScript, only from a web address', () => {
    const s = embedSnippet('https://example.org/map/', '#mode=embed', 'Map', {
      src: 'https://cdn.example.org/map@2x.png',
      alt: 'Guns "south" <now>',
    });
    expect(s).toContain(
      '<noscript><img src="https://cdn.example.org/map@2x.png" alt="Guns &quot;south&quot; &lt;now>" style="width:100%;height:auto"></noscript>',
    );
    const bad = embedSnippet('https://example.org/map/', '#mode=embed', 'Map', {
      src: 'javascript:alert(1)',
      alt: 'x',
    });
    expect(bad).not.toContain('noscript');
  });
});
