import { describe, expect, it } from 'vitest';
import { controlChar, repairMojibake } from './text';

describe('repairMojibake', () => {
  it('repairs UTF-8 that was read as Latin-1 and saved again', () => {
    expect(repairMojibake('DoÃ±a Ana County')).toBe('Doña Ana County');
    expect(repairMojibake('CancÃºn, Quintana Roo')).toBe('Cancún, Quintana Roo');
    expect(repairMojibake('itâ€™s')).toBe('it’s');
  });

  it('maps Windows-1252 punctuation left as C1 control characters', () => {
    expect(repairMojibake('Joe\u0092s Guns')).toBe('Joe’s Guns');
    expect(repairMojibake('\u0093quoted\u0094 \u0096 dash')).toBe('“quoted” – dash');
  });

  it('leaves real accents and plain text alone', () => {
    for (const s of ['Doña Ana', 'Ciudad Juárez', 'Año', 'Ã', 'plain text ?'])
      expect(repairMojibake(s)).toBe(s);
  });

  it('keeps the five bytes Windows-1252 leaves undefined, for the control check to report', () => {
    expect(repairMojibake('a\u0081b')).toBe('a\u0081b');
    expect(controlChar('a\u0081b')).toBe('U+0081');
  });
});

describe('controlChar', () => {
  it('finds C0 and C1 controls but allows tab and line breaks', () => {
    expect(controlChar('a\tb\r\nc')).toBeNull();
    expect(controlChar('a\u0000b')).toBe('U+0000');
    expect(controlChar('a\u0092b')).toBe('U+0092');
  });
});
