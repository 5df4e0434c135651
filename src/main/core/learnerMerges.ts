import type { Ctx } from './context';
import { nowIso } from './context';

interface LearnerRecord {
  id: number;
  registeredAt: string;
}

/**
 * The latest audit entry on a learner's number that is not theirs: one of an earlier record, removed
 * before SQLite handed its number out again. Once the learner has merges, entries moved over are older
 * than them too; the first merge noted the boundary, and only merges carry it on.
 */
function othersUntil(ctx: Ctx, learner: LearnerRecord): string | null {
  const noted = ctx.db
    .prepare('SELECT count(*) AS merges, max(others_until) AS until FROM learner_merges WHERE learner_id = ?')
    .get(learner.id) as { merges: number; until: string | null };
  if (noted.merges > 0) return noted.until;
  return (
    (ctx.db.prepare('SELECT max(at) FROM audit WHERE learner_id = ? AND at < ?').pluck().get(learner.id, learner.registeredAt) as
      string | null) ?? null
  );
}

/**
 * Notes that `merged` is folded into `keep` (inside the merge's transaction, before the duplicate's
 * audit entries are moved and it is deleted). Records merged into the duplicate earlier now belong to
 * the kept learner, so erasing it reaches every one of them.
 */
export function noteMerge(ctx: Ctx, keep: LearnerRecord, merged: LearnerRecord): void {
  const bounds = [othersUntil(ctx, keep), othersUntil(ctx, merged)].filter((b): b is string => b !== null).sort();
  const until = bounds.at(-1) ?? null;
  ctx.db.prepare('UPDATE learner_merges SET learner_id = ? WHERE learner_id = ?').run(keep.id, merged.id);
  ctx.db
    .prepare('INSERT INTO learner_merges (merged_id, merged_registered_at, learner_id, at, others_until) VALUES (?, ?, ?, ?, ?)')
    .run(merged.id, merged.registeredAt, keep.id, nowIso(ctx), until);
  // Now mixed on one number, the entries of both are told from an earlier record's by the same bound.
  ctx.db.prepare('UPDATE learner_merges SET others_until = ? WHERE learner_id = ?').run(until, keep.id);
}
