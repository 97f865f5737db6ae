import { describe, expect, it } from 'vitest';
import { cleanText, parseControls, sameControls, TEXT_LIMITS } from './editorial';

describe("an editor's texts", () => {
  it('keeps markup as text, drops control characters, keeps paragraphs only where they belong', () => {
    expect(cleanText('title', '<img src=x onerror=alert(1)> Guns\u0000 south')).toBe(
      '<img src=x onerror=alert(1)> Guns south',
    );
    expect(cleanText('title', 'Line one\nline two')).toBe('Line one line two');
    expect(cleanText('notes', 'First.\r\n\r\n\r\nSecond.\u200b')).toBe('First.\nSecond.');
    expect(cleanText('byline', '   \u0007  ')).toBeNull();
  });

  it('cuts at the limit, never inside a character', () => {
    const long = '🔫'.repeat(200);
    const cut = cleanText('title', long)!;
    expect([...cut]).toHaveLength(TEXT_LIMITS.title);
    expect(cut.endsWith('🔫')).toBe(true);
  });
});

describe('the controls an embed offers', () => {
  it('reads the known ones in a fixed order and reports the rest', () => {
    expect(parseControls('legend,year,slider')).toEqual({
      controls: ['year', 'legend'],
      unknown: ['slider'],
    });
    expect(parseControls('')).toEqual({ controls: [], unknown: [] });
    expect(sameControls(['legend', 'year'], ['year', 'legend'])).toBe(true);
    expect(sameControls(['year'], ['year', 'legend'])).toBe(false);
  });
});
