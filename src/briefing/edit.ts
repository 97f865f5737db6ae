// Changes a presenter makes to a briefing in the editor, as pure functions (each returns a new
// briefing and leaves the old one as it was), and the undo history they go through.
import type { Briefing, Scene } from './schema';

export type Callout = Scene['callouts'][number];

/** An id for a new scene: its title's words, made unique in the briefing ("ports-2"). */
export function uniqueId(b: Briefing, title: string): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'scene';
  const taken = new Set(b.scenes.map((s) => s.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const replace = <T>(xs: T[], i: number, x: T) => xs.map((y, j) => (j === i ? x : y));

export function addScene(b: Briefing, scene: Omit<Scene, 'id'>, at = b.scenes.length): Briefing {
  const s = { ...scene, id: uniqueId(b, scene.title.en || scene.title.es) } as Scene;
  return { ...b, scenes: [...b.scenes.slice(0, at), s, ...b.scenes.slice(at)] };
}

export function updateScene(b: Briefing, i: number, patch: Partial<Omit<Scene, 'id'>>): Briefing {
  return { ...b, scenes: replace(b.scenes, i, { ...b.scenes[i]!, ...patch }) };
}

/** Moves scene `from` to position `to` (both 0-based; out-of-range targets are clamped). */
export function moveScene(b: Briefing, from: number, to: number): Briefing {
  const t = Math.max(0, Math.min(b.scenes.length - 1, to));
  const scenes = [...b.scenes];
  const [s] = scenes.splice(from, 1);
  scenes.splice(t, 0, s!);
  return { ...b, scenes };
}

export function duplicateScene(b: Briefing, i: number): Briefing {
  const s = b.scenes[i]!;
  const copy = { ...structuredClone(s), id: uniqueId(b, s.id) };
  return { ...b, scenes: [...b.scenes.slice(0, i + 1), copy, ...b.scenes.slice(i + 1)] };
}

/** A briefing keeps at least one scene: removing the last one changes nothing. */
export function removeScene(b: Briefing, i: number): Briefing {
  if (b.scenes.length <= 1) return b;
  return { ...b, scenes: b.scenes.filter((_, j) => j !== i) };
}

export function addCallout(b: Briefing, i: number, c: Callout): Briefing {
  const s = b.scenes[i]!;
  return updateScene(b, i, { callouts: [...s.callouts, c] });
}

export function removeCallout(b: Briefing, i: number, k: number): Briefing {
  const s = b.scenes[i]!;
  return updateScene(b, i, { callouts: s.callouts.filter((_, j) => j !== k) });
}

/** Undo and redo over whole briefings (they are small), with a bound on how far back. */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  constructor(
    public current: T,
    private readonly limit = 100,
  ) {}

  apply(change: (t: T) => T): T {
    const next = change(this.current);
    if (next === this.current) return next;
    this.past = [...this.past, this.current].slice(-this.limit);
    this.future = [];
    return (this.current = next);
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): T {
    const prev = this.past.at(-1);
    if (prev === undefined) return this.current;
    this.past = this.past.slice(0, -1);
    this.future = [this.current, ...this.future];
    return (this.current = prev);
  }

  redo(): T {
    const next = this.future[0];
    if (next === undefined) return this.current;
    this.future = this.future.slice(1);
    this.past = [...this.past, this.current];
    return (this.current = next);
  }
}
