import type { Migration } from './migration';

export const m0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'learner',
        cohort_start TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;

      -- The live code of each group. key is the normalized form; display is what people see.
      CREATE TABLE join_codes (
        group_id INTEGER PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
        display TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        generated INTEGER NOT NULL CHECK (generated IN (0, 1)),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        valid_from TEXT,
        valid_until TEXT,
        max_uses INTEGER CHECK (max_uses IS NULL OR max_uses >= 0),
        used_count INTEGER NOT NULL DEFAULT 0,
        set_at TEXT NOT NULL
      ) STRICT;

      -- Every code a group had before. Reserved forever so an old code never lands anyone elsewhere.
      CREATE TABLE retired_codes (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        display TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        generated INTEGER NOT NULL CHECK (generated IN (0, 1)),
        used_count INTEGER NOT NULL,
        set_at TEXT NOT NULL,
        retired_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX retired_codes_group ON retired_codes(group_id);

      -- A key lives in one of the two tables, never both.
      CREATE TRIGGER join_codes_key_not_retired_insert BEFORE INSERT ON join_codes
      WHEN EXISTS (SELECT 1 FROM retired_codes WHERE key = NEW.key)
      BEGIN SELECT RAISE(ABORT, 'join code key is retired'); END;
      CREATE TRIGGER join_codes_key_not_retired_update BEFORE UPDATE OF key ON join_codes
      WHEN EXISTS (SELECT 1 FROM retired_codes WHERE key = NEW.key)
      BEGIN SELECT RAISE(ABORT, 'join code key is retired'); END;

      CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        email_key TEXT NOT NULL UNIQUE,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        role TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('kiosk', 'bulk', 'admin')),
        code_key TEXT,
        registered_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX learners_group ON learners(group_id, registered_at);

      CREATE TABLE courses (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;

      CREATE TABLE group_courses (
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, course_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE progress (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('not-started', 'started', 'completed')),
        completed_at TEXT,
        PRIMARY KEY (learner_id, course_id)
      ) STRICT, WITHOUT ROWID;

      -- Ids and actions only: no names, emails or codes.
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (actor IN ('admin', 'kiosk')),
        action TEXT NOT NULL,
        group_id INTEGER,
        learner_id INTEGER
      ) STRICT;
      CREATE INDEX audit_at ON audit(at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
