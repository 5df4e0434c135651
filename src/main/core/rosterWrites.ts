import type { Db } from '../db/open';

/**
 * Learners added on this connection, noted (by id only: no name is copied anywhere) by temporary
 * triggers, so that the scrollbar's milestones (roster.ts) can be moved along after a sign-up
 * instead of read again. Any other change to the orders (a learner edited, moved or removed, a
 * group renamed or removed) ends the watch: everything is read again, and nothing of a removed
 * learner stays behind. The triggers and their log live with the connection only, never in the
 * file. Writes by another connection (the import worker) are not seen here: `data_version` tells
 * of those.
 */

/** Past this many sign-ups since the watch began, the milestones are read again. */
const MAX_NOTED = 2_000;

const noting = new WeakSet<Db>();

const WATCHED = 'WHEN EXISTS (SELECT 1 FROM temp.roster_watch)';
const END_WATCH = 'DELETE FROM temp.roster_watch;';

function install(db: Db): void {
  if (noting.has(db)) return;
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS roster_added (seq INTEGER PRIMARY KEY, id INTEGER NOT NULL);
    CREATE TEMP TABLE IF NOT EXISTS roster_watch (until INTEGER NOT NULL);
    CREATE TEMP TRIGGER IF NOT EXISTS roster_learner_added AFTER INSERT ON main.learners ${WATCHED}
    BEGIN
      INSERT INTO temp.roster_added (id) VALUES (NEW.id);
      DELETE FROM temp.roster_watch WHERE until < (SELECT max(seq) FROM temp.roster_added);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS roster_learner_removed AFTER DELETE ON main.learners ${WATCHED}
    BEGIN ${END_WATCH} END;
    CREATE TEMP TRIGGER IF NOT EXISTS roster_learner_moved
    AFTER UPDATE OF id, name, email_key, registered_at, group_id ON main.learners ${WATCHED}
    BEGIN ${END_WATCH} END;
    CREATE TEMP TRIGGER IF NOT EXISTS roster_group_renamed AFTER UPDATE OF id, name_key ON main.groups ${WATCHED}
    BEGIN ${END_WATCH} END;
    CREATE TEMP TRIGGER IF NOT EXISTS roster_group_removed AFTER DELETE ON main.groups ${WATCHED}
    BEGIN ${END_WATCH} END;
  `);
  noting.add(db);
}

/**
 * Whether every change to the orders on this connection since `watchRoster` was a learner added,
 * and noted. The first call installs the triggers: until then, writes pay nothing for them.
 */
export function rosterWatched(db: Db): boolean {
  install(db);
  return db.prepare('SELECT 1 FROM temp.roster_watch').get() !== undefined;
}

/** Empties the log and watches from here on. */
export function watchRoster(db: Db): void {
  install(db);
  db.prepare('DELETE FROM temp.roster_added').run();
  db.prepare('DELETE FROM temp.roster_watch').run();
  db.prepare('INSERT INTO temp.roster_watch (until) VALUES (?)').run(MAX_NOTED);
}

/** The last sign-up noted (0: none yet). */
export const lastAdded = (db: Db): number =>
  db.prepare('SELECT coalesce(max(seq), 0) FROM temp.roster_added').pluck().get() as number;

/** The learners added since `seq`, in the order they were added. */
export const addedSince = (db: Db, seq: number): { seq: number; id: number }[] =>
  db.prepare('SELECT seq, id FROM temp.roster_added WHERE seq > ? ORDER BY seq').all(seq) as { seq: number; id: number }[];
