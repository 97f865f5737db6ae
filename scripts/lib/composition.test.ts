import { describe, expect, it } from 'vitest';
import { compositionTotal, decodeComposition, encodeComposition } from './composition';

describe('composition', () => {
  const items = [
    { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'USA v. B' },
    { weapon_class: 'pistol', calibre_group: '9mm', case: null },
    { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'USA v. B' },
    { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'USA v. A' },
  ];

  it('counts firearms by class, calibre and case, in an order that does not depend on input order', () => {
    const text = encodeComposition(items);
    expect(text).toBe(encodeComposition([...items].reverse()));
    expect(decodeComposition(text)).toEqual([
      { weapon_class: 'pistol', calibre_group: '9mm', case: null, firearms: 1 },
      { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'USA v. A', firearms: 1 },
      { weapon_class: 'rifle', calibre_group: '7.62x39', case: 'USA v. B', firearms: 2 },
    ]);
    expect(compositionTotal(decodeComposition(text))).toBe(4);
  });

  it('keeps case names with separators intact', () => {
    const odd = [{ weapon_class: 'rifle', calibre_group: '.50', case: 'A; B | "C" = 2' }];
    expect(decodeComposition(encodeComposition(odd))[0]!.case).toBe('A; B | "C" = 2');
  });

  it('refuses text it did not write', () => {
    expect(() => decodeComposition(null)).toThrow(/missing/);
    expect(() => decodeComposition('[["rifle"')).toThrow(/not JSON/);
    expect(() => decodeComposition('{}')).toThrow(/not a list/);
    expect(() => decodeComposition('[["rifle","9mm","A","2"]]')).toThrow(/entry 1/);
    expect(() => decodeComposition('[["rifle","9mm","A",-1]]')).toThrow(/entry 1/);
  });
});
