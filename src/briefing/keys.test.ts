import { describe, expect, it } from 'vitest';
import { isSceneMessage, sceneFor } from './keys';

describe('clicker keys', () => {
  it('step, jump and stay within the briefing', () => {
    expect(sceneFor('PageDown', 3, 10)).toBe(4);
    expect(sceneFor(' ', 10, 10)).toBe(10);
    expect(sceneFor('PageUp', 1, 10)).toBe(1);
    expect(sceneFor('Home', 7, 10)).toBe(1);
    expect(sceneFor('End', 2, 10)).toBe(10);
    expect(sceneFor('0', 2, 10)).toBe(10);
    expect(sceneFor('7', 2, 4)).toBe(4);
    expect(sceneFor('f', 2, 10)).toBeNull();
  });

  it('accept only well-formed scene messages from the other window', () => {
    expect(isSceneMessage({ type: 'southbound:go', scene: 3 })).toBe(true);
    expect(isSceneMessage({ type: 'southbound:go', scene: 0 })).toBe(false);
    expect(isSceneMessage({ type: 'other', scene: 3 })).toBe(false);
    expect(isSceneMessage({ type: 'southbound:scene', scene: '3' })).toBe(false);
    expect(isSceneMessage(null)).toBe(false);
  });
});
