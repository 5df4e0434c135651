import { BULK_UPLOAD_MOVE } from '../../shared/domains/learners';
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
export function noteRow(
  ctx: Ctx,
  batch: number,
  learner: { id: number; registeredAt: string },
  from?: { groupId: number; role: string },
): void {
  ctx.db
    .prepare(
      'INSERT OR IGNORE INTO import_rows (batch_id, learner_id, registered_at, from_group_id, from_role) VALUES (?, ?, ?, ?, ?)',
    )
    .run(batch, learner.id, learner.registeredAt, from?.groupId ?? null, from?.role ?? null);
}

/**
 * Inside a slice's transaction: the slice took `taken` seats in the group (its join code's used count
 * goes up by as many) and, when `maxBefore` is given, raised the group's maximum to fit them.
 * The first maximum noted is the one an undo puts back.
 */
export function noteSeats(ctx: Ctx, batch: number, groupId: number, taken: number, maxBefore: number | null): void {
  ctx.db
    .prepare(
      `UPDATE join_codes SET used_count = used_count + @taken,
         max_uses = CASE WHEN @raise AND max_uses < used_count + @taken THEN used_count + @taken ELSE max_uses END
       WHERE group_id = @groupId`,
    )
    .run({ taken, raise: maxBefore === null ? 0 : 1, groupId });
  ctx.db
    .prepare(
      `INSERT INTO import_seats (batch_id, group_id, taken, max_before) VALUES (?, ?, ?, ?)
       ON CONFLICT (batch_id, group_id) DO UPDATE SET taken = taken + excluded.taken, max_before = coalesce(max_before, excluded.max_before)`,
    )
    .run(batch, groupId, taken, maxBefore);
}

/** Inside the last slice's transaction: the import stands; its notes are no longer needed. */
export function finishBatch(ctx: Ctx, batch: number): void {
  ctx.db.prepare("UPDATE import_batches SET state = 'done', finished_at = ? WHERE id = ?").run(nowIso(ctx), batch);
  ctx.db.prepare('DELETE FROM import_rows WHERE batch_id = ?').run(batch);
  ctx.db.prepare('DELETE FROM import_seats WHERE batch_id = ?').run(batch);
}

/** Takes a batch back whole, in one transaction: added learners go, moved ones return where they were, seats are freed. */
export function undoBatch(ctx: Ctx, batch: number): void {
  inTransaction(ctx, () => {
    const startedAt = ctx.db.prepare('SELECT started_at FROM import_batches WHERE id = ?').pluck().get(batch) as string;
    const rows = ctx.db
      .prepare(
        'SELECT learner_id AS id, registered_at AS registeredAt, from_group_id AS groupId, from_role AS role FROM import_rows WHERE batch_id = ?',
      )
      .all(batch) as { id: number; registeredAt: string; groupId: number | null; role: string | null }[];
    // By id and time of sign-up: an id freed during the import may have gone to a learner since.
    const remove = ctx.db.prepare('DELETE FROM learners WHERE id = ? AND registered_at = ?');
    const forgetTrail = ctx.db.prepare('DELETE FROM audit WHERE learner_id = ? AND at >= ?');
    const putBack = ctx.db.prepare('UPDATE learners SET group_id = ?, role = ? WHERE id = ? AND registered_at = ?');
    const forgetMove = ctx.db.prepare('DELETE FROM learner_moves WHERE learner_id = ? AND reason = ? AND at >= ?');
    const forgetMoveAudit = ctx.db.prepare(
      "DELETE FROM audit WHERE learner_id = ? AND action = 'learner-reassigned' AND at >= ?",
    );
    for (const row of rows) {
      if (row.groupId === null) {
        if (remove.run(row.id, row.registeredAt).changes) forgetTrail.run(row.id, startedAt);
      } else if (putBack.run(row.groupId, row.role, row.id, row.registeredAt).changes) {
        forgetMove.run(row.id, BULK_UPLOAD_MOVE, startedAt);
        forgetMoveAudit.run(row.id, startedAt);
      }
    }
    // Seats go back, and a raised maximum returns to what it was (never below zero: a code replaced
    // meanwhile started its count again).
    const giveBack = ctx.db.prepare(
      'UPDATE join_codes SET used_count = max(0, used_count - ?), max_uses = coalesce(?, max_uses) WHERE group_id = ?',
    );
    const seats = ctx.db
      .prepare('SELECT group_id AS groupId, taken, max_before AS maxBefore FROM import_seats WHERE batch_id = ?')
      .all(batch) as { groupId: number; taken: number; maxBefore: number | null }[];
    for (const s of seats) giveBack.run(s.taken, s.maxBefore, s.groupId);
    ctx.db.prepare("UPDATE import_batches SET state = 'undone', finished_at = ? WHERE id = ?").run(nowIso(ctx), batch);
    ctx.db.prepare('DELETE FROM import_rows WHERE batch_id = ?').run(batch);
    ctx.db.prepare('DELETE FROM import_seats WHERE batch_id = ?').run(batch);
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
