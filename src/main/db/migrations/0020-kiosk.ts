import type { Migration } from './migration';

export const m0020Kiosk: Migration = {
  version: 20,
  name: 'kiosk throttle',
  up(db) {
    db.exec(`
      -- Wrong-code throttle per kiosk. Kept on disk so a restart or a kill does not reset it.
      CREATE TABLE kiosk_throttle (
        kiosk_id TEXT PRIMARY KEY,
        streak INTEGER NOT NULL DEFAULT 0,
        blocked_at TEXT,
        blocked_until TEXT,
        locked_at TEXT
      ) STRICT;

      -- One row per wrong code, for the 24-hour lock. No code or person is stored.
      CREATE TABLE kiosk_failures (
        id INTEGER PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX kiosk_failures_kiosk_at ON kiosk_failures(kiosk_id, at);
    `);
  },
};
