import { afterEach, describe, expect, it, vi } from 'vitest';
import { remoteStyleUrl } from './config';

describe('remoteStyleUrl', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is null (offline) unless a style is asked for', () => {
    expect(remoteStyleUrl('', undefined)).toBeNull();
    expect(remoteStyleUrl('?year=2020', undefined)).toBeNull();
  });

  it('takes an https style from the URL before the build setting', () => {
    expect(
      remoteStyleUrl(
        '?basemap=https://tiles.example.org/style.json',
        'https://other.example/s.json',
      ),
    ).toBe('https://tiles.example.org/style.json');
    expect(remoteStyleUrl('', 'https://other.example/s.json')).toBe('https://other.example/s.json');
  });

  it('refuses non-https values with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(remoteStyleUrl('?basemap=javascript:alert(1)', undefined)).toBeNull();
    expect(remoteStyleUrl('?basemap=http://insecure.example/s.json', undefined)).toBeNull();
    expect(remoteStyleUrl('?basemap=not a url', undefined)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
