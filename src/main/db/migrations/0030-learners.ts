import type { Migration } from './migration';

// A frozen copy of the search-term rule as it stood when this migration shipped (core/searchTerms.ts
// then). A shipped migration must do the same thing forever, so it never imports domain code: if the
// live rule changes, a later migration re-indexes, and this copy stays as it is.
const lower = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en');
const words = (s: string) =>
  lower(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
function searchTermsV30(name: string, email: string): string[] {
  const [local = '', domain = ''] = lower(email).split('@');
  return [...new Set([...words(name), local, ...words(local), domain, ...words(domain)].filter(Boolean))];
}

export const m0030Learners: Migration = {
  version: 30,
  name: 'learner search, moves and course admin',
  up(db) {
    db.exec(`
      -- Prefix search by name words and email, as an index: see core/searchTerms.ts.
      CREATE TABLE learner_terms (
        term TEXT NOT NULL,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        PRIMARY KEY (term, learner_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX learner_terms_learner ON learner_terms(learner_id, term);

      -- Reassignments, with the admin's reason. Deleted with the learner.
      CREATE TABLE learner_moves (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        from_group_id INTEGER NOT NULL,
        to_group_id INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX learner_moves_learner ON learner_moves(learner_id);

      CREATE INDEX learners_registered ON learners(registered_at, id);
      CREATE INDEX learners_name ON learners(name COLLATE NOCASE, id);
      CREATE INDEX learners_email ON learners(email_key, id);
      CREATE INDEX progress_course ON progress(course_id);
      CREATE INDEX group_courses_course ON group_courses(course_id);
      CREATE INDEX audit_learner ON audit(learner_id);
      -- Where a reassigned learner came from, and which course an entry is about: ids, like the rest.
      ALTER TABLE audit ADD COLUMN from_group_id INTEGER;
      ALTER TABLE audit ADD COLUMN course_id INTEGER;
    `);
    // Index the learners already there. (Changing the term rules later needs a migration that re-indexes.)
    // Read them all first: better-sqlite3 runs no other statement on a connection while one iterates.
    const insert = db.prepare('INSERT OR IGNORE INTO learner_terms (term, learner_id) VALUES (?, ?)');
    const learners = db.prepare('SELECT id, name, email FROM learners').all() as { id: number; name: string; email: string }[];
    for (const l of learners) {
      for (const term of searchTermsV30(l.name, l.email)) insert.run(term, l.id);
    }
  },
};
