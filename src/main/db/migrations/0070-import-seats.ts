import type { Migration } from './migration';

export const m0070ImportSeats: Migration = {
  version: 70,
  name: 'seats an import takes, taken back with it',
  up(db) {
    db.exec(`
      -- A learner an import puts in a group takes one of its seats (the join code's used count), as a
      -- sign-up does. Until the import is done, the seats each of its slices took in each group are
      -- noted here, and the maximum a group had before the import raised it (NULL: not raised), so an
      -- import cut short gives them back along with its learners.
      CREATE TABLE import_seats (
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL,
        taken INTEGER NOT NULL CHECK (taken >= 0),
        max_before INTEGER,
        PRIMARY KEY (batch_id, group_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
