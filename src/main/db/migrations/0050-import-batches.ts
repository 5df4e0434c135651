import type { Migration } from './migration';

export const m0050ImportBatches: Migration = {
  version: 50,
  name: 'imports written in slices, taken back whole',
  up(db) {
    db.exec(`
      -- A bulk import is written in short slices, so a sign-up never waits long on it. Each import
      -- is a batch; until it is done, every row it wrote is noted here, so an import cut short (an
      -- error, a kill, a full disk) is taken back whole.
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        state TEXT NOT NULL CHECK (state IN ('running', 'done', 'undone'))
      ) STRICT;

      -- from_group_id NULL: the import added the learner (registered_at tells them from a later
      -- learner given the same id); otherwise it moved them from that group and role.
      CREATE TABLE import_rows (
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL,
        registered_at TEXT NOT NULL,
        from_group_id INTEGER,
        from_role TEXT,
        PRIMARY KEY (batch_id, learner_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
