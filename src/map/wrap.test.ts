import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap';

const chars = (s: string) => s.length;

describe('wrapping text for the PNG', () => {
  it('breaks between words at the width, keeps paragraphs, never drops a word', () => {
    expect(wrapLines('Modeled gun corridors (modeled routes)', 16, chars)).toEqual([
      'Modeled gun',
      'corridors',
      '(modeled routes)',
    ]);
    expect(wrapLines('One.\nTwo  words', 40, chars)).toEqual(['One.', 'Two words']);
    expect(wrapLines('Supercalifragilistic ok', 5, chars)).toEqual(['Supercalifragilistic', 'ok']);
    expect(wrapLines('   ', 10, chars)).toEqual([]);
  });
});
