// Schema 18: a session opened through the platform's OpenID provider keeps which provider (to
// refresh and revoke its tokens there) and its ID token, encrypted like the other tokens.
import type { Migration } from './index';

export const providerSession: Migration = {
  version: 18,
  name: "the session's OpenID provider",
  up(db) {
    db.exec(`
      ALTER TABLE expert_session ADD COLUMN provider_json TEXT;
      ALTER TABLE expert_session ADD COLUMN id_token TEXT;
    `);
  },
};
