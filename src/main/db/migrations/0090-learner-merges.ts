import type { Migration } from './migration';

export const m0090LearnerMerges: Migration = {
  version: 90,
  name: 'records folded into a learner by a merge',
  up(db) {
    db.exec(`
      -- One row per duplicate folded into a learner by a merge, naming the record (its id and when it
      -- was made), never the person. learner_id is the learner it is part of now: a later merge of that
      -- learner passes its rows on, and removing or erasing the learner takes them. Erasing the learner
      -- puts these records in the erasure ledger too, so a backup made before the merge, which still
      -- holds the duplicate, cannot bring it back.
      -- The audit names the entries a merge moved over (dated from merged_registered_at to at) as the
      -- learner, though they predate them. others_until: the latest entry on either learner's number
      -- from before that learner registered (an earlier record's: SQLite hands a removed learner's
      -- number out again); entries up to then are never named as them. NULL: there was none.
      CREATE TABLE learner_merges (
        merged_id INTEGER NOT NULL,
        merged_registered_at TEXT NOT NULL,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        others_until TEXT,
        PRIMARY KEY (merged_id, merged_registered_at)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX learner_merges_learner ON learner_merges(learner_id, merged_registered_at);
    `);
  },
};
