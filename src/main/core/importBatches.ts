import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';

/**
 * The bookkeeping that lets an import be written in slices and still be all or nothing: a batch row,
 * and a note of every learner it added or moved, dropped once the batch is done.
 */
export function startBatch(ctx: Ctx): number {
  return inTransaction(ctx, () =>
    Number(
      ctx.db.prepare("INSERT INTO import_batches (started_at, state) VALUES (?, 'running')").run(nowIso(ctx)).lastInsertRowid,
    ),
  );
}

/** Inside the slice's transaction: `from` is where a moved learner was; none for one the import added. */
export function noteRow(ctx: Ctx, batch: number, learnerId: number, from?: { groupId: number; role: string }): void {
  ctx.db
    .prepare('INSERT OR IGNORE INTO import_rows (batch_id, learner_id, from_group_id, from_role) VALUES (?, ?, ?, ?)')
    .run(batch, learnerId, from?.groupId ?? null, from?.role ?? null);
}

/** Inside the last slice's transaction: the import stands; its notes are no longer needed. */
export function finishBatch(ctx: Ctx, batch: number): void {
  ctx.db.prepare("UPDATE import_batches SET state = 'done', finished_at = ? WHERE id = ?").run(nowIso(ctx), batch);
  ctx.db.prepare('DELETE FROM import_rows WHERE batch_id = ?').run(batch);
}

/** Takes a batch back whole, in one transaction: added learners go, moved ones return where they were. */
export function undoBatch(ctx: Ctx, batch: number): void {
  inTransaction(ctx, () => {
    const startedAt = ctx.db.prepare('SELECT started_at FROM import_batches WHERE id = ?').pluck().get(batch) as string;
    const rows = ctx.db
      .prepare('SELECT learner_id AS id, from_group_id AS groupId, from_role AS role FROM import_rows WHERE batch_id = ?')
      .all(batch) as { id: number; groupId: number | null; role: string | null }[];
    const remove = ctx.db.prepare('DELETE FROM learners WHERE id = ?');
    const putBack = ctx.db.prepare('UPDATE learners SET group_id = ?, role = ? WHERE id = ?');
    const forgetMove = ctx.db.prepare("DELETE FROM learner_moves WHERE learner_id = ? AND reason = 'Bulk upload' AND at >= ?");
    const forgetAudit = ctx.db.prepare('DELETE FROM audit WHERE learner_id = ? AND at >= ?');
    for (const row of rows) {
      if (row.groupId === null) remove.run(row.id);
      else {
        putBack.run(row.groupId, row.role, row.id);
        forgetMove.run(row.id, startedAt);
      }
      forgetAudit.run(row.id, startedAt);
    }
    ctx.db.prepare("UPDATE import_batches SET state = 'undone', finished_at = ? WHERE id = ?").run(nowIso(ctx), batch);
    ctx.db.prepare('DELETE FROM import_rows WHERE batch_id = ?').run(batch);
  });
}

/** At start-up: an import the last run did not finish (a kill, a power cut) is taken back, and said so once. */
export function undoInterruptedImports(ctx: Ctx): number {
  const running = ctx.db.prepare("SELECT id FROM import_batches WHERE state = 'running'").pluck().all() as number[];
  for (const batch of running) undoBatch(ctx, batch);
  if (running.length)
    console.log(`JoinDesk took back ${running.length} import(s) cut short when it last stopped; import the file again.`);
  return running.length;
}
