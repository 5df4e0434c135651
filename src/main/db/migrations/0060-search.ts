import type { Migration } from './migration';

// A frozen copy of the search document rule as it stood when this migration shipped
// (core/searchTerms.ts then). A shipped migration does the same thing forever, so it never imports
// domain code: if the live rule changes, a later migration re-indexes, and this copy stays as it is.
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC');
const searchDocumentV60 = (name: string, email: string) => `${fold(name)}\n${fold(email)}\n`;

export const m0060Search: Migration = {
  version: 60,
  name: 'search anywhere in names and emails',
  up(db) {
    db.exec(`
      -- Word-prefix terms give way to substrings: see core/searchTerms.ts.
      DROP TABLE learner_terms;

      -- Every three-character window of each learner's folded name and email (contentless: the
      -- index holds no copy of the text). 'secure-delete' takes a deleted learner's entries out of
      -- the index itself, not just marks them, so an erased learner leaves nothing to find.
      CREATE VIRTUAL TABLE learner_search USING fts5(
        doc, tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1
      );
      INSERT INTO learner_search (learner_search, rank) VALUES ('secure-delete', 1);
      -- Whatever deletes a learner (remove, erase, merge, an import taken back) unindexes them.
      CREATE TRIGGER learners_unindex AFTER DELETE ON learners
      BEGIN DELETE FROM learner_search WHERE rowid = OLD.id; END;

      -- A group's roster pages in every sort straight off an index (by registration: learners_group).
      CREATE INDEX learners_group_name ON learners(group_id, name COLLATE NOCASE, id);
      CREATE INDEX learners_group_email ON learners(group_id, email_key, id);
    `);
    // Read them all first: better-sqlite3 runs no other statement on a connection while one iterates.
    const insert = db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
    const learners = db.prepare('SELECT id, name, email FROM learners').all() as { id: number; name: string; email: string }[];
    for (const l of learners) insert.run(l.id, searchDocumentV60(l.name, l.email));
  },
};
