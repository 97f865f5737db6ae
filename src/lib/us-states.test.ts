import { describe, expect, it } from 'vitest';
import { usStateName } from './us-states';

describe('usStateName', () => {
  it('names a state in English or Spanish, and nothing for a code that is not a state', () => {
    expect(usStateName('NM')).toBe('New Mexico');
    expect(usStateName('NM', 'es')).toBe('Nuevo México');
    expect(usStateName('TX', 'es')).toBe('Texas');
    expect(usStateName('PR')).toBeNull();
  });
});
