import { describe, expect, it } from 'vitest';
import { layout, OTHER, UNKNOWN } from './sankey';
import type { Flow } from './summary';

const flows: Flow[] = [
  { from: 'TX', port: '5301', to: null, firearms: 50 },
  { from: 'TX', port: '5301', to: '14', firearms: 10 },
  { from: 'AZ', port: '2604', to: '26', firearms: 20 },
  { from: 'CA', port: '2506', to: null, firearms: 5 },
  { from: null, port: null, to: null, firearms: 15 },
];

describe('flow diagram layout', () => {
  it('makes nodes and bands as large as their firearms', () => {
    const d = layout(flows, { height: 200, gap: 0, top: 5, minHeight: 0 });
    const tx = d.nodes.find((n) => n.column === 'from' && n.key === 'TX')!;
    expect(tx.firearms).toBe(60);
    expect(tx.height).toBeCloseTo(120);
    const unknownTo = d.nodes.find((n) => n.column === 'to' && n.key === UNKNOWN)!;
    expect(unknownTo.firearms).toBe(70);
    // Each column and each step carries every firearm.
    for (const c of ['from', 'port', 'to'])
      expect(d.nodes.filter((n) => n.column === c).reduce((s, n) => s + n.firearms, 0)).toBe(100);
    for (const step of [0, 1])
      expect(d.bands.filter((b) => b.step === step).reduce((s, b) => s + b.firearms, 0)).toBe(100);
    // A band leaving TX for Laredo is all of TX.
    const b = d.bands.find((x) => x.step === 0 && x.source === 'TX')!;
    expect([b.target, b.w0]).toEqual(['5301', tx.height]);
    // Unknown sits at the bottom of its column.
    expect(unknownTo.y + unknownTo.height).toBeCloseTo(200);
  });

  it('folds the smaller nodes into "other"', () => {
    const d = layout(flows, { top: 1 });
    expect(d.nodes.filter((n) => n.column === 'from').map((n) => n.key)).toEqual([
      'TX',
      OTHER,
      UNKNOWN,
    ]);
    expect(d.nodes.find((n) => n.key === OTHER && n.column === 'from')!.firearms).toBe(25);
  });
});
