import type { Migration } from './migration';

export const m0080KioskAttempts: Migration = {
  version: 80,
  name: 'failed kiosk sign-ups, counted per minute',
  up(db) {
    db.exec(`
      -- Failed sign-ups at the kiosk, for the admin's records: how many of each kind, at which kiosk,
      -- in which minute. Never what was typed. One row per minute, station, kind and group, so a
      -- flood of attempts adds to a count instead of adding rows.
      -- minute: 'YYYY-MM-DDTHH:MM' UTC. station: 'desktop', 'browser', 'phones', 'script' or
      -- 'station-<id>'. group_id: the group whose code was used, 0 when the code matched none.
      CREATE TABLE kiosk_attempts (
        minute TEXT NOT NULL,
        station TEXT NOT NULL,
        kind TEXT NOT NULL,
        group_id INTEGER NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (minute, station, kind, group_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX kiosk_attempts_group ON kiosk_attempts(group_id, minute);
    `);
  },
};
