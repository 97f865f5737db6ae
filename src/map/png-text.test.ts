import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { readText, withText } from './png-text';

/** A real 2×1 PNG, encoded by pngjs. */
const tiny = () => {
  const p = new PNG({ width: 2, height: 1 });
  p.data.fill(200);
  return new Uint8Array(PNG.sync.write(p));
};

describe('words inside the PNG', () => {
  it('carries the title, source and address in UTF-8, and the picture still decodes', () => {
    const png = withText(tiny(), {
      Title: 'Armas <b>al sur</b> — 2022',
      Source: 'Fuentes: SESNSP; INEGI',
      URL: '',
    });
    expect(readText(png)).toEqual({
      Title: 'Armas <b>al sur</b> — 2022',
      Source: 'Fuentes: SESNSP; INEGI',
    });
    const back = PNG.sync.read(Buffer.from(png));
    expect([back.width, back.height, back.data[0]]).toEqual([2, 1, 200]);
  });
});
