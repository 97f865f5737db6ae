import { describe, expect, it } from 'vitest';
import { heightMessages } from './height';

describe('the height an embed reports', () => {
  it('speaks our message and AMP’s always, and Pym.js’s when Pym named the frame', () => {
    expect(heightMessages(640, '')).toEqual([
      { type: 'southbound:height', height: 640 },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
    ]);
    expect(heightMessages(640, '?initialWidth=600&childId=map-1&parentTitle=x').at(-1)).toBe(
      'pymxPYMxmap-1xPYMxheightxPYMx640',
    );
    // An id that could break the wire format is not echoed.
    expect(heightMessages(640, '?childId=a%20xPYMx%3Cb%3E')).toHaveLength(2);
  });
});
