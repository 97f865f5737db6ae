import { describe, expect, it } from 'vitest';
import { activeBriefing } from './active';
import { DEFAULT_BRIEFING } from './check';

const own = { title: { en: 'Mine', es: 'Mía' }, scenes: [] };
const none = { briefing: null, briefingParam: null, briefingErrors: [] };

describe('activeBriefing', () => {
  it('shows a briefing someone made, else the bundled one', () => {
    expect(activeBriefing({ ...none, briefing: own }).briefing).toBe(own);
    expect(activeBriefing(none).briefing).toBe(
      'briefing' in DEFAULT_BRIEFING ? DEFAULT_BRIEFING.briefing : null,
    );
  });

  it('shows nothing while a link is read, and why when it cannot be', () => {
    expect(activeBriefing({ ...none, briefingParam: 'abc' })).toEqual({
      briefing: null,
      pending: true,
      errors: [],
    });
    expect(
      activeBriefing({ ...none, briefingParam: 'abc', briefingErrors: ['cut short'] }),
    ).toEqual({ briefing: null, pending: false, errors: ['cut short'] });
    expect(activeBriefing(none, { errors: ['bad file'] }).errors).toEqual(['bad file']);
  });
});
