/**
 * The ready contract: the map container says `data-ready="true"` once the map is idle and every
 * visible layer has drawn, and `data-error` when loading failed. Tests, screenshots, benchmarks
 * and embedders wait on it, so it is derived here from explicit facts, not guessed from timers.
 */
export interface ReadyState {
  ready: boolean;
  error: string | null;
  /** What the map still waits for (layer ids, "basemap", "load:<id>", "idle"): for debugging. */
  waiting: string[];
}

export class ReadyTracker {
  private mapIdle = false;
  private readonly pending = new Set<string>();
  private error: string | null = null;

  constructor(private readonly onChange: (s: ReadyState) => void) {}

  /** Something must draw before the map counts as ready (a layer id, "basemap"…). */
  expect(key: string): void {
    this.pending.add(key);
    this.emit();
  }

  /** Whether `key` is still awaited. */
  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** `key` has drawn its first frame. */
  drawn(key: string): void {
    if (this.pending.delete(key)) this.emit();
  }

  /** The map went idle (true) or started moving or loading again (false). */
  idle(isIdle: boolean): void {
    if (this.mapIdle === isIdle) return;
    this.mapIdle = isIdle;
    this.emit();
  }

  /** Loading failed; the first error wins because later ones are usually its consequences. */
  fail(message: string): void {
    if (this.error !== null) return;
    this.error = message;
    this.emit();
  }

  get state(): ReadyState {
    return {
      ready: this.error === null && this.mapIdle && this.pending.size === 0,
      error: this.error,
      waiting: [...(this.mapIdle ? [] : ['idle']), ...this.pending],
    };
  }

  private emit(): void {
    this.onChange(this.state);
  }
}
