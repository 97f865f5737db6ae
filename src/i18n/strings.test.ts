import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { browserLang } from '../state/url-sync.svelte';
import { pick, STRINGS, t, type Text } from './strings';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('t', () => {
  it('reads a UI key and a Text the same way, in either language', () => {
    expect(t('en', 'year')).toBe('Year');
    expect(t('es', 'year')).toBe('Año');
    const text: Text = { en: 'Ports', es: 'Puertos' };
    expect(t('en', text)).toBe('Ports');
    expect(t('es', text)).toBe('Puertos');
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(t('es', 'sceneOf', { n: 2, total: 7 })).toBe('Escena 2 de 7');
    expect(t('en', { en: '{a} and {b}', es: '' }, { a: 1 })).toBe('1 and {b}');
  });

  it('picks non-string pairs (the manifest’s method lists)', () => {
    expect(pick('es', { en: ['a'], es: ['b'] })).toEqual(['b']);
  });
});

describe('STRINGS', () => {
  it('has both languages for every key, with the same placeholders', () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect(text.en, key).not.toBe('');
      expect(text.es, key).not.toBe('');
      expect(placeholders(text.es), key).toEqual(placeholders(text.en));
    }
  });
});

describe('browserLang', () => {
  it('takes the first language we have', () => {
    expect(browserLang(['de-DE', 'es-MX', 'en-US'])).toBe('es');
    expect(browserLang(['fr', 'EN-gb'])).toBe('en');
    expect(browserLang(['fr'])).toBe('en');
  });
});

describe('one translation style (lint rule)', () => {
  const lint = async (code: string) => {
    const [r] = await new ESLint().lintText(code, { filePath: 'src/layers/example.ts' });
    return r!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length;
  };

  it('rejects an inline language test and a Text indexed by hand', async () => {
    expect(await lint("export const f = (es: string) => (es === 'es' ? 'Año' : 'Year');\n")).toBe(
      1,
    );
    expect(
      await lint(
        "export const g = (s: { lang: 'en' | 'es' }, x: { en: string; es: string }) => x[s.lang];\n",
      ),
    ).toBe(1);
  });

  it('accepts t()', async () => {
    expect(
      await lint(
        "import { t } from '../i18n/strings';\nexport const h = (lang: 'en' | 'es') => t(lang, 'year');\n",
      ),
    ).toBe(0);
  });
});
