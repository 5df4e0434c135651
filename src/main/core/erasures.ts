import type { Ctx } from './context';
import { nowIso } from './context';

/** The learner's rows (progress, terms and moves go with them by cascade) and every audit row naming them. */
function deleteWithTrail(ctx: Ctx, learnerId: number): void {
  ctx.db.prepare('DELETE FROM learners WHERE id = ?').run(learnerId);
  ctx.db.prepare('DELETE FROM audit WHERE learner_id = ?').run(learnerId);
}

/**
 * Erases a learner; the ledger remembers the record (id and time of sign-up), nothing about the person.
 * It remembers too every record merged into them (merges of merges included: a merge passes its rows
 * on), which a backup from before the merge still holds. The merge rows go with the learner by cascade.
 */
export function eraseLearnerRows(ctx: Ctx, learner: { id: number; registeredAt: string }): void {
  const erasedAt = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT OR IGNORE INTO erasure_ledger (learner_id, registered_at, erased_at)
       SELECT merged_id, merged_registered_at, ? FROM learner_merges WHERE learner_id = ?`,
    )
    .run(erasedAt, learner.id);
  deleteWithTrail(ctx, learner.id);
  ctx.db
    .prepare('INSERT OR IGNORE INTO erasure_ledger (learner_id, registered_at, erased_at) VALUES (?, ?, ?)')
    .run(learner.id, learner.registeredAt, erasedAt);
}

/**
 * After a restore (inside its transaction): merges the backup's ledger into this machine's, then erases
 * again every record either names. Returns how many were erased again.
 */
export function reapplyErasures(ctx: Ctx, backupLedger: string): number {
  ctx.db.prepare(`INSERT OR IGNORE INTO main.erasure_ledger SELECT * FROM ${backupLedger}`).run();
  // The restored data may hold merges into a learner the ledger names (merged where the erasure was
  // not known): those records are ledgered too, so no older backup brings them back either.
  ctx.db
    .prepare(
      `INSERT OR IGNORE INTO main.erasure_ledger (learner_id, registered_at, erased_at)
       SELECT m.merged_id, m.merged_registered_at, e.erased_at FROM main.learner_merges m
       JOIN main.learners l ON l.id = m.learner_id
       JOIN main.erasure_ledger e ON e.learner_id = l.id AND e.registered_at = l.registered_at`,
    )
    .run();
  const ids = ctx.db
    .prepare(`SELECT l.id FROM learners l JOIN erasure_ledger e ON e.learner_id = l.id AND e.registered_at = l.registered_at`)
    .pluck()
    .all() as number[];
  for (const id of ids) deleteWithTrail(ctx, id);
  return ids.length;
}
