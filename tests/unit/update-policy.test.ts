// Auto-update rules: off without a feed, https feeds only, a restart offered only once the update
// is downloaded, never while a case is open, and not again in a run after "later".
import { describe, expect, it } from 'vitest';
import { isUpdateFeedUrl, mayOfferRestart } from '../../src-main/shell/update-policy';

describe('update policy', () => {
  it('offers the restart only when downloaded, no case open, not declined', () => {
    expect(mayOfferRestart({ downloaded: true, caseOpen: false, declined: false })).toBe(true);
    expect(mayOfferRestart({ downloaded: false, caseOpen: false, declined: false })).toBe(false);
    expect(mayOfferRestart({ downloaded: true, caseOpen: true, declined: false })).toBe(false);
    expect(mayOfferRestart({ downloaded: true, caseOpen: false, declined: true })).toBe(false);
  });

  it('takes feeds over https only (plain http on this computer)', () => {
    expect(isUpdateFeedUrl('https://updates.smo.example/stable/')).toBe(true);
    expect(isUpdateFeedUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isUpdateFeedUrl('http://updates.smo.example/')).toBe(false);
  });
});
