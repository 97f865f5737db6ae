// The briefing a presenter is editing: kept in this browser (localStorage) after every change,
// with undo and redo, exported to and imported from a .json file checked like any briefing.
import { checkBriefing } from './check';
import { History } from './edit';
import { type Briefing, missingTexts } from './schema';

export const STORAGE_KEY = 'southbound.briefing.v1';

export class Draft {
  briefing = $state.raw<Briefing | null>(null);
  /** The scene being edited (0-based). */
  selected = $state(0);
  /** Why the last import (or the saved copy) was refused, in words with where. */
  problems = $state.raw<string[]>([]);
  /** Bumped on every change, so undo and redo states are read reactively. */
  private version = $state(0);
  private history: History<Briefing> | null = null;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
    const saved = storage.getItem(STORAGE_KEY);
    if (saved === null) return;
    const problems = this.open(saved);
    if (problems.length) this.problems = [`The copy saved in this browser: ${problems[0]}`];
  }

  /** Missing translations: allowed in a draft, listed so none is forgotten. */
  readonly warnings = $derived(this.briefing ? missingTexts(this.briefing) : []);

  get canUndo(): boolean {
    void this.version;
    return this.history?.canUndo ?? false;
  }
  get canRedo(): boolean {
    void this.version;
    return this.history?.canRedo ?? false;
  }

  /** Starts editing `b` (a copy of the default, an import): a new history. */
  start(b: Briefing): void {
    this.history = new History(b);
    this.set(b);
    this.selected = 0;
  }

  apply(change: (b: Briefing) => Briefing): void {
    if (!this.history) return;
    this.set(this.history.apply(change));
  }

  undo(): void {
    if (this.history) this.set(this.history.undo());
  }
  redo(): void {
    if (this.history) this.set(this.history.redo());
  }

  /** Forgets the draft (this browser's copy too). */
  discard(): void {
    this.history = null;
    this.briefing = null;
    this.storage.removeItem(STORAGE_KEY);
    this.version++;
  }

  exportJson(): string {
    return `${JSON.stringify(this.briefing, null, 2)}\n`;
  }

  /** Opens a briefing file's text; returns the problems (none: it is now the draft). */
  open(text: string): string[] {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return (this.problems = [`not a JSON file: ${(e as Error).message}`]);
    }
    const checked = checkBriefing(json);
    if ('errors' in checked) return (this.problems = checked.errors);
    this.problems = [];
    this.start(checked.briefing);
    return [];
  }

  private set(b: Briefing): void {
    this.briefing = b;
    this.selected = Math.min(this.selected, b.scenes.length - 1);
    this.storage.setItem(STORAGE_KEY, JSON.stringify(b));
    this.version++;
  }
}
