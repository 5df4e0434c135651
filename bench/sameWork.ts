// Bare statements doing the same work as a kiosk sign-up and an import: the same reads, the same
// rows written (learner, search index, seat, audit, import notes), with none of JoinDesk's own code.
import { searchDocument } from '../src/main/core/searchTerms';
import type { Db } from '../src/main/db/open';

const INSERT_LEARNER =
  'INSERT INTO learners (name, email, email_key, group_id, role, source, code_key, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

/**
 * One sign-up in one transaction: the kiosk's throttle read, the code looked up with its group, the
 * email checked, the seat taken, the learner and its search entry inserted, the audit row, the
 * group's courses read, the throttle reset. `code` is the normalized key.
 */
export function bareSignUp(db: Db): (name: string, email: string, code: string) => void {
  const throttle = db.prepare('SELECT streak, blocked_at, blocked_until, locked_at FROM kiosk_throttle WHERE kiosk_id = ?');
  const code = db.prepare(
    'SELECT c.group_id AS groupId, g.role, c.key FROM join_codes c JOIN groups g ON g.id = c.group_id WHERE c.key = ?',
  );
  const registered = db.prepare('SELECT 1 FROM learners WHERE email_key = ?');
  const seat = db.prepare(
    'UPDATE join_codes SET used_count = used_count + 1 WHERE group_id = ? AND (max_uses IS NULL OR used_count < max_uses)',
  );
  const learner = db.prepare(INSERT_LEARNER);
  const index = db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
  const audit = db.prepare(
    "INSERT INTO audit (at, actor, action, group_id, learner_id) VALUES (?, 'kiosk', 'learner-registered', ?, ?)",
  );
  const courses = db.prepare(
    'SELECT c.id, c.title FROM group_courses gc JOIN courses c ON c.id = gc.course_id WHERE gc.group_id = ? AND c.archived_at IS NULL ORDER BY c.title',
  );
  const reset = db.prepare('UPDATE kiosk_throttle SET streak = 0, blocked_at = NULL, blocked_until = NULL WHERE kiosk_id = ?');
  const signUp = db.transaction((name: string, email: string, key: string) => {
    throttle.get('code:bench');
    const c = code.get(key) as { groupId: number; role: string; key: string };
    if (registered.get(email)) throw new Error('registered');
    seat.run(c.groupId);
    const at = new Date().toISOString();
    const id = learner.run(name, email, email, c.groupId, c.role, 'kiosk', c.key, at).lastInsertRowid;
    index.run(id, searchDocument(name, email));
    audit.run(at, c.groupId, id);
    courses.all(c.groupId);
    reset.run('code:bench');
  });
  return (name, email, key) => signUp.immediate(name, email, key);
}

/**
 * An import's writes in one transaction: per row the email looked up, the learner and its search
 * entry inserted and noted in the batch; the seats, the batch and the audit row once.
 */
export function bareImport(db: Db, rows: { name: string; email: string; groupId: number }[]): void {
  const batchStart = db.prepare("INSERT INTO import_batches (started_at, state) VALUES (?, 'running')");
  const registered = db.prepare('SELECT 1 FROM learners WHERE email_key = ?');
  const learner = db.prepare(INSERT_LEARNER);
  const index = db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
  const note = db.prepare('INSERT OR IGNORE INTO import_rows (batch_id, learner_id, registered_at) VALUES (?, ?, ?)');
  const seats = db.prepare('UPDATE join_codes SET used_count = used_count + ? WHERE group_id = ?');
  const audit = db.prepare("INSERT INTO audit (at, actor, action) VALUES (?, 'admin', 'learners-imported')");
  const finish = db.prepare("UPDATE import_batches SET state = 'done', finished_at = ? WHERE id = ?");
  const forget = db.prepare('DELETE FROM import_rows WHERE batch_id = ?');
  db.transaction(() => {
    const at = new Date().toISOString();
    const batch = batchStart.run(at).lastInsertRowid;
    const taken = new Map<number, number>();
    for (const r of rows) {
      if (registered.get(r.email)) continue;
      const id = learner.run(r.name, r.email, r.email, r.groupId, 'learner', 'bulk', null, at).lastInsertRowid;
      index.run(id, searchDocument(r.name, r.email));
      note.run(batch, id, at);
      taken.set(r.groupId, (taken.get(r.groupId) ?? 0) + 1);
    }
    for (const [groupId, k] of taken) seats.run(k, groupId);
    audit.run(at);
    finish.run(at, batch);
    forget.run(batch);
  })();
}

/** A data file's learners with their search entries, as fast as SQLite takes them (bench data). */
export function insertLearners(db: Db, groupIds: number[], count: number, nameOf: (i: number) => string): void {
  const learner = db.prepare(INSERT_LEARNER);
  const index = db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
  const start = Date.parse('2026-01-01T00:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const name = nameOf(i);
      const email = `learner${i}@example.com`;
      const at = new Date(start + i * 1000).toISOString();
      const id = learner.run(name, email, email, groupIds[i % groupIds.length], 'learner', 'kiosk', null, at).lastInsertRowid;
      index.run(id, searchDocument(name, email));
    }
  })();
}
