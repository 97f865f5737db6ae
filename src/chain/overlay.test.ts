import { describe, expect, it } from 'vitest';
import { through } from './node';
import { chainMarks, marksBounds } from './overlay';
import { TABLE } from './test-table';

describe('the chain on the map', () => {
  it('sums the followed firearms per place and per segment, leaving out what has no point', () => {
    const { marks, links } = chainMarks(TABLE, TABLE.paths);
    const at = (key: string) => marks.find((m) => m.key === key);
    expect(at('us-city:TX:Houston')).toMatchObject({ role: 'purchase', firearms: 6 });
    expect(at('us-state:AZ')).toMatchObject({ role: 'purchase', firearms: 2 });
    expect(at('port:5301')).toMatchObject({ role: 'port', firearms: 6 });
    // Recovered in Guadalajara: the municipio's point, not the state's.
    expect(at('mx-mun:14039')).toMatchObject({ role: 'recovery', firearms: 1 });
    expect(at('mx-state:14')).toBeUndefined();
    expect(at('mx-state:26')).toMatchObject({ role: 'recovery', firearms: 2 });
    expect(links).toContainEqual({
      step: 0,
      path: [
        [-95.37, 29.76],
        [-99.5, 27.5],
      ],
      firearms: 6,
    });
    expect(links).toContainEqual({
      step: 1,
      path: [
        [-99.5, 27.5],
        [-103.35, 20.67],
      ],
      firearms: 1,
    });
    // The firearms with no purchase place have no port and no line.
    expect(links.reduce((n, l) => n + (l.step === 0 ? l.firearms : 0), 0)).toBe(8);
  });

  it('draws only the paths through the followed node', () => {
    const { marks } = chainMarks(TABLE, through(TABLE.paths, { kind: 'mx-state', key: '26' }));
    expect(marks.map((m) => m.key).sort()).toEqual(['mx-state:26', 'port:2604', 'us-state:AZ']);
    expect(marksBounds(marks)).toEqual([-111.7, 29.6, -110.7, 34.3]);
    expect(marksBounds([])).toBeNull();
  });
});
