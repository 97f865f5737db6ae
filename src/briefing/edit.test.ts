import { describe, expect, it } from 'vitest';
import defaults from './default.json';
import {
  addCallout,
  addScene,
  duplicateScene,
  History,
  moveScene,
  removeCallout,
  removeScene,
  uniqueId,
  updateScene,
} from './edit';
import { BriefingSchema, type Briefing } from './schema';

const base = (): Briefing => BriefingSchema.parse(defaults);
const ids = (b: Briefing) => b.scenes.map((s) => s.id);

describe('editing a briefing', () => {
  it('gives new scenes readable ids, unique in the briefing', () => {
    const b = base();
    expect(uniqueId(b, 'Los puertos de entrada')).toBe('los-puertos-de-entrada');
    expect(uniqueId(b, 'Ports')).toBe('ports-2');
    expect(uniqueId(b, '¿?')).toBe('scene');
  });

  it('adds, moves, duplicates and removes scenes without touching the original', () => {
    const b = base();
    const before = JSON.stringify(b);
    const { id: _id, ...scene } = b.scenes[0]!;
    const added = addScene(b, { ...scene, title: { en: 'Ports', es: 'Puertos' } }, 1);
    expect(ids(added).slice(0, 3)).toEqual(['violence', 'ports-2', 'firearms']);
    const moved = moveScene(added, 1, 99);
    expect(ids(moved).at(-1)).toBe('ports-2');
    const twice = duplicateScene(moved, 0);
    expect(ids(twice).slice(0, 2)).toEqual(['violence', 'violence-2']);
    expect(twice.scenes[1]!.callouts).toEqual(twice.scenes[0]!.callouts);
    expect(twice.scenes[1]!.callouts).not.toBe(twice.scenes[0]!.callouts);
    expect(ids(removeScene(twice, 0))[0]).toBe('violence-2');
    expect(JSON.stringify(b)).toBe(before);
  });

  it('never removes the last scene', () => {
    const one: Briefing = { ...base(), scenes: [base().scenes[0]!] };
    expect(removeScene(one, 0)).toBe(one);
  });

  it('edits a scene’s text and callouts', () => {
    const b = base();
    const c = {
      label: { en: 'Ports', es: 'Puertos' },
      formula: { op: 'count', layer: 'ports' },
    } as const;
    const withCallout = addCallout(updateScene(b, 0, { notes: 'Slow down.' }), 0, c);
    expect(withCallout.scenes[0]!.notes).toBe('Slow down.');
    expect(withCallout.scenes[0]!.callouts.at(-1)).toEqual(c);
    const n = withCallout.scenes[0]!.callouts.length;
    expect(removeCallout(withCallout, 0, n - 1).scenes[0]!.callouts).toHaveLength(n - 1);
  });
});

describe('History', () => {
  it('undoes and redoes, and a new change clears what could be redone', () => {
    const h = new History(1);
    h.apply((x) => x + 1);
    h.apply((x) => x * 10);
    expect(h.current).toBe(20);
    expect(h.undo()).toBe(2);
    expect(h.undo()).toBe(1);
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBe(1);
    expect(h.redo()).toBe(2);
    h.apply((x) => x - 5);
    expect(h.canRedo).toBe(false);
    expect(h.current).toBe(-3);
  });

  it('ignores a change that changes nothing, and keeps a bounded past', () => {
    const h = new History('a', 3);
    h.apply((x) => x);
    expect(h.canUndo).toBe(false);
    for (const c of 'bcdef') h.apply(() => c);
    let steps = 0;
    while (h.canUndo) {
      h.undo();
      steps++;
    }
    expect(steps).toBe(3);
    expect(h.current).toBe('c');
  });
});
