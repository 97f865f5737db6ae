import { describe, expect, it } from 'vitest';
import { annotationParam, annotationText, parseAnnotation, placeLabels } from './annotations';

describe('annotations', () => {
  it('read and write one per ann value, in both languages, text kept as text', () => {
    const a = parseAnnotation('-106.45,31.69,0,-40,Ciudad Juárez <b>hub</b>|Nodo, en Juárez');
    expect(a).toEqual({
      lon: -106.45,
      lat: 31.69,
      dx: 0,
      dy: -40,
      en: 'Ciudad Juárez <b>hub</b>',
      es: 'Nodo, en Juárez',
    });
    expect(annotationParam(a as never)).toBe(
      '-106.4500,31.6900,0,-40,Ciudad Juárez <b>hub</b>|Nodo, en Juárez',
    );
    expect(annotationText(a as never, 'es')).toBe('Nodo, en Juárez');
    expect(annotationText({ ...(a as object), es: '' } as never, 'es')).toBe(
      'Ciudad Juárez <b>hub</b>',
    );
  });

  it('refuses what is not an annotation, saying why', () => {
    expect(parseAnnotation('1,2,3')).toBe('expected lon,lat,dx,dy,text');
    expect(parseAnnotation('x,2,0,0,Hi')).toBe('not numbers');
    expect(parseAnnotation('200,2,0,0,Hi')).toBe('not a place on the map');
    expect(parseAnnotation('1,2,900,0,Hi')).toBe('label too far from its place');
    expect(parseAnnotation('1,2,0,0,\u0000|')).toBe('no text');
  });

  it('shows a label only inside the map and clear of the labels before it', () => {
    const item = (x: number, y: number) => ({
      at: [x, y] as [number, number],
      dx: 0,
      dy: -20,
      w: 60,
      h: 20,
    });
    // The second fits mirrored below its place; the third fits neither above nor below.
    const placed = placeLabels(
      [item(100, 100), item(120, 105), item(110, 100), item(300, 100), item(5, 100)],
      400,
      300,
    );
    expect(placed.map((p) => p.shown)).toEqual([true, true, false, true, false]);
    expect(placed[0]!.box).toEqual({ x: 70, y: 70, w: 60, h: 20 });
    // Near the top edge, the label goes to the other side of its place.
    const top = placeLabels([item(200, 10)], 400, 300)[0]!;
    expect(top.shown).toBe(true);
    expect(top.box.y).toBe(20);
  });
});
