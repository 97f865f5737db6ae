// Duplicate detection in bounded memory: keys are remembered as two 32-bit hashes in typed
// arrays (16 bytes a key), not as strings, so a 10-million-row input needs ~300 MB less than a
// Set<string>. A collision of both hashes is ~1 in 10^19 per pair: far below any real risk, and
// it would show as a reported duplicate, never as a silent merge.

function hash(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 15), 0x27d4eb2d);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface Seen {
  /** Line where the key was first seen. */
  line: number;
  /** True when the whole row equals the first one (an exact copy, nothing lost). */
  same: boolean;
}

export class KeySet {
  private a = new Uint32Array(1024);
  private b = new Uint32Array(1024);
  private v = new Uint32Array(1024);
  private lines = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Records `key` first seen at `line`; returns where it was seen before, or null. */
  add(key: string, row: string, line: number): Seen | null {
    if ((this.count + 1) * 2 > this.lines.length) this.grow();
    const ha = hash(key, 0x9747b28c);
    // Never 0 (the empty marker is the line, but a 0 hash is kept out anyway); unsigned, as stored.
    const hb = (hash(key, 0x85ebca6b) | 1) >>> 0;
    const hv = hash(row, 0xc2b2ae35);
    const i = this.find(ha, hb);
    if (this.lines[i] !== 0) return { line: this.lines[i]!, same: this.v[i] === hv };
    this.a[i] = ha;
    this.b[i] = hb;
    this.v[i] = hv;
    this.lines[i] = line;
    this.count++;
    return null;
  }

  private find(ha: number, hb: number): number {
    const mask = this.lines.length - 1;
    let i = ha & mask;
    while (this.lines[i] !== 0 && !(this.a[i] === ha && this.b[i] === hb)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { a, b, v, lines } = this;
    const n = lines.length * 2;
    this.a = new Uint32Array(n);
    this.b = new Uint32Array(n);
    this.v = new Uint32Array(n);
    this.lines = new Uint32Array(n);
    for (let j = 0; j < lines.length; j++) {
      if (lines[j] === 0) continue;
      const i = this.find(a[j]!, b[j]!);
      this.a[i] = a[j]!;
      this.b[i] = b[j]!;
      this.v[i] = v[j]!;
      this.lines[i] = lines[j]!;
    }
  }
}
