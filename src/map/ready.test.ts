import { describe, expect, it } from 'vitest';
import { ReadyTracker, type ReadyState } from './ready';

function tracker() {
  const states: ReadyState[] = [];
  const t = new ReadyTracker((s) => states.push(s));
  return { t, states, last: () => states.at(-1) };
}

describe('ReadyTracker', () => {
  it('is ready only when the map is idle and everything expected has drawn', () => {
    const { t, last } = tracker();
    t.expect('basemap');
    t.expect('labels');
    t.idle(true);
    expect(last()?.ready).toBe(false);
    t.drawn('basemap');
    expect(last()).toEqual({ ready: false, error: null, waiting: ['labels'] });
    t.drawn('labels');
    expect(last()).toEqual({ ready: true, error: null, waiting: [] });
  });

  it('stops being ready while the map moves and when a new layer is expected', () => {
    const { t, last } = tracker();
    t.idle(true);
    expect(last()?.ready).toBe(true);
    t.idle(false);
    expect(last()?.ready).toBe(false);
    t.idle(true);
    t.expect('homicides');
    expect(last()?.ready).toBe(false);
  });

  it('keeps the first error and is never ready after one', () => {
    const { t, last } = tracker();
    t.fail('basemap failed to load');
    t.fail('a later consequence');
    t.idle(true);
    expect(last()).toEqual({ ready: false, error: 'basemap failed to load', waiting: [] });
  });

  it('ignores drawn() for keys nobody expected', () => {
    const { t, states } = tracker();
    t.drawn('nothing');
    expect(states).toHaveLength(0);
  });

  it('says which keys are still awaited, so frames nothing waits for need no GPU fence', () => {
    const { t } = tracker();
    t.expect('homicides');
    expect(t.isPending('homicides')).toBe(true);
    expect(t.isPending('ports')).toBe(false);
    t.drawn('homicides');
    expect(t.isPending('homicides')).toBe(false);
  });
});
