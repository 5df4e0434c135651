import type { Migration } from '../migrate';

export const m0040Erasures: Migration = {
  version: 40,
  name: 'erasure ledger, throttle identities by scope',
  up(db) {
    db.exec(`
      -- One row per erased learner: a keyed hash of the email key, never the email. A restore keeps
      -- this table as it is and erases again whoever it names, so an erased person never comes back.
      CREATE TABLE erasure_ledger (
        email_hash TEXT PRIMARY KEY,
        erased_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Secrets of this installation (the ledger's hash key). Never replaced by a restore.
      CREATE TABLE local_secrets (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Throttle rows are now named by what they guard (code:, exit-pin:, admin-pin); earlier rows
      -- counted wrong join codes, so a kiosk locked before this version stays locked.
      UPDATE kiosk_throttle SET kiosk_id = 'code:' || kiosk_id WHERE instr(kiosk_id, ':') = 0;
      UPDATE kiosk_failures SET kiosk_id = 'code:' || kiosk_id WHERE instr(kiosk_id, ':') = 0;
    `);
  },
};
