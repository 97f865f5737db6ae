import { describe, expect, it } from 'vitest';
import briefing from './default.json';
import { decodeBriefing, encodeBriefing } from './link';

describe('a briefing in a link', () => {
  it('comes back exactly, in a fraction of its JSON size, with URL-safe characters only', async () => {
    const param = await encodeBriefing(briefing);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThan(JSON.stringify(briefing).length / 2);
    expect(await decodeBriefing(param)).toEqual(briefing);
  });

  it('says so when the link was cut short or is not a briefing', async () => {
    const param = await encodeBriefing(briefing);
    await expect(decodeBriefing(param.slice(0, param.length / 2))).rejects.toThrow(/cut short/);
    await expect(decodeBriefing('not*base64')).rejects.toThrow(/base64url/);
  });
});
