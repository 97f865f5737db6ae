// The legend every view shows (panel, embed, briefing, PNG): it names its layer and says when the
// shown year has no data, except for court-case layers showing every purchase year.
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../layers/gun-filter';
import { AppState } from './app.svelte';

describe('a layer’s legend', () => {
  it('names its layer, in the language asked for', () => {
    const app = new AppState();
    expect(app.legend('homicides', 'es').layer).toBe('Homicidios en México');
    expect(app.legend('homicides', 'en').layer).toBe('Homicides in Mexico');
  });

  it('says a year has no data, unless the layer draws every year anyway', () => {
    const app = new AppState();
    app.year = 2012;
    const noData = 'No data for 2012: nothing of this layer is drawn.';
    expect(app.legend('homicides', 'en').flags).toContain(noData);
    expect(app.legend('guns', 'en').flags).toContain(noData);
    app.gunFilter = { ...NO_FILTER, when: 'all' };
    expect(app.legend('guns', 'en').flags).not.toContain(noData);
    app.year = 2019;
    expect(app.legend('homicides', 'en').flags).not.toContain(
      'No data for 2019: nothing of this layer is drawn.',
    );
  });
});
