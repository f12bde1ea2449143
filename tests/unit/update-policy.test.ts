// Auto-update rules: off without a feed, https feeds only, a restart offered only once the update
// is downloaded, never while a case is open, and not again in a run after "later".
import { describe, expect, it } from 'vitest';
import { mayOfferRestart } from '../../src-main/shell/update-policy';
import { isSecurePlatformUrl } from '../../src-main/core/config';

describe('update policy', () => {
  it('offers the restart only when downloaded, no case open, not declined', () => {
    expect(mayOfferRestart({ downloaded: true, caseOpen: false, declined: false })).toBe(true);
    expect(mayOfferRestart({ downloaded: false, caseOpen: false, declined: false })).toBe(false);
    expect(mayOfferRestart({ downloaded: true, caseOpen: true, declined: false })).toBe(false);
    expect(mayOfferRestart({ downloaded: true, caseOpen: false, declined: true })).toBe(false);
  });

  it('takes feeds over https only (plain http on this computer)', () => {
    // The same rule as the platform's address.
    expect(isSecurePlatformUrl('https://updates.smo.example/stable/')).toBe(true);
    expect(isSecurePlatformUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isSecurePlatformUrl('http://updates.smo.example/')).toBe(false);
  });
});
