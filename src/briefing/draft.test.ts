import { describe, expect, it } from 'vitest';
import defaults from './default.json';
import { Draft, STORAGE_KEY } from './draft.svelte';
import { moveScene, updateScene } from './edit';
import { BriefingSchema } from './schema';

function memory(initial: Record<string, string> = {}) {
  const m = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
}
const base = () => BriefingSchema.parse(defaults);

describe('the draft', () => {
  it('is kept in the browser after every change and comes back on the next visit', () => {
    const store = memory();
    const d = new Draft(store);
    expect(d.briefing).toBeNull();
    d.start(base());
    d.apply((b) => updateScene(b, 0, { notes: 'Breathe.' }));
    const again = new Draft(store);
    expect(again.briefing?.scenes[0]!.notes).toBe('Breathe.');
  });

  it('undoes and redoes, and keeps the selection on a scene that exists', () => {
    const d = new Draft(memory());
    d.start(base());
    d.selected = 9;
    d.apply((b) => ({ ...b, scenes: b.scenes.slice(0, 3) }));
    expect(d.selected).toBe(2);
    expect(d.canUndo).toBe(true);
    d.undo();
    expect(d.briefing?.scenes).toHaveLength(10);
    expect(d.canRedo).toBe(true);
    d.redo();
    expect(d.briefing?.scenes).toHaveLength(3);
  });

  it('exports a file that imports back to the same briefing', () => {
    const d = new Draft(memory());
    d.start(base());
    d.apply((b) => moveScene(b, 0, 5));
    const file = d.exportJson();
    const other = new Draft(memory());
    expect(other.open(file)).toEqual([]);
    expect(other.briefing).toEqual(d.briefing);
  });

  it('refuses a broken file with reasons in words, and keeps what it had', () => {
    const d = new Draft(memory());
    d.start(base());
    expect(d.open('{"title": ')[0]).toMatch(/^not a JSON file: /);
    const bad = base();
    (bad.scenes[1] as { year: number }).year = 1900;
    expect(d.open(JSON.stringify(bad))).toEqual([
      'scenes.1 (firearms).year: 1900 has no data in layer "homicides" (2015–2025)',
    ]);
    expect(d.briefing?.scenes[1]!.year).toBe(2024);
  });

  it('says so when the copy saved in this browser cannot be read', () => {
    const d = new Draft(memory({ [STORAGE_KEY]: '{"scenes": []}' }));
    expect(d.briefing).toBeNull();
    expect(d.problems[0]).toMatch(/^The copy saved in this browser: /);
  });

  it('lists missing translations without refusing the draft', () => {
    const d = new Draft(memory());
    d.start(base());
    d.apply((b) => updateScene(b, 2, { caption: { en: 'Dealers.', es: '' } }));
    expect(d.warnings).toEqual(['scenes.2 (dealers).caption: no Spanish text yet']);
  });
});
