import type { Migration } from './migration';

export const m0040Erasures: Migration = {
  version: 40,
  name: 'erasure ledger, throttle identities by scope',
  up(db) {
    db.exec(`
      -- One row per erased learner, naming the record (its id and when it was made), never the person.
      -- Backups carry it and a restore merges it, so an erased learner never comes back: not from an
      -- older backup, not on another machine.
      CREATE TABLE erasure_ledger (
        learner_id INTEGER NOT NULL,
        registered_at TEXT NOT NULL,
        erased_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, registered_at)
      ) STRICT, WITHOUT ROWID;

      -- Throttle rows are now named by what they guard (code:, exit-pin:, admin-pin); earlier rows
      -- counted wrong join codes, so a kiosk locked before this version stays locked.
      UPDATE kiosk_throttle SET kiosk_id = 'code:' || kiosk_id WHERE instr(kiosk_id, ':') = 0;
      UPDATE kiosk_failures SET kiosk_id = 'code:' || kiosk_id WHERE instr(kiosk_id, ':') = 0;
    `);
  },
};
